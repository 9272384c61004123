// The open workspace as this window knows it, polled for changes made elsewhere, and the window's edits of
// workspace.json (name, tags, aliases, restoring a kept copy), each naming the revision it started from.

import { useCallback, useState } from 'react';
import type { WorkbenchApi, WorkspaceView } from '../../../shared/api/contract.ts';
import type { Tag, UiLanguage } from '../../../shared/workspace/model.ts';
import { t } from '../i18n.ts';
import { flushAll } from './commands.ts';
import { useWorkspacePoll } from './use-workspace-poll.ts';

export function useWorkspaceView(
  api: WorkbenchApi,
  lang: UiLanguage,
  report: (error: unknown) => void,
  reloadClaims: () => void,
  /** Another window opened another workspace: this one starts again on it. */
  onSwitched: () => void,
) {
  const [workspace, setWorkspace] = useState<WorkspaceView | null>(null);
  const root = workspace?.root;
  const polled = useCallback(
    (view: WorkspaceView) => (root !== undefined && view.root !== root ? onSwitched() : setWorkspace(view)),
    [root, onSwitched],
  );
  useWorkspacePoll(api, workspace ?? undefined, polled);
  const refresh = useCallback(async () => setWorkspace(await api.getWorkspace({})), [api]);

  /** A write of workspace.json; refused because it changed elsewhere, it says why and loads what is there. */
  const write = async (change: (baseRevision: string) => Promise<WorkspaceView>): Promise<boolean> => {
    try {
      setWorkspace(await change(workspace!.revision));
      return true;
    } catch (error) {
      report(error);
      if ((error as { code?: string }).code === 'conflict') setWorkspace(await api.getWorkspace({}));
      return false;
    }
  };

  const rename = (name: string) => write((baseRevision) => api.renameWorkspace({ name, baseRevision }));
  const saveAliases = (aliases: string[][]) => write((baseRevision) => api.updateAliases({ aliases, baseRevision }));
  const saveTags = async (tags: Tag[], reassign: Record<string, string | null>) => {
    const saved = await write(async (baseRevision) => {
      // Saved first: a tag merge rewrites the claim files, and must see every edit.
      if (!(await flushAll())) throw new Error(t(lang, 'saveFailed'));
      return api.updateTags({ tags, reassign, baseRevision });
    });
    if (saved) reloadClaims();
    return saved;
  };
  const restore = async (keptAs: string) => {
    try {
      setWorkspace(await api.restoreWorkspaceFile({ keptAs }));
      reloadClaims();
    } catch (error) {
      report(error);
    }
  };

  return { workspace, setWorkspace, refresh, rename, saveAliases, saveTags, restore };
}
