// The in-page File menu (browser mode has no native menu; in Electron it mirrors the native one).
// A button that opens a menu of items in groups: arrows move, Escape closes and returns focus to the button.

import { Fragment } from 'react';
import type { MenuCommand } from '../../../shared/api/shell.ts';
import type { UiLanguage } from '../../../shared/workspace/model.ts';
import { runCommand } from './commands.ts';
import { IN_PAGE_GROUPS, MENU_LABELS, shortcutText } from '../../../shared/api/menus.ts';
import { t } from '../i18n.ts';
import { MenuButton } from './MenuButton.tsx';

const IS_MAC = /Mac/.test(navigator.platform);

/** `disabled`: commands that do not apply now (the annotated original of a source not imported from a PDF). */
export function FileMenu({ lang, disabled = [] }: { lang: UiLanguage; disabled?: readonly MenuCommand[] }) {
  return (
    <MenuButton
      label={t(lang, 'file')}
      items={(close) =>
        IN_PAGE_GROUPS.map((group, g) => (
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
        ))
      }
    >
      {t(lang, 'file')}
    </MenuButton>
  );
}
