// Every keyboard shortcut of the main window, declared once: the menus' accelerators (menus.ts), the keys the
// page handles itself (moving between regions, the shortcut sheet, selecting), and the workspace's tag keys.
// The page's key handling and the shortcut sheet both read this, so the sheet cannot list a key that does not
// work or miss one that does.

import type { Tag, UiLanguage } from '../workspace/model.ts';
import {
  FILE_ITEMS,
  FIND_ITEMS,
  HELP_ITEMS,
  MENU_LABELS,
  shortcutText,
  SOURCE_ITEMS,
  UNDO_ITEMS,
  VIEW_ITEMS,
} from './menus.ts';

type Label = Record<UiLanguage, string>;

/** Keys the page handles that are not menu items. Each is a list of alternatives in accelerator syntax. */
export const PAGE_KEYS = {
  nextRegion: {
    keys: ['F6'],
    label: {
      ar: 'الانتقال إلى الجزء التالي: النص ← قائمة الادعاءات ← ملاحظة الادعاء',
      en: 'Next part: text → claims list → claim note',
    },
  },
  previousRegion: {
    keys: ['Shift+F6'],
    label: { ar: 'الرجوع إلى الجزء السابق', en: 'Previous part' },
  },
  /** Beside F1 (HELP_ITEMS); "؟" is the same key on an Arabic layout. */
  shortcuts: {
    keys: ['?', '؟'],
    label: { ar: 'اختصارات لوحة المفاتيح، خارج حقول الكتابة', en: 'Keyboard shortcuts, outside text fields' },
  },
  /** Handled by the list itself (renderer/src/claims/ClaimList.tsx). */
  listRows: {
    keys: ['ArrowUp', 'ArrowDown'],
    label: { ar: 'الادعاء السابق أو التالي في قائمة الادعاءات', en: 'Previous or next claim in the claims list' },
  },
  closeMenu: {
    keys: ['Escape'],
    label: {
      ar: 'إغلاق القائمة أو النافذة وإعادة التركيز إلى موضعه',
      en: 'Close a menu or dialog, focus back where it was',
    },
  },
  select: {
    // The editor's own keys (Chromium's selection), listed here so the sheet has them.
    keys: ['Shift+← → ↑ ↓'],
    label: { ar: 'تحديد نص في المصدر', en: 'Select text in the source' },
  },
  redoAlt: { keys: ['CmdOrCtrl+Y'], label: MENU_LABELS.redo },
  // Ctrl++ is Ctrl+Shift+= on most layouts, and the keypad's + (the keypad's − is the menu's own key).
  textLargerAlt: { keys: ['CmdOrCtrl+Plus'], label: MENU_LABELS.textLarger },
  /** Handled by a source's list item (renderer/src/sources/SourceItem.tsx), as its "⋯" menu shows. */
  renameSource: {
    keys: ['F2'],
    label: { ar: 'إعادة تسمية المصدر المركَّز عليه في القائمة', en: 'Rename the focused source in the list' },
  },
  deleteSource: {
    keys: ['Delete'],
    label: {
      ar: 'حذف المصدر المركَّز عليه (بعد التأكيد، إلى سلة المحذوفات)',
      en: 'Delete the focused source (asked first; to the trash)',
    },
  },
} as const satisfies Record<string, { keys: readonly string[]; label: Label }>;

interface ShortcutRow {
  keys: readonly string[];
  label: string;
}

export interface ShortcutGroup {
  title: string;
  rows: ShortcutRow[];
}

const SHEET_TITLES = {
  tags: { ar: 'الوسوم (على النص المحدد أو الادعاء المختار)', en: 'Tags (on the selected text or the chosen claim)' },
  move: { ar: 'التنقل', en: 'Moving around' },
  sources: { ar: 'قائمة المصادر', en: 'Source list' },
} as const satisfies Record<string, Label>;

