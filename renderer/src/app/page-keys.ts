// The window's own keys, read from the one declaration (shared/api/shortcuts.ts): menu accelerators the page
// handles (the native menu shows them but leaves the keys to the page), F6 / Shift+F6 between the text, the
// claims list and the chosen claim's note, and "?" for the shortcut sheet outside text fields.
// Undo/redo and the tag keys are the claim keys' (reading/use-claim-keys.ts).

import { useEffect } from 'react';
import { FILE_ITEMS, FIND_ITEMS, HELP_ITEMS, VIEW_ITEMS } from '../../../shared/api/menus.ts';
import { matchesAccelerator, PAGE_KEYS } from '../../../shared/api/shortcuts.ts';
import { runCommand } from './commands.ts';

const MENU_KEYS = [
  ...FILE_ITEMS,
  ...FIND_ITEMS,
  ...VIEW_ITEMS,
  ...HELP_ITEMS,
  ...PAGE_KEYS.textLargerAlt.keys.map((accelerator) => ({ command: 'text-larger' as const, accelerator })),
].filter((item) => item.accelerator);

/** Where F6 goes, in order; a region that is not on screen (no claim chosen: no note) is skipped. */
const REGIONS: readonly (() => HTMLElement | null)[] = [
  () => document.querySelector('[data-testid=source-text]'),
  () =>
    document.querySelector('.claims__list > li[aria-current=true] button') ??
    document.querySelector('.claims__list > li button'),
  () => document.querySelector('[data-testid=claim-details] textarea'),
];

/** Moves focus to the next (or previous) region from the one holding focus; true when it moved. */
function focusRegion(step: 1 | -1): boolean {
  const targets = REGIONS.map((find) => find());
  const containers = [
    targets[0],
    document.querySelector<HTMLElement>('.claims__list'),
    document.querySelector<HTMLElement>('[data-testid=claim-details]'),
  ];
  const at = containers.findIndex((c) => c?.contains(document.activeElement));
  for (let i = 1; i <= REGIONS.length; i++) {
    const index =
      at < 0 ? (step > 0 ? i - 1 : REGIONS.length - i) : (at + step * i + REGIONS.length * 2) % REGIONS.length;
    const target = targets[index];
    if (target && index !== at) {
      target.focus();
      return true;
    }
  }
  return false;
}

/** A text field, or the reading view while the text is being corrected: "?" types there. */
function typesText(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  return !!target.closest('input, textarea, select, .source-editor--editing');
}

export function usePageKeys(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const item = MENU_KEYS.find((i) => matchesAccelerator(e, i.accelerator!));
      if (item) {
        e.preventDefault();
        return runCommand(item.command);
      }
      // Behind a modal dialog the page is inert: nothing to move to, no second sheet.
      if (document.querySelector('dialog[open]')) return;
      const move = PAGE_KEYS.nextRegion.keys.some((k) => matchesAccelerator(e, k))
        ? 1
        : PAGE_KEYS.previousRegion.keys.some((k) => matchesAccelerator(e, k))
          ? -1
          : 0;
      if (move !== 0) {
        if (focusRegion(move)) e.preventDefault();
        return;
      }
      if (!typesText(e.target) && PAGE_KEYS.shortcuts.keys.some((k) => matchesAccelerator(e, k))) {
        e.preventDefault();
        runCommand('show-shortcuts');
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}
