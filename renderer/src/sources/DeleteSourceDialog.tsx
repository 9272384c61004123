// "Delete source": names the source and how many claims go with it, and says where they go (the workspace's
// trash, restorable). Cancel has the focus; Escape cancels; focus goes back where it was.

import { useEffect, useRef, useState } from 'react';
import type { UiLanguage } from '../../../shared/workspace/model.ts';
import { t } from '../i18n.ts';
import { hasClaimsSentence } from './strings.ts';
import { useModalDialog } from '../use-modal-dialog.ts';
import { trashEntry } from './trash-entry.ts';

export function DeleteSourceDialog(props: {
  lang: UiLanguage;
  title: string;
  claims: number;
  onConfirm: () => Promise<void>;
  onClose: () => void;
}) {
  const { lang } = props;
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const [busy, setBusy] = useState(false);
  useModalDialog(dialog, trashEntry);
  // The safe choice first: Enter right away keeps the source.
  useEffect(() => cancel.current?.focus(), []);
  return (
    <dialog
      ref={dialog}
      className="confirm-dialog"
      aria-labelledby="delete-source-title"
      aria-describedby="delete-source-body"
      onClose={props.onClose}
    >
      <h2 id="delete-source-title">
        {t(lang, 'deleteSourceQuestion')}: <bdi data-testid="delete-source-name">{props.title}</bdi>
      </h2>
      <p id="delete-source-body">
        {hasClaimsSentence(lang, props.claims)} {t(lang, 'deleteSourceBody')}
      </p>
      <div className="dialog__actions">
        <button
          type="button"
          className="button button--danger"
          disabled={busy}
          onClick={() => {
            setBusy(true);
            void props.onConfirm();
          }}
        >
          {t(lang, 'deleteSourceConfirm')}
        </button>
        <button ref={cancel} type="button" className="button" onClick={() => dialog.current?.close()}>
          {t(lang, 'cancel')}
        </button>
      </div>
    </dialog>
  );
}
