// The app's menus, declared once: the native menu (Electron) and the in-page menu (browser mode, and beside the
// native one) are built from these items, so their labels, order and shortcuts cannot drift apart.

import type { UiLanguage } from '../workspace/model.ts';
import type { MenuCommand } from './shell.ts';

type Label = Record<UiLanguage, string>;

export const MENU_LABELS = {
  file: { ar: 'ملف', en: 'File' },
  edit: { ar: 'تحرير', en: 'Edit' },
  view: { ar: 'عرض', en: 'View' },
  openWorkspace: { ar: 'فتح مساحة عمل…', en: 'Open workspace…' },
  newWorkspace: { ar: 'مساحة عمل جديدة…', en: 'New workspace…' },
  importFile: { ar: 'استيراد ملف…', en: 'Import file…' },
  importAnnotations: { ar: 'استيراد تعليقات من أدوات أخرى…', en: 'Import annotations…' },
  pasteSource: { ar: 'لصق كمصدر جديد…', en: 'Paste as new source…' },
  exportPdf: { ar: 'تصدير تقرير PDF…', en: 'Export PDF report…' },
  exportWorkspacePdf: { ar: 'تصدير تقرير مساحة العمل…', en: 'Export workspace report…' },
  exportOriginal: { ar: 'تصدير ملف PDF الأصلي مع التظليل…', en: 'Export annotated original…' },
  undo: { ar: 'تراجع', en: 'Undo' },
  redo: { ar: 'إعادة', en: 'Redo' },
  findInSource: { ar: 'البحث في المصدر', en: 'Find in source' },
  findInWorkspace: { ar: 'البحث في كل المصادر', en: 'Find in all sources' },
  claimsInWorkspace: { ar: 'الادعاءات في كل المصادر', en: 'Claims in all sources' },
  editText: { ar: 'تصحيح النص', en: 'Correct text' },
  tags: { ar: 'الوسوم…', en: 'Tags…' },
  language: { ar: 'English', en: 'العربية' },
  textLarger: { ar: 'تكبير النص', en: 'Larger text' },
  textSmaller: { ar: 'تصغير النص', en: 'Smaller text' },
  textDefault: { ar: 'الحجم الافتراضي للنص', en: 'Default text size' },
  help: { ar: 'مساعدة', en: 'Help' },
  shortcuts: { ar: 'اختصارات لوحة المفاتيح', en: 'Keyboard shortcuts' },
} as const satisfies Record<string, Label>;

type MenuLabel = keyof typeof MENU_LABELS;

export interface MenuItemSpec {
  command: MenuCommand;
  label: MenuLabel;
  /** Electron's accelerator syntax; the in-page menu shows it with Ctrl or ⌘. */
  accelerator?: string;
}

export const FILE_ITEMS: readonly MenuItemSpec[] = [
  { command: 'open-workspace', label: 'openWorkspace', accelerator: 'CmdOrCtrl+Shift+O' },
  { command: 'new-workspace', label: 'newWorkspace' },
  { command: 'import', label: 'importFile', accelerator: 'CmdOrCtrl+O' },
  { command: 'import-annotations', label: 'importAnnotations' },
  { command: 'paste-source', label: 'pasteSource' },
  { command: 'export-pdf', label: 'exportPdf', accelerator: 'CmdOrCtrl+P' },
  { command: 'export-workspace-pdf', label: 'exportWorkspacePdf' },
  { command: 'export-original', label: 'exportOriginal' },
];

export const UNDO_ITEMS: readonly MenuItemSpec[] = [
  { command: 'undo', label: 'undo', accelerator: 'CmdOrCtrl+Z' },
  { command: 'redo', label: 'redo', accelerator: 'CmdOrCtrl+Shift+Z' },
];

export const FIND_ITEMS: readonly MenuItemSpec[] = [
  { command: 'find', label: 'findInSource', accelerator: 'CmdOrCtrl+F' },
  { command: 'find-in-workspace', label: 'findInWorkspace', accelerator: 'CmdOrCtrl+Shift+F' },
  // L for list: Ctrl+Shift+C is Chromium's element inspector, Ctrl+Shift+A its tab search.
  { command: 'workspace-claims', label: 'claimsInWorkspace', accelerator: 'CmdOrCtrl+Shift+L' },
];

export const SOURCE_ITEMS: readonly MenuItemSpec[] = [
  { command: 'edit-text', label: 'editText' },
  { command: 'edit-tags', label: 'tags' },
];

/** The reading text's size (the page also takes Ctrl/Cmd++ and the keypad's + and −: shortcuts.ts). */
export const VIEW_ITEMS: readonly MenuItemSpec[] = [
  { command: 'text-larger', label: 'textLarger', accelerator: 'CmdOrCtrl+=' },
  { command: 'text-smaller', label: 'textSmaller', accelerator: 'CmdOrCtrl+-' },
  { command: 'text-default', label: 'textDefault', accelerator: 'CmdOrCtrl+0' },
];

export const HELP_ITEMS: readonly MenuItemSpec[] = [
  { command: 'show-shortcuts', label: 'shortcuts', accelerator: 'F1' },
];

/** The in-page menu, in groups: everything the page can do that the toolbar has no button for. */
export const IN_PAGE_GROUPS: readonly (readonly MenuItemSpec[])[] = [
  FILE_ITEMS,
  FIND_ITEMS,
  SOURCE_ITEMS,
  VIEW_ITEMS,
  HELP_ITEMS,
];

/** An accelerator as people read it: "Ctrl+Shift+F", or "⌘⇧F" on a Mac. */
export function shortcutText(accelerator: string, mac: boolean): string {
  if (!mac) return accelerator.replace('CmdOrCtrl', 'Ctrl');
  return accelerator.replace('CmdOrCtrl+', '⌘').replace('Shift+', '⇧').replace('Alt+', '⌥');
}
