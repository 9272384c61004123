// Opening, making and switching workspaces from the window: the dialog's state, the recent list, and the switch
// itself — everything open is saved first (a failed save keeps this workspace open), then the service opens
// the other one and the window starts again on it (onSwitched).

import { useCallback, useState } from 'react';
import type { WorkbenchApi } from '../../../shared/api/contract.ts';
import type { WorkspaceList } from '../../../shared/api/workspaces.ts';
import { flushAll } from '../app/commands.ts';
import { errorView, type ErrorView } from '../errors.ts';

export type WorkspacesMode = 'open' | 'create';

export function useWorkspaces(api: WorkbenchApi, onSwitched: () => void, saveFailed: () => Error) {
  const [mode, setMode] = useState<WorkspacesMode | null>(null);
  const [list, setList] = useState<WorkspaceList | null>(null);
  const [error, setError] = useState<ErrorView | null>(null);
  const show = useCallback(
    (next: WorkspacesMode) => {
      setMode(next);
      setError(null);
      api.listWorkspaces({}).then(setList, (e: unknown) => setError(errorView(e)));
    },
    [api],
  );
  const close = useCallback(() => setMode(null), []);
  const open = useCallback(
    async (root: string | undefined, create: boolean) => {
      setError(null);
      try {
        if (!(await flushAll())) throw saveFailed();
        const result = await api.openWorkspace({ ...(root ? { root } : {}), create });
        if (result.cancelled) return;
        setMode(null);
        if (result.root !== list?.current) onSwitched();
      } catch (e) {
        setError(errorView(e));
      }
    },
    [api, list, onSwitched, saveFailed],
  );
  return { mode, list, error, show, close, open };
}
