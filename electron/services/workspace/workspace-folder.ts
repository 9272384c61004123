// The workspace folder itself, before any of its files is read: it must exist (made only when creating, so a
// mistyped path is an error, not a new empty workspace), and it gets its sources/ and annotations/ folders.

import { mkdir, stat } from 'node:fs/promises';
import { WorkbenchError } from '../../../shared/errors.ts';
import { annotationsDir, sourcesDir } from './layout.ts';

/** Throws not-found for a missing folder (unless `create`, which makes it) and invalid-argument for a file. */
export async function ensureFolder(root: string, create: boolean): Promise<void> {
  try {
    const info = await stat(root);
    if (!info.isDirectory()) throw new WorkbenchError('invalid-argument', `${root} is a file, not a workspace folder.`);
  } catch (error) {
    if (error instanceof WorkbenchError) throw error;
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    if (!create) throw new WorkbenchError('not-found', `No workspace folder at ${root}.`);
    await mkdir(root, { recursive: true });
  }
}

/** The folders the open-time checks list (review/ is made on first use, by the locks). */
export async function ensureDataFolders(root: string): Promise<void> {
  await mkdir(sourcesDir(root), { recursive: true });
  await mkdir(annotationsDir(root), { recursive: true });
}
