// The native menu. Items that act on the page send a MenuCommand to it; Undo/Redo do not register their
// accelerators, so Ctrl/Cmd+Z reaches the page, which knows whether it undoes a claim or typing.

import type { BrowserWindow, MenuItemConstructorOptions } from 'electron';
import {
  FILE_ITEMS,
  FIND_ITEMS,
  HELP_ITEMS,
  MENU_LABELS,
  SOURCE_ITEMS,
  UNDO_ITEMS,
  VIEW_ITEMS,
  type MenuItemSpec,
} from '../../shared/api/menus.ts';
import { SHELL_CHANNELS, type MenuCommand } from '../../shared/api/shell.ts';
import type { UiLanguage } from '../../shared/workspace/model.ts';

export interface MenuOptions {
  /** The DevTools item: development only, never in a packaged app. */
  devTools: boolean;
}

export function menuTemplate(
  lang: UiLanguage,
  target: () => BrowserWindow | null,
  options: MenuOptions,
): MenuItemConstructorOptions[] {
  const send = (command: MenuCommand) => () => target()?.webContents.send(SHELL_CHANNELS.menu, command);
  const items = (specs: readonly MenuItemSpec[]): MenuItemConstructorOptions[] =>
    specs.map(({ command, label, accelerator }) => ({
      label: MENU_LABELS[label][lang],
      click: send(command),
      // The page handles its own shortcuts (it knows whether Ctrl+Z undoes a claim or typing); the menu shows them.
      ...(accelerator ? { accelerator, registerAccelerator: false } : {}),
    }));
  const separator = { type: 'separator' } as const;
  return [
    { label: MENU_LABELS.file[lang], submenu: [...items(FILE_ITEMS), separator, { role: 'quit' }] },
    {
      label: MENU_LABELS.edit[lang],
      submenu: [
        ...items(UNDO_ITEMS),
        separator,
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
        separator,
        ...items(FIND_ITEMS),
        separator,
        ...items(SOURCE_ITEMS),
      ],
    },
    {
      label: MENU_LABELS.view[lang],
      submenu: [
        ...items(VIEW_ITEMS),
        separator,
        ...items([{ command: 'toggle-language', label: 'language' }]),
        ...(options.devTools ? [{ role: 'toggleDevTools' as const }] : []),
      ],
    },
    { label: MENU_LABELS.help[lang], submenu: items(HELP_ITEMS) },
  ];
}
