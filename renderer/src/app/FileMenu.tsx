// The in-page File menu (browser mode has no native menu; in Electron it mirrors the native one).
// A button that opens a menu of items: arrows move, Escape closes and returns focus to the button.

import { Fragment, useRef, useState } from 'react';
import type { MenuCommand } from '../../../shared/api/shell.ts';
import type { UiLanguage } from '../../../shared/workspace/model.ts';
import { runCommand } from './commands.ts';
import { IN_PAGE_GROUPS, MENU_LABELS, shortcutText } from '../../../shared/api/menus.ts';
import { t } from '../i18n.ts';
import { menuKeyDown, useMenuFocus } from './menu-keys.ts';

const IS_MAC = /Mac/.test(navigator.platform);

/** `disabled`: commands that do not apply now (the annotated original of a source not imported from a PDF). */
export function FileMenu({ lang, disabled = [] }: { lang: UiLanguage; disabled?: readonly MenuCommand[] }) {
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
      {open && <FileMenuList lang={lang} disabled={disabled} close={() => setOpen(false)} />}
    </div>
  );
}

function FileMenuList(props: { lang: UiLanguage; disabled: readonly MenuCommand[]; close: () => void }) {
  const { lang, disabled, close } = props;
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
      {IN_PAGE_GROUPS.map((group, g) => (
        <Fragment key={g}>
          {g > 0 && <div role="separator" className="menu__separator" />}
          {group.map((item) => (
            <button
              key={item.command}
              type="button"
              role="menuitem"
              className="menu__item"
              disabled={disabled.includes(item.command)}
              onClick={() => {
                close();
                runCommand(item.command);
              }}
            >
              {MENU_LABELS[item.label][lang]}
              {/* ltr: "Ctrl+=" inside the Arabic menu would read "=+Ctrl". */}
              {item.accelerator && <kbd dir="ltr">{shortcutText(item.accelerator, IS_MAC)}</kbd>}
            </button>
          ))}
        </Fragment>
      ))}
    </div>
  );
}
