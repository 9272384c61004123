// "Paste as new source…": a dialog with a paste area. A paste keeps the clipboard's HTML flavour (a copied
// article's paragraphs and title) besides its plain text; typing or editing afterwards makes it plain text.
// No clipboard permission is needed: the browser hands the paste event's data to the page.

import { useEffect, useRef, useState } from 'react';
import type { PasteArgs } from '../../../shared/api/contract.ts';
import type { UiLanguage } from '../../../shared/workspace/model.ts';
import { t } from '../i18n.ts';

export function PasteSource(props: { lang: UiLanguage; onImport: (args: PasteArgs) => void; onClose: () => void }) {
  const { lang } = props;
  const dialog = useRef<HTMLDialogElement>(null);
  const [text, setText] = useState('');
  const [html, setHtml] = useState<string | undefined>(undefined);
  const [title, setTitle] = useState('');
  useEffect(() => dialog.current?.showModal(), []);
  const onPaste = (event: React.ClipboardEvent<HTMLTextAreaElement>) => {
    const pastedHtml = event.clipboardData.getData('text/html');
    const plain = event.clipboardData.getData('text/plain');
    if (!pastedHtml && !plain) return;
    event.preventDefault();
    setHtml(pastedHtml || undefined);
    setText(plain || pastedHtml.replace(/<[^>]*>/g, ' '));
  };
  const submit = () => props.onImport({ text, ...(html ? { html } : {}), ...(title.trim() ? { title } : {}) });
  return (
    <dialog ref={dialog} className="paste-source" aria-labelledby="paste-source-title" onClose={props.onClose}>
      <h2 id="paste-source-title">{t(lang, 'pasteTitle')}</h2>
      <p id="paste-source-help">{t(lang, 'pasteHelp')}</p>
      <label className="paste-source__field">
        {t(lang, 'pasteSourceTitle')}
        <input dir="auto" value={title} onChange={(e) => setTitle(e.target.value)} />
      </label>
      <textarea
        dir="auto"
        rows={10}
        aria-label={t(lang, 'pasteArea')}
        aria-describedby="paste-source-help"
        value={text}
        onPaste={onPaste}
        onChange={(e) => {
          setText(e.target.value);
          setHtml(undefined);
        }}
      />
      {html && (
        <p className="paste-source__kind" data-testid="paste-kind">
          {t(lang, 'pasteFormatted')}
        </p>
      )}
      <div className="dialog__actions">
        <button type="button" className="button button--primary" disabled={text.trim() === ''} onClick={submit}>
          {t(lang, 'pasteImport')}
        </button>
        <button type="button" className="button button--quiet" onClick={() => dialog.current?.close()}>
          {t(lang, 'cancel')}
        </button>
      </div>
    </dialog>
  );
}
