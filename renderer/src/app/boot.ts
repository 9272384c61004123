// What the window shows first, fetched before React renders anything (main.tsx starts it), and how a source
// is loaded whenever one is opened later.

import type { WorkbenchApi, WorkspaceView } from '../../../shared/api/contract.ts';
import type { Settings } from '../../../shared/workspace/model.ts';
import type { OpenSource } from '../reading/open-source.ts';

let loads = 0;

/** Text and claims fetched together: the first paint needs both, so neither waits for the other. */
export async function loadSource(api: WorkbenchApi, sourceId: string): Promise<OpenSource> {
  performance.mark('cw:source-requested');
  const [source, claims] = await Promise.all([
    api.getSource({ sourceId }),
    api.getAnnotations({ sourceId }).then(
      ({ annotations, revision }) => ({ ok: true as const, annotations, revision }),
      (error: unknown) => ({ ok: false as const, error: error instanceof Error ? error.message : String(error) }),
    ),
  ]);
  performance.mark('cw:source-loaded');
  return { ...source, claims, loadId: ++loads };
}

export interface Boot {
  settings: Settings;
  view: WorkspaceView;
  opened: OpenSource | null;
}

/** Settings, the workspace and the source open last in it (else its first), with its claims. */
export async function bootstrap(api: WorkbenchApi): Promise<Boot> {
  const [settings, view] = await Promise.all([api.getSettings({}), api.getWorkspace({})]);
  const last = settings.lastSources[view.root];
  const first = view.sources.some((m) => m.id === last) ? last : view.sources[0]?.id;
  return { settings, view, opened: first ? await loadSource(api, first) : null };
}
