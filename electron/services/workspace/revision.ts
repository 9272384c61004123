// A file's revision is a hash of its bytes, not its mtime: a sync client or git can put back a file with an
// old mtime, and two writes within one mtime tick would look the same.

import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';

/** The revision of a file that does not exist (yet). */
export const ABSENT_REVISION = 'absent';

export function revisionOf(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, 16);
}

/** The file's bytes and revision; a missing file is `{ bytes: null, revision: 'absent' }`. */
export async function readWithRevision(path: string): Promise<{ bytes: Buffer | null; revision: string }> {
  try {
    const bytes = await readFile(path);
    return { bytes, revision: revisionOf(bytes) };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { bytes: null, revision: ABSENT_REVISION };
    throw error;
  }
}

const polled = new Map<string, { stat: string; revision: string }>();

/**
 * The revision for an open window's poll (every few seconds, per window): the file is read and hashed again only
 * when its inode, size, mtime or ctime changed, since any write (an atomic rename, an editor's save, a sync
 * client) changes one of them. Writes never use this: they always hash what they are about to replace.
 */
export async function polledRevision(path: string): Promise<string> {
  const key = await fileStamp(path);
  if (key === ABSENT_REVISION) return ABSENT_REVISION;
  const seen = polled.get(path);
  if (seen?.stat === key) return seen.revision;
  const { revision } = await readWithRevision(path);
  polled.set(path, { stat: key, revision });
  return revision;
}

/** What any write of the file changes: its inode, size, mtime and ctime (ABSENT_REVISION when there is none). */
export async function fileStamp(path: string): Promise<string> {
  try {
    const info = await stat(path, { bigint: true });
    return `${info.ino}:${info.size}:${info.mtimeNs}:${info.ctimeNs}`;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return ABSENT_REVISION;
    throw error;
  }
}
