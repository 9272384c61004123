// Durable, atomic file writes: a reader sees the old file or the new one, never half of either,
// and the promise resolves only once the data and the rename have reached the disk.

import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { ownTag, parseTag, type Owner } from './process-owner.ts';

/** Writes `data` to a temp file beside `path`, fsyncs it, renames it over `path`, then fsyncs the folder. */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const tmp = tempPathBeside(path);
  try {
    const file = await open(tmp, 'wx');
    try {
      await file.writeFile(data);
      await file.sync();
    } finally {
      await file.close();
    }
    await rename(tmp, path);
  } catch (error) {
    await rm(tmp, { force: true });
    throw error;
  }
  await syncFolder(dirname(path));
}

/**
 * A hidden name in the same folder (rename is only atomic within one file system), carrying the writer's
 * owner tag so that a temp file left by a killed writer can be told from a live writer's (process-owner.ts).
 */
export function tempPathBeside(path: string): string {
  return join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.${ownTag()}.tmp`);
}

const TEMP_NAME = /^\..+\.[0-9a-f]{12}(?:\.([0-9a-f]{8}-\d+-\d+))?\.tmp$/;

/**
 * Whether `name` is one of writeFileAtomic's temp files: undefined if not, else its owner, or null for a temp
 * file from a version that did not tag them (its writer is treated as gone).
 */
export function tempFileOwner(name: string): Owner | null | undefined {
  const match = TEMP_NAME.exec(name);
  if (!match) return undefined;
  return match[1] === undefined ? null : (parseTag(match[1]) ?? null);
}

/** Makes a rename or a new entry in `dir` durable. Some file systems refuse to fsync a folder; that is fine. */
export async function syncFolder(dir: string): Promise<void> {
  let handle;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch {
    // EISDIR/EINVAL/EPERM on some platforms (Windows): the rename is still atomic there.
  } finally {
    await handle?.close();
  }
}
