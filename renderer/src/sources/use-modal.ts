// A modal <dialog> opened as it mounts (Escape closes it: the browser's cancel), with the focus given back on
// close to what had it before, or, when that is gone (the deleted source's list item), to `fallback`.

import { useEffect, type RefObject } from 'react';

export function useModal(dialog: RefObject<HTMLDialogElement | null>, fallback?: () => HTMLElement | null): void {
  useEffect(() => {
    const before = document.activeElement;
    dialog.current?.showModal();
    return () => {
      const back = before instanceof HTMLElement && before.isConnected ? before : fallback?.();
      back?.focus({ preventScroll: true });
    };
    // Once per dialog: the fallback is looked up when it closes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [dialog]);
}

/** The list's Trash entry: where the focus goes once the source it came from has left the list. */
export const TRASH_ENTRY_ID = 'trash-entry';
export const trashEntry = () => document.getElementById(TRASH_ENTRY_ID);
