// The tag set and aliases live in workspace.json, which another window, the command line or a sync client may
// change while this window is open. A cheap revision poll notices it and loads the new view, so the next tag
// edit starts from what is on disk (a stale one is refused by the service anyway). The same poll notices sources
// imported, deleted or restored elsewhere.

import { useEffect } from 'react';
import type { WorkbenchApi, WorkspaceView } from '../../../shared/api/contract.ts';

const POLL_MS = 3000;

export function useWorkspacePoll(
  api: WorkbenchApi,
  view: Pick<WorkspaceView, 'revision' | 'sourcesRevision'> | undefined,
  onChanged: (view: WorkspaceView) => void,
): void {
  const revision = view?.revision;
  const sourcesRevision = view?.sourcesRevision;
  useEffect(() => {
    if (revision === undefined) return;
    const timer = setInterval(() => {
      if (document.visibilityState !== 'visible') return;
      api
        .getRevisions({})
        .then(async (now) => {
          if (now.workspace !== revision || now.sources !== sourcesRevision) onChanged(await api.getWorkspace({}));
        })
        .catch(() => undefined);
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [api, revision, sourcesRevision, onChanged]);
}
