// The in-page File menu (browser mode has no native menu; in Electron it mirrors the native one).
// A disclosure button with a menu of items, operable by keyboard.

import { useEffect, useRef, useState } from 'react';
import type { MenuCommand } from '../../../shared/api/shell.ts';
import type { UiLanguage } from '../../../shared/workspace/model.ts';
import { runCommand } from '../commands.ts';
import { t, type StringKey } from '../i18n.ts';

const ITEMS: { command: MenuCommand; label: StringKey; keys?: string }[] = [
  { command: 'import', label: 'importFile', keys: 'Ctrl+O' },
  { command: 'import-annotations', label: 'importAnnotations' },
  { command: 'export-pdf', label: 'exportPdf', keys: 'Ctrl+P' },
  { command: 'find', label: 'findInSource', keys: 'Ctrl+F' },
  { command: 'find-in-workspace', label: 'findInWorkspace', keys: 'Ctrl+Shift+F' },
  { command: 'edit-text', label: 'editText' },
  { command: 'edit-tags', label: 'tags' },
];

export function FileMenu({ lang }: { lang: UiLanguage }) {
  const [open, setOpen] = useState(false);
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (open) first.current?.focus();
  }, [open]);
  return (
    <div
      className="menu"
      onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}
      onBlur={(e) => !e.currentTarget.contains(e.relatedTarget) && setOpen(false)}
    >
      <button
        type="button"
        className="button button--quiet"
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        {t(lang, 'file')}
      </button>
      {open && (
        <div className="menu__list" role="menu" aria-label={t(lang, 'file')}>
          {ITEMS.map((item, i) => (
            <button
              key={item.command}
              ref={i === 0 ? first : undefined}
              type="button"
              role="menuitem"
              className="menu__item"
              onClick={() => {
                setOpen(false);
                runCommand(item.command);
              }}
            >
              {t(lang, item.label)}
              {item.keys && <kbd>{item.keys}</kbd>}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
