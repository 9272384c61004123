// Nothing typed is lost when the window or tab closes. In Electron the main process holds the close until
// the page answers that everything is saved. In a browser tab, unsaved work asks the browser to confirm
// leaving and starts saving at once; leaving the tab for another (hidden) saves too.

import { useEffect, useRef } from 'react';
import type { WorkbenchShell } from '../../../shared/api/shell.ts';
import { anyDirty } from './commands.ts';

declare global {
  interface Window {
    workbenchShell?: WorkbenchShell;
  }
}

export function useSaveBeforeClose(flush: () => Promise<boolean>, isDirty: () => boolean = anyDirty): void {
  const latest = useRef(flush);
  latest.current = flush;
  useEffect(() => {
    if (window.workbenchShell) {
      window.workbenchShell.onBeforeClose(() => latest.current());
      return;
    }
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!isDirty()) return;
      void latest.current();
      event.preventDefault();
    };
    const onHidden = () => {
      if (document.visibilityState === 'hidden') void latest.current();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      document.removeEventListener('visibilitychange', onHidden);
    };
  }, [isDirty]);
}
