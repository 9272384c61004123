// Opening the workbench for any door: which workspace (given, or the default one in the user-data
// folder, seeded with the sample source on first launch) and which settings store.

import { stat } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { WorkbenchApi } from '../../shared/api/contract.ts';
import { SAMPLE_FILE_NAME, SAMPLE_TEXT } from './sample/sample-source.ts';
import { withRecentWorkspace, type SettingsStore } from './settings/settings-store.ts';
import type { ReportDoor } from './report-export.ts';
import { createWorkbenchService, importBytes } from './workbench-service.ts';
import { workspaceFile } from './workspace/layout.ts';
import { Workspace } from './workspace/workspace.ts';
import { DEFAULT_WORKSPACE_NAME } from '../../shared/workspace/names.ts';

const APP_NAME = 'Claim Workbench';
const DEFAULT_WORKSPACE_FOLDER = 'Workspace';

/** The folder Electron's app.getPath('userData') names, computed the same way outside Electron. */
export function defaultUserDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.WORKBENCH_USER_DATA) return env.WORKBENCH_USER_DATA;
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_NAME);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), APP_NAME);
}

export interface Workbench {
  workspace: Workspace;
  service: WorkbenchApi;
}

/**
 * Opens `workspaceDir` if given (creating it when missing, unless `create` is false: the CLI asks for
 * --create), else the default workspace under `userDataDir`, which gets the sample source the first time.
 */
export async function openWorkbench(options: {
  workspaceDir?: string;
  create?: boolean;
  userDataDir: string;
  settings: SettingsStore;
  openExternal?: (url: string) => Promise<void>;
  reports?: ReportDoor;
}): Promise<Workbench> {
  const root = options.workspaceDir ?? join(options.userDataDir, DEFAULT_WORKSPACE_FOLDER);
  const isNew = !(await exists(workspaceFile(root)));
  const create = options.create ?? true;
  const workspace = await Workspace.open(root, { create, name: isNew ? nameFor(options) : undefined });
  // A default workspace whose workspace.json was lost (read-only until restored) is not new: no sample then.
  if (isNew && !options.workspaceDir && workspace.readOnly === undefined) {
    await importBytes(workspace, SAMPLE_FILE_NAME, new TextEncoder().encode(SAMPLE_TEXT));
  }
  await options.settings.write(withRecentWorkspace(await options.settings.read(), root));
  return {
    workspace,
    service: createWorkbenchService({
      workspace,
      settings: options.settings,
      openExternal: options.openExternal,
      reports: options.reports,
    }),
  };
}

function nameFor(options: { workspaceDir?: string }): string {
  if (!options.workspaceDir) return DEFAULT_WORKSPACE_NAME;
  const parts = options.workspaceDir.split(/[\\/]/).filter(Boolean);
  return parts[parts.length - 1] ?? 'Workspace';
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}
