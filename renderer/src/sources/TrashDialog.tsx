// The workspace's trash: each deleted source with when it was deleted and its claims, to restore as it was or
// to delete permanently (asked once more in its row). Escape or Close closes it; focus goes back to the entry.

import { useRef, useState } from 'react';
import type { TrashEntry } from '../../../shared/api/trash.ts';
import type { UiLanguage } from '../../../shared/workspace/model.ts';
import { t } from '../i18n.ts';
import { claimCount, deletedAtText } from './strings.ts';
import { useModalDialog } from '../use-modal-dialog.ts';

interface Props {
  lang: UiLanguage;
  entries: TrashEntry[];
  onRestore: (entry: TrashEntry) => Promise<void>;
  onPurge: (entry: TrashEntry) => Promise<void>;
  onClose: () => void;
}

export function TrashDialog({ lang, entries, onRestore, onPurge, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const close = useRef<HTMLButtonElement>(null);
  useModalDialog(dialog);
  // Its row leaves the table: the focus stays in the dialog, on Close.
  const then = (change: Promise<void>) => void change.finally(() => close.current?.focus());
  return (
    <dialog ref={dialog} className="trash-dialog" aria-labelledby="trash-title" onClose={onClose}>
      <h2 id="trash-title">{t(lang, 'trash')}</h2>
      <p className="trash-dialog__help">{t(lang, 'trashHelp')}</p>
      {entries.length === 0 ? (
        <p>{t(lang, 'trashEmpty')}</p>
      ) : (
        <table className="trash-dialog__table">
          <thead>
            <tr>
              <th scope="col">{t(lang, 'colSource')}</th>
              <th scope="col">{t(lang, 'trashDeletedAt')}</th>
              <th scope="col">{t(lang, 'trashClaims')}</th>
              <th scope="col">
                <span className="visually-hidden">{t(lang, 'sourceActions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <TrashRow
                key={entry.id}
                lang={lang}
                entry={entry}
                onRestore={() => then(onRestore(entry))}
                onPurge={() => then(onPurge(entry))}
              />
            ))}
          </tbody>
        </table>
      )}
      <div className="dialog__actions">
        <button ref={close} type="button" className="button" onClick={() => dialog.current?.close()}>
          {t(lang, 'close')}
        </button>
      </div>
    </dialog>
  );
}

function TrashRow(props: { lang: UiLanguage; entry: TrashEntry; onRestore: () => void; onPurge: () => void }) {
  const { lang, entry } = props;
  const [asking, setAsking] = useState(false);
  const named = (key: 'restoreSource' | 'purgeSource' | 'purgeConfirm') => `${t(lang, key)}: ${entry.title}`;
  return (
    <tr data-source-id={entry.id}>
      <td>
        <bdi>{entry.title}</bdi>
      </td>
      <td>{deletedAtText(lang, entry.deletedAt)}</td>
      <td>{claimCount(lang, entry.claims)}</td>
      <td className="trash-dialog__actions">
        {asking ? (
          <>
            <span>{t(lang, 'purgeQuestion')}</span>
            <button
              type="button"
              className="button button--danger"
              aria-label={named('purgeConfirm')}
              ref={(button) => button?.focus()}
              onClick={props.onPurge}
            >
              {t(lang, 'purgeConfirm')}
            </button>
            <button type="button" className="button" onClick={() => setAsking(false)}>
              {t(lang, 'cancel')}
            </button>
          </>
        ) : (
          <>
            <button type="button" className="button" aria-label={named('restoreSource')} onClick={props.onRestore}>
              {t(lang, 'restoreSource')}
            </button>
            <button
              type="button"
              className="button button--danger"
              aria-label={named('purgeSource')}
              onClick={() => setAsking(true)}
            >
              {t(lang, 'purgeSource')}
            </button>
          </>
        )}
      </td>
    </tr>
  );
}
