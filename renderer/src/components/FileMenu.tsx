// The in-page File menu (browser mode has no native menu; in Electron it mirrors the native one).
// A button that opens a menu of items: arrows move, Escape closes and returns focus to the button.

import { useRef, useState } from 'react';
import type { MenuCommand } from '../../../shared/api/shell.ts';
import type { UiLanguage } from '../../../shared/workspace/model.ts';
import { runCommand } from '../commands.ts';
import { t, type StringKey } from '../i18n.ts';
import { menuKeyDown, useMenuFocus } from './menu-keys.ts';

const ITEMS: { command: MenuCommand; label: StringKey; keys?: string }[] = [
  { command: 'import', label: 'importFile', keys: 'Ctrl+O' },
  { command: 'export-pdf', label: 'exportPdf', keys: 'Ctrl+P' },
  { command: 'find', label: 'findInSource', keys: 'Ctrl+F' },
  { command: 'find-in-workspace', label: 'findInWorkspace', keys: 'Ctrl+Shift+F' },
  { command: 'edit-text', label: 'editText' },
  { command: 'edit-tags', label: 'tags' },
];

export function FileMenu({ lang }: { lang: UiLanguage }) {
  const [open, setOpen] = useState(false);
  return (
    <div className="menu" onBlur={(e) => !e.currentTarget.contains(e.relatedTarget) && setOpen(false)}>
      <button
        type="button"
        className="button button--quiet"
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        {t(lang, 'file')}
      </button>
      {open && <FileMenuList lang={lang} close={() => setOpen(false)} />}
    </div>
  );
}

function FileMenuList({ lang, close }: { lang: UiLanguage; close: () => void }) {
  const list = useRef<HTMLDivElement>(null);
  useMenuFocus(list);
  return (
    <div
      className="menu__list"
      role="menu"
      aria-label={t(lang, 'file')}
      ref={list}
      tabIndex={-1}
      onKeyDown={(e) => menuKeyDown(e, close)}
    >
      {ITEMS.map((item) => (
        <button
          key={item.command}
          type="button"
          role="menuitem"
          className="menu__item"
          onClick={() => {
            close();
            runCommand(item.command);
          }}
        >
          {t(lang, item.label)}
          {item.keys && <kbd>{item.keys}</kbd>}
        </button>
      ))}
    </div>
  );
}
