// The in-page File menu (browser mode has no native menu; in Electron it mirrors the native one).
// A button that opens a menu of items: arrows move, Escape closes and returns focus to the button.

import type { MenuCommand } from '../../../shared/api/shell.ts';
import type { UiLanguage } from '../../../shared/workspace/model.ts';
import { runCommand } from './commands.ts';
import { IN_PAGE_ITEMS, MENU_LABELS, shortcutText } from '../../../shared/api/menus.ts';
import { t } from '../i18n.ts';
import { MenuButton } from './MenuButton.tsx';

const IS_MAC = /Mac/.test(navigator.platform);

/** `disabled`: commands that do not apply now (the annotated original of a source not imported from a PDF). */
export function FileMenu({ lang, disabled = [] }: { lang: UiLanguage; disabled?: readonly MenuCommand[] }) {
  return (
    <MenuButton
      label={t(lang, 'file')}
      items={(close) =>
        IN_PAGE_ITEMS.map((item) => (
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
            {item.accelerator && <kbd>{shortcutText(item.accelerator, IS_MAC)}</kbd>}
          </button>
        ))
      }
    >
      {t(lang, 'file')}
    </MenuButton>
  );
}
