// The native menu. Items that act on the page send a MenuCommand to it; Undo/Redo do not register their
// accelerators, so Ctrl/Cmd+Z reaches the page, which knows whether it undoes a claim or typing.

import type { BrowserWindow, MenuItemConstructorOptions } from 'electron';
import { SHELL_CHANNELS, type MenuCommand } from '../../shared/api/shell.ts';
import type { UiLanguage } from '../../shared/workspace/model.ts';

const LABELS = {
  file: { ar: 'ملف', en: 'File' },
  import: { ar: 'استيراد ملف…', en: 'Import File…' },
  exportPdf: { ar: 'تصدير تقرير PDF…', en: 'Export PDF Report…' },
  edit: { ar: 'تحرير', en: 'Edit' },
  undo: { ar: 'تراجع', en: 'Undo' },
  redo: { ar: 'إعادة', en: 'Redo' },
  find: { ar: 'بحث في المصدر…', en: 'Find in Source…' },
  findInWorkspace: { ar: 'بحث في كل المصادر…', en: 'Find in All Sources…' },
  editText: { ar: 'تصحيح نص المصدر', en: 'Correct Source Text' },
  editTags: { ar: 'الوسوم…', en: 'Tags…' },
  view: { ar: 'عرض', en: 'View' },
  language: { ar: 'English', en: 'العربية' },
} as const;

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
  const item = (
    label: keyof typeof LABELS,
    command: MenuCommand,
    accelerator?: string,
  ): MenuItemConstructorOptions => ({
    label: LABELS[label][lang],
    click: send(command),
    ...(accelerator ? { accelerator, registerAccelerator: false } : {}),
  });
  return [
    {
      label: LABELS.file[lang],
      submenu: [
        item('import', 'import', 'CmdOrCtrl+O'),
        item('exportPdf', 'export-pdf', 'CmdOrCtrl+P'),
        { type: 'separator' },
        { role: 'quit' },
      ],
    },
    {
      label: LABELS.edit[lang],
      submenu: [
        item('undo', 'undo', 'CmdOrCtrl+Z'),
        item('redo', 'redo', 'CmdOrCtrl+Shift+Z'),
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
        { type: 'separator' },
        item('find', 'find', 'CmdOrCtrl+F'),
        item('findInWorkspace', 'find-in-workspace', 'CmdOrCtrl+Shift+F'),
        { type: 'separator' },
        item('editText', 'edit-text'),
        item('editTags', 'edit-tags'),
      ],
    },
    {
      label: LABELS.view[lang],
      submenu: [
        item('language', 'toggle-language'),
        ...(options.devTools ? [{ role: 'toggleDevTools' as const }] : []),
      ],
    },
  ];
}
