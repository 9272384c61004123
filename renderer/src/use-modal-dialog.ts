// A <dialog> shown modal while its component is mounted, with focus given back to what had it before (the
// browser restores focus when a dialog closes, but not when React removes it, as a state change that closes
// a dialog does).

import { useEffect, type RefObject } from 'react';

export function useModalDialog(dialog: RefObject<HTMLDialogElement | null>): void {
  useEffect(() => {
    const before = document.activeElement;
    dialog.current?.showModal();
    return () => {
      if (before instanceof HTMLElement && before.isConnected) before.focus({ preventScroll: true });
    };
  }, [dialog]);
}
