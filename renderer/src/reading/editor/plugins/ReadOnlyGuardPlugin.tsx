// Reading mode: the editor stays focusable with a caret, so a keyboard user can select with Shift+arrows,
// but nothing may change the text. Every input path is stopped before Lexical sees it, in the capture phase
// on the wrapper. (Lexical's setEditable(false) would remove the caret and with it keyboard selection.)

import { useEffect, type RefObject } from 'react';

const BLOCKED_EVENTS = ['beforeinput', 'paste', 'cut', 'drop'] as const;
const EDITING_KEYS = new Set(['Backspace', 'Delete', 'Enter', 'Tab']);

export function useReadOnlyGuard(wrapper: RefObject<HTMLElement | null>, active: boolean): void {
  useEffect(() => {
    const element = wrapper.current;
    if (!element || !active) return;
    const block = (event: Event) => {
      event.preventDefault();
      event.stopPropagation();
    };
    const blockKeys = (event: KeyboardEvent) => {
      // Tab must still move focus: stop only Lexical from seeing it, not the browser from acting.
      if (!EDITING_KEYS.has(event.key)) return;
      // Buttons beside the text (a collapsed passage's fold) are not the editor: Enter must press them.
      if (event.target instanceof HTMLButtonElement) return;
      if (event.key !== 'Tab') event.preventDefault();
      event.stopPropagation();
    };
    for (const type of BLOCKED_EVENTS) element.addEventListener(type, block, true);
    element.addEventListener('keydown', blockKeys, true);
    return () => {
      for (const type of BLOCKED_EVENTS) element.removeEventListener(type, block, true);
      element.removeEventListener('keydown', blockKeys, true);
    };
  }, [wrapper, active]);
}
