// What killed processes leave in a workspace: import staging folders and atomic-write temp files. Opening the
// workspace removes those whose owner is gone (a dead pid, or a pid reused by a process with another start
// time) and keeps a live process's, which it is still filling (process-owner.ts explains the owner tag).

import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { tempFileOwner } from '../fs/atomic.ts';
import { FOREIGN_GRACE_MS, ownerState, type Owner } from '../fs/process-owner.ts';
import { annotationsDir, reviewDir, sourcesDir } from './layout.ts';
import { stagingOwner } from './staging.ts';

export interface LeftoversCleaned {
  stagingFolders: number;
  tempFiles: number;
}

/** Removes dead owners' staging folders (sources/) and temp files (root, sources/*, annotations, review). */
export async function cleanLeftovers(root: string, now = Date.now()): Promise<LeftoversCleaned> {
  const cleaned: LeftoversCleaned = { stagingFolders: 0, tempFiles: 0 };
  const sourcesRoot = sourcesDir(root);
  const folders = [root, annotationsDir(root), reviewDir(root), sourcesRoot];
  for (const entry of await entries(sourcesRoot)) {
    if (!entry.isDirectory()) continue;
    const owner = stagingOwner(entry.name);
    if (owner === undefined) folders.push(join(sourcesRoot, entry.name));
    else if (await isAbandoned(join(sourcesRoot, entry.name), owner, now)) {
      await rm(join(sourcesRoot, entry.name), { recursive: true, force: true });
      cleaned.stagingFolders += 1;
    }
  }
  for (const folder of folders) {
    for (const entry of await entries(folder)) {
      const owner = entry.isFile() ? tempFileOwner(entry.name) : undefined;
      if (owner === undefined || !(await isAbandoned(join(folder, entry.name), owner, now))) continue;
      await rm(join(folder, entry.name), { force: true });
      cleaned.tempFiles += 1;
    }
  }
  return cleaned;
}

async function isAbandoned(path: string, owner: Owner | null, now: number): Promise<boolean> {
  if (owner === null) return true;
  const state = ownerState(owner);
  if (state !== 'foreign') return state === 'dead';
  // Another machine's (a synced folder): only its age says it was abandoned.
  try {
    return now - (await stat(path)).mtimeMs > FOREIGN_GRACE_MS;
  } catch {
    return false;
  }
}

async function entries(dir: string) {
  try {
    return await readdir(dir, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}
