// A file's revision is a hash of its bytes, not its mtime: a sync client or git can put back a file with an
// old mtime, and two writes within one mtime tick would look the same.

import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';

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
