// An import is assembled in a hidden staging folder, sources/.import-<id>.<owner tag>, and renamed into place in
// one step, so a source is listed whole or not at all. The owner tag (process-owner.ts) is part of the folder's
// name from its mkdir on, so a workspace opened by another process meanwhile sees whose it is and leaves it.

import { mkdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { syncFolder, writeFileAtomic } from '../fs/atomic.ts';
import { ownTag, parseTag, type Owner } from '../fs/process-owner.ts';
import { IMPORT_STAGING_PREFIX } from './layout.ts';

export interface StagedFile {
  name: string;
  content: string | Uint8Array;
}

/** Tests pause here, with the staging folder filled but not renamed, to race another process's open. */
export interface StageHooks {
  beforeCommit?: () => Promise<void>;
}

/** Writes `files` (meta.json last: a folder is a source only once it is there) and renames the folder to `id`. */
export async function stageSource(
  sourcesRoot: string,
  id: string,
  files: readonly StagedFile[],
  hooks: StageHooks = {},
): Promise<void> {
  const staging = join(sourcesRoot, `${IMPORT_STAGING_PREFIX}${id}.${ownTag()}`);
  try {
    await mkdir(staging);
    for (const file of files) await writeFileAtomic(join(staging, file.name), file.content);
    await hooks.beforeCommit?.();
    await rename(staging, join(sourcesRoot, id));
    await syncFolder(sourcesRoot);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
}

const STAGING_NAME = /^\.import-[^.]+(?:\.([0-9a-f]{8}-\d+-\d+))?$/;

/**
 * Whether a folder name in sources/ is a staging folder: undefined if not, else its owner, or null for one
 * from a version that did not tag them (its import died before this build started, or left nothing to save).
 */
export function stagingOwner(name: string): Owner | null | undefined {
  if (!name.startsWith(IMPORT_STAGING_PREFIX)) return undefined;
  const match = STAGING_NAME.exec(name);
  if (!match?.[1]) return null;
  return parseTag(match[1]) ?? null;
}
