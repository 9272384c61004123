// Keyboard behaviour of the app's menus (WAI-ARIA menu pattern): the first item takes focus when the menu
// opens, arrow keys, Home and End move between items, Escape closes it and focus goes back where it was.

import { useEffect, useRef, type KeyboardEvent, type RefObject } from 'react';

/** Focuses the menu's first item on open; on close (unmount), returns focus to what had it before. */
export function useMenuFocus(menu: RefObject<HTMLElement | null>): void {
  const before = useRef<Element | null>(null);
  useEffect(() => {
    before.current = document.activeElement;
    const focusFirst = () => {
      const element = menu.current;
      if (element && !element.contains(document.activeElement)) {
        element.querySelector<HTMLElement>('[role="menuitem"]:not([disabled])')?.focus();
      }
    };
    focusFirst();
    // The click that opened the menu may still move focus: Lexical focuses the reading view again when it
    // handles that click's selectionchange (a task queued before this timer), so focus once more after it.
    const timer = setTimeout(focusFirst, 0);
    return () => {
      clearTimeout(timer);
      const back = before.current;
      // Only if focus is still inside the closing menu or nowhere: a click elsewhere keeps its own focus.
      if (back instanceof HTMLElement && (document.activeElement === document.body || !document.activeElement)) {
        back.focus({ preventScroll: true });
      }
    };
  }, [menu]);
}

/** The menu's onKeyDown: moves between items; Escape calls `close`. */
export function menuKeyDown(event: KeyboardEvent<HTMLElement>, close: () => void): void {
  const items = [...event.currentTarget.querySelectorAll<HTMLElement>('[role="menuitem"]:not([disabled])')];
  const at = items.indexOf(document.activeElement as HTMLElement);
  const move = (to: number) => {
    event.preventDefault();
    items[(to + items.length) % items.length]?.focus();
  };
  if (event.key === 'ArrowDown') move(at + 1);
  else if (event.key === 'ArrowUp') move(at - 1);
  else if (event.key === 'Home') move(0);
  else if (event.key === 'End') move(items.length - 1);
  else if (event.key === 'Escape') {
    event.preventDefault();
    event.stopPropagation();
    close();
  }
}