/** The shortcut sheet's content in one language: menu accelerators, the page's own keys, the tag keys. */
export function shortcutSheet(lang: UiLanguage, tags: readonly Tag[]): ShortcutGroup[] {
  const menu = (items: typeof FILE_ITEMS) =>
    items.flatMap((i) => (i.accelerator ? [{ keys: [i.accelerator], label: MENU_LABELS[i.label][lang] }] : []));
  const page = (...names: (keyof typeof PAGE_KEYS)[]) =>
    names.map((n) => ({ keys: PAGE_KEYS[n].keys, label: PAGE_KEYS[n].label[lang] }));
  return [
    { title: MENU_LABELS.file[lang], rows: menu(FILE_ITEMS) },
    {
      title: MENU_LABELS.edit[lang],
      rows: [...menu(UNDO_ITEMS), ...page('redoAlt'), ...menu(FIND_ITEMS), ...menu(SOURCE_ITEMS)],
    },
    {
      title: SHEET_TITLES.tags[lang],
      rows: tags.flatMap((t) => (t.shortcut ? [{ keys: [t.shortcut], label: t.label[lang] }] : [])),
    },
    { title: MENU_LABELS.view[lang], rows: [...menu(VIEW_ITEMS), ...page('textLargerAlt')] },
    { title: SHEET_TITLES.move[lang], rows: page('nextRegion', 'previousRegion', 'listRows', 'select', 'closeMenu') },
    { title: SHEET_TITLES.sources[lang], rows: page('renameSource', 'deleteSource') },
    { title: MENU_LABELS.help[lang], rows: [...menu(HELP_ITEMS), ...page('shortcuts')] },
  ]
    .map((g) => ({ ...g, rows: mergeSameLabel(g.rows) }))
    .filter((g) => g.rows.length > 0);
}

/** Two ways to one action (Ctrl+Shift+Z and Ctrl+Y) are one row. */
function mergeSameLabel(rows: ShortcutRow[]): ShortcutRow[] {
  const byLabel = new Map<string, string[]>();
  for (const row of rows) byLabel.set(row.label, [...(byLabel.get(row.label) ?? []), ...row.keys]);
  return [...byLabel].map(([label, keys]) => ({ label, keys }));
}

const ARROWS: Record<string, string> = { ArrowUp: '↑', ArrowDown: '↓', ArrowLeft: '←', ArrowRight: '→' };

/** A key as the sheet shows it: "Ctrl+Shift+F" (⌘⇧F on a Mac), arrows as arrows. */
export function keyLabel(accelerator: string, mac: boolean): string {
  return shortcutText(accelerator, mac)
    .replace(/Arrow(Up|Down|Left|Right)/g, (name) => ARROWS[name]!)
    .replace(/Plus$/, '+');
}

/** Punctuation keys by their physical key too, for layouts that type something else there with Ctrl held. */
const PHYSICAL_KEYS: Record<string, string> = { '=': 'Equal', '-': 'Minus', '+': 'NumpadAdd' };

/**
 * Whether a key event is the accelerator: modifiers exactly, the key by its value or, for letters and digits,
 * by its physical key (an Arabic layout types "ب" on the F key). CmdOrCtrl is either Ctrl or ⌘.
 */
export function matchesAccelerator(
  event: { key: string; code: string; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean },
  accelerator: string,
): boolean {
  const parts = accelerator.split('+');
  const named = parts.pop()!;
  const key = named === 'Plus' ? '+' : named;
  const mods = new Set(parts);
  const mod = mods.has('CmdOrCtrl');
  if (mod !== (event.ctrlKey || event.metaKey) || mods.has('Alt') !== event.altKey) return false;
  // "?" is typed with Shift on most layouts: its Shift is part of the character, not a modifier to check.
  if (key.length === 1 && !/[a-z0-9]/i.test(key)) return event.key === key || event.code === PHYSICAL_KEYS[key];
  if (mods.has('Shift') !== event.shiftKey) return false;
  if (event.key.toLowerCase() === key.toLowerCase()) return true;
  if (/^[a-z]$/i.test(key)) return event.code === `Key${key.toUpperCase()}`;
  if (/^[0-9]$/.test(key)) return event.code === `Digit${key}` || event.code === `Numpad${key}`;
  return false;
}
