// "Open workspace…" / "New workspace…": the recent workspaces (the open one marked), and a folder to open or
// to make a new workspace in — chosen with the system's folder dialog where the window has one (Electron),
// typed as a full path in browser mode. A refused folder is said in the dialog, which stays open.

import { useRef, useState } from 'react';
import type { UiLanguage } from '../../../shared/workspace/model.ts';
import { errorLead } from '../errors.ts';
import { t } from '../i18n.ts';
import { useModalDialog } from '../use-modal-dialog.ts';
import type { useWorkspaces } from './use-workspaces.ts';

export function WorkspacesDialog(props: { lang: UiLanguage; state: ReturnType<typeof useWorkspaces> }) {
  const { lang, state } = props;
  const { list, error, mode } = state;
  const dialog = useRef<HTMLDialogElement>(null);
  useModalDialog(dialog);
  return (
    <dialog ref={dialog} className="workspaces" aria-labelledby="workspaces-title" onClose={state.close}>
      <h2 id="workspaces-title">{t(lang, mode === 'create' ? 'newWorkspace' : 'openWorkspace')}</h2>
      {error && (
        <p className="workspaces__error" role="alert">
          {errorLead(lang, error.code)} <bdi dir="auto">{error.detail}</bdi>
        </p>
      )}
      {mode === 'open' && list && <RecentList lang={lang} state={state} />}
      {list?.canChooseFolder ? (
        <button type="button" className="button" onClick={() => void state.open(undefined, mode === 'create')}>
          {t(lang, mode === 'create' ? 'newWorkspace' : 'chooseFolder')}
        </button>
      ) : (
        <FolderField lang={lang} state={state} />
      )}
      <div className="dialog__actions">
        <button type="button" className="button button--quiet" onClick={() => dialog.current?.close()}>
          {t(lang, 'close')}
        </button>
      </div>
    </dialog>
  );
}

function RecentList({ lang, state }: { lang: UiLanguage; state: ReturnType<typeof useWorkspaces> }) {
  const list = state.list!;
  return (
    <section aria-labelledby="workspaces-recent">
      <h3 id="workspaces-recent">{t(lang, 'recentWorkspaces')}</h3>
      <ul className="workspaces__recent">
        {list.recent.map((w) => (
          <li key={w.root}>
            <button
              type="button"
              className="workspaces__item"
              aria-current={w.root === list.current}
              disabled={w.name === null}
              onClick={() => (w.root === list.current ? state.close() : void state.open(w.root, false))}
            >
              <span className="workspaces__name" dir="auto">
                {w.name ?? t(lang, 'workspaceGone')}
              </span>
              {w.root === list.current && <span className="workspaces__now">· {t(lang, 'openNow')}</span>}
              <bdi className="workspaces__path" dir="ltr">
                {w.root}
              </bdi>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

function FolderField({ lang, state }: { lang: UiLanguage; state: ReturnType<typeof useWorkspaces> }) {
  const [path, setPath] = useState('');
  const create = state.mode === 'create';
  return (
    <form
      className="workspaces__folder"
      onSubmit={(e) => {
        e.preventDefault();
        void state.open(path.trim(), create);
      }}
    >
      <label>
        {t(lang, 'workspaceFolder')}
        <input dir="ltr" value={path} onChange={(e) => setPath(e.target.value)} spellCheck={false} />
      </label>
      {create && <p className="workspaces__help">{t(lang, 'newWorkspaceHelp')}</p>}
      <button type="submit" className="button button--primary" disabled={path.trim() === ''}>
        {t(lang, create ? 'makeWorkspaceHere' : 'openFolder')}
      </button>
    </form>
  );
}
