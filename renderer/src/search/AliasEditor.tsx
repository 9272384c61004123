// The workspace's alias list (names search treats as one), as plain text: one group per line, words joined by
// "=". Plain text because researchers paste these lists from their notes.

import { useEffect, useRef, useState } from 'react';
import type { UiLanguage } from '../../../shared/workspace/model.ts';
import { t } from '../i18n.ts';
import { formatAliases, parseAliases } from './aliases.ts';

export function AliasEditor(props: {
  lang: UiLanguage;
  aliases: string[][];
  onSave: (groups: string[][]) => void;
  onClose: () => void;
}) {
  const { lang } = props;
  const dialog = useRef<HTMLDialogElement>(null);
  const [text, setText] = useState(formatAliases(props.aliases));
  useEffect(() => dialog.current?.showModal(), []);
  const { groups, invalid } = parseAliases(text);
  return (
    <dialog ref={dialog} className="alias-editor" aria-labelledby="alias-editor-title" onClose={props.onClose}>
      <h2 id="alias-editor-title">{t(lang, 'aliasesTitle')}</h2>
      <p id="alias-editor-help">{t(lang, 'aliasesHelp')}</p>
      <textarea
        dir="auto"
        rows={8}
        aria-describedby="alias-editor-help"
        aria-label={t(lang, 'aliasesTitle')}
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      {invalid.length > 0 && (
        <p className="message message--error" role="alert">
          {t(lang, 'aliasesInvalid')} <bdi>{invalid.join(' · ')}</bdi>
        </p>
      )}
      <div className="dialog__actions">
        <button type="button" className="button" disabled={invalid.length > 0} onClick={() => props.onSave(groups)}>
          {t(lang, 'save')}
        </button>
        <button type="button" className="button button--quiet" onClick={() => dialog.current?.close()}>
          {t(lang, 'cancel')}
        </button>
      </div>
    </dialog>
  );
}
