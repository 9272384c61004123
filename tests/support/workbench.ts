// A workbench over a new workspace in a temp folder, settings in memory: the set-up most service tests start from.

import { join } from 'node:path';
import { openWorkbench } from '../../electron/services/app-context.ts';
import { MemorySettingsStore } from '../../electron/services/settings/settings-store.ts';
import { tempDir } from './temp.ts';

export async function tempWorkbench() {
  const dir = await tempDir();
  const root = join(dir, 'ws');
  const { service, workspace } = await openWorkbench({
    workspaceDir: root,
    userDataDir: dir,
    settings: new MemorySettingsStore(),
  });
  return { dir, root, service, workspace };
}
