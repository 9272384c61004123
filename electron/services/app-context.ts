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
import { ExportJobs } from './export/export-jobs.ts';
import { switchingService, type OpenedWorkspace, type SwitchDeps } from './workspace-switch.ts';
import { SerialQueue } from './workspace/serial-queue.ts';
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
  /** The workspace opened first (openWorkspace may switch to others later). */
  workspace: Workspace;
  service: WorkbenchApi;
}

export interface WorkbenchOptions {
  workspaceDir?: string;
  create?: boolean;
  userDataDir: string;
  settings: SettingsStore;
  openExternal?: (url: string) => Promise<void>;
  reports?: ReportDoor;
  /** Without workspaceDir: the workspace opened last (if it still is one) rather than the default (the app). */
  reopenLast?: boolean;
  /** The door's folder chooser for openWorkspace (Electron). */
  chooseFolder?: SwitchDeps['chooseFolder'];
}

/**
 * Opens `workspaceDir` if given (creating it when missing, unless `create` is false: the CLI asks for
 * --create), else the last one (`reopenLast`) or the default workspace under `userDataDir`, which gets the
 * sample source the first time. The service can switch to other workspaces (workspace-switch.ts).
 */
export async function openWorkbench(options: WorkbenchOptions): Promise<Workbench> {
  const exportJobs = new ExportJobs();
  const settingsWrites = new SerialQueue();
  const open = async (root: string, create: boolean): Promise<OpenedWorkspace> => {
    const isNew = !(await exists(workspaceFile(root)));
    const workspace = await Workspace.open(root, { create, name: isNew ? nameFor(root, options) : undefined });
    // A default workspace whose workspace.json was lost (read-only until restored) is not new: no sample then.
    if (isNew && root === defaultRoot(options) && workspace.readOnly === undefined) {
      await importBytes(workspace, SAMPLE_FILE_NAME, new TextEncoder().encode(SAMPLE_TEXT));
    }
    const { settings, openExternal, reports } = options;
    const service = createWorkbenchService({ workspace, settings, openExternal, reports, exportJobs, settingsWrites });
    return { workspace, service };
  };
  const remember = (root: string) =>
    settingsWrites.run('settings', async () =>
      options.settings.write(withRecentWorkspace(await options.settings.read(), root)),
    );
  const first = await open(options.workspaceDir ?? (await startRoot(options)), options.create ?? true);
  await remember(first.workspace.root);
  const { settings, chooseFolder } = options;
  const service = switchingService(first, { settings, open, remember, chooseFolder });
  return { workspace: first.workspace, service };
}

function defaultRoot(options: { userDataDir: string }): string {
  return join(options.userDataDir, DEFAULT_WORKSPACE_FOLDER);
}

/** The workspace opened last when asked and it still is one, else the default. */
async function startRoot(options: WorkbenchOptions): Promise<string> {
  const last = options.reopenLast ? (await options.settings.read()).recentWorkspaces[0] : undefined;
  return last && (await exists(workspaceFile(last))) ? last : defaultRoot(options);
}

function nameFor(root: string, options: { userDataDir: string }): string {
  if (root === defaultRoot(options)) return DEFAULT_WORKSPACE_NAME;
  const parts = root.split(/[\\/]/).filter(Boolean);
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
