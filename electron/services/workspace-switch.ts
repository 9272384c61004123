// The one service every door holds, over whichever workspace is open. A call goes to the workspace open when it
// arrives, except a call naming a source: that goes to the workspace holding the source, so a second window
// still showing the workspace open before saves its claims there, never into the new one (it notices the
// switch on its next poll). Workspaces opened once stay open for that; each is small (meta.json files in memory).

import { stat, readdir } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import type { ApiArgs, ApiMethod, WorkbenchApi } from '../../shared/api/contract.ts';
import { API_METHODS } from '../../shared/api/methods.ts';
import type { RecentWorkspace } from '../../shared/api/workspaces.ts';
import { WorkbenchError } from '../../shared/errors.ts';
import type { WorkspaceService } from './workbench-service.ts';
import { workspaceFile } from './workspace/layout.ts';
import { readWorkspaceName } from './workspace/workspace-file.ts';
import { SerialQueue } from './workspace/serial-queue.ts';
import type { Workspace } from './workspace/workspace.ts';
import type { SettingsStore } from './settings/settings-store.ts';

export interface OpenedWorkspace {
  workspace: Workspace;
  service: WorkspaceService;
}

export interface SwitchDeps {
  settings: SettingsStore;
  /** Opens (or with `create` makes) the workspace at an absolute root. */
  open: (root: string, create: boolean) => Promise<OpenedWorkspace>;
  /** Records it as the workspace used last (the recent list, and the one the app opens next time). */
  remember: (root: string) => Promise<void>;
  /** The door's folder chooser (Electron): null when the researcher cancelled. */
  chooseFolder?: (purpose: 'open' | 'create') => Promise<string | null>;
}

export function switchingService(first: OpenedWorkspace, deps: SwitchDeps): WorkbenchApi {
  const opened = new Map<string, OpenedWorkspace>([[first.workspace.root, first]]);
  let current = first;
  const switches = new SerialQueue();

  const holderOf = (sourceId: string): OpenedWorkspace => {
    if (current.workspace.hasSource(sourceId)) return current;
    for (const other of opened.values()) if (other.workspace.hasSource(sourceId)) return other;
    return current; // unknown everywhere: the current workspace's service says not-found in its words
  };
  const route = <M extends ApiMethod>(method: M, args: ApiArgs<M>): Promise<unknown> => {
    const sourceId = (args as { sourceId?: unknown }).sourceId;
    const target = typeof sourceId === 'string' ? holderOf(sourceId) : current;
    const call = target.service[method as keyof WorkspaceService] as (a: unknown) => Promise<unknown>;
    return call(args);
  };
  const bound = Object.fromEntries(
    API_METHODS.filter((m) => m !== 'listWorkspaces' && m !== 'openWorkspace').map((m) => [
      m,
      (args: ApiArgs<typeof m>) => route(m, args),
    ]),
  ) as unknown as WorkspaceService;

  return {
    ...bound,
    async listWorkspaces() {
      const { recentWorkspaces } = await deps.settings.read();
      const roots = [current.workspace.root, ...recentWorkspaces.filter((r) => r !== current.workspace.root)];
      const recent: RecentWorkspace[] = await Promise.all(
        roots.map(async (root) => ({ root, name: await readWorkspaceName(root).catch(() => null) })),
      );
      return { current: current.workspace.root, recent, canChooseFolder: deps.chooseFolder !== undefined };
    },
    async openWorkspace({ root, create = false }) {
      return switches.run('switch', async () => {
        const chosen = root ?? (await chooseWith(deps, create));
        if (chosen === null) return { cancelled: true, root: current.workspace.root };
        const target = await checkedRoot(chosen, create);
        if (target !== current.workspace.root) {
          const next = opened.get(target) ?? (await deps.open(target, create));
          opened.set(target, next);
          current = next;
          await deps.remember(target);
        }
        return { cancelled: false, root: current.workspace.root };
      });
    },
  };
}

async function chooseWith(deps: SwitchDeps, create: boolean): Promise<string | null> {
  if (!deps.chooseFolder) {
    throw new WorkbenchError('invalid-argument', 'Name the workspace folder: this window has no folder chooser.');
  }
  return deps.chooseFolder(create ? 'create' : 'open');
}

/** The absolute folder to open, refused before anything is made when it cannot be the workspace asked for. */
async function checkedRoot(root: string, create: boolean): Promise<string> {
  if (!isAbsolute(root)) {
    throw new WorkbenchError('invalid-argument', `"${root}" is not a full folder path (it must start at the root).`);
  }
  const target = resolve(root);
  const kind = await folderKind(target);
  if (kind === 'file') throw new WorkbenchError('invalid-argument', `${target} is a file, not a folder.`);
  if (kind === 'workspace') return target;
  if (!create) {
    throw new WorkbenchError(
      'not-found',
      `No workspace in ${target} (it has no workspace.json). Make a new one there, or choose another folder.`,
    );
  }
  if (kind === 'other-files') {
    throw new WorkbenchError(
      'invalid-argument',
      `${target} already holds other files: choose an empty or new folder for a new workspace.`,
    );
  }
  return target;
}

async function folderKind(root: string): Promise<'missing' | 'file' | 'workspace' | 'empty' | 'other-files'> {
  const info = await stat(root).catch(() => null);
  if (!info) return 'missing';
  if (!info.isDirectory()) return 'file';
  if (await stat(workspaceFile(root)).catch(() => null)) return 'workspace';
  const entries = (await readdir(root)).filter((name) => !name.startsWith('.'));
  return entries.length === 0 ? 'empty' : 'other-files';
}
