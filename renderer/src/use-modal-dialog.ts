// A <dialog> shown modal while its component is mounted (Escape closes it: the browser's cancel), with focus
// given back to what had it before — the browser restores focus when a dialog closes, but not when React
// removes it, as a state change that closes a dialog does — or, when that is gone (the deleted source's list
// item), to `fallback`.

import { useEffect, type RefObject } from 'react';

export function useModalDialog(dialog: RefObject<HTMLDialogElement | null>, fallback?: () => HTMLElement | null): void {
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
