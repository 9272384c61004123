// The shortcut sheet (F1, or "?" outside text fields): every key of the window, from the one declaration in
// shared/api/shortcuts.ts plus the workspace's tag keys. A modal dialog: Escape closes it and focus goes back.

import { useRef } from 'react';
import { keyLabel, shortcutSheet } from '../../../shared/api/shortcuts.ts';
import type { Tag, UiLanguage } from '../../../shared/workspace/model.ts';
import { t } from '../i18n.ts';
import { useModalDialog } from '../use-modal-dialog.ts';

const IS_MAC = /Mac/.test(navigator.platform);

export function ShortcutSheet(props: { lang: UiLanguage; tags: readonly Tag[]; onClose: () => void }) {
  const { lang } = props;
  const dialog = useRef<HTMLDialogElement>(null);
  useModalDialog(dialog);
  return (
    <dialog ref={dialog} className="shortcut-sheet" aria-labelledby="shortcut-sheet-title" onClose={props.onClose}>
      <h2 id="shortcut-sheet-title">{t(lang, 'shortcuts')}</h2>
      <div className="shortcut-sheet__groups">
        {shortcutSheet(lang, props.tags).map((group, g) => (
          <section key={group.title} aria-labelledby={`shortcut-group-${g}`}>
            <h3 id={`shortcut-group-${g}`}>{group.title}</h3>
            <dl>
              {group.rows.map((row) => (
                <div key={row.label} className="shortcut-sheet__row">
                  <dt>
                    {row.keys.map((key, i) => (
                      <span key={key}>
                        {i > 0 && ` ${t(lang, 'or')} `}
                        <kbd dir="ltr">{keyLabel(key, IS_MAC)}</kbd>
                      </span>
                    ))}
                  </dt>
                  <dd>{row.label}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
      <div className="dialog__actions">
        <button type="button" className="button" onClick={() => dialog.current?.close()}>
          {t(lang, 'close')}
        </button>
      </div>
    </dialog>
  );
}
