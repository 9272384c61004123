// A failed file operation as a sentence naming the file, instead of a raw "ENOENT: no such file or directory,
// open …": what every door (app, browser mode, CLI) shows the researcher.

import { WorkbenchError } from '../../../shared/errors.ts';

const REASONS: Record<string, string> = {
  ENOENT: 'it is missing (deleted or moved outside the workbench?)',
  EACCES: 'permission denied (check the file’s and its folder’s permissions)',
  EPERM: 'the operation is not permitted (check the file’s permissions, or whether another program holds it)',
  EISDIR: 'it is a folder, not a file',
  ENOTDIR: 'a part of its path is a file, not a folder',
  EMFILE: 'too many files are open; try again',
  ENOSPC: 'the disk is full',
  EROFS: 'the disk is read-only',
};

/** `error` as a WorkbenchError: not-found for a missing file, io otherwise; other errors pass unchanged. */
export function ioError(error: unknown, path: string, action: 'read' | 'write' = 'read'): unknown {
  if (error instanceof WorkbenchError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code !== 'string' || !/^E[A-Z]+$/.test(code)) return error;
  const reason = REASONS[code] ?? `the system said ${code}`;
  return new WorkbenchError(code === 'ENOENT' ? 'not-found' : 'io', `Cannot ${action} ${path}: ${reason}.`, {
    cause: error,
  });
}

/** Runs `job`, turning its errno errors into sentences naming `path`. */
export async function namingFile<T>(
  path: string,
  job: () => Promise<T>,
  action: 'read' | 'write' = 'read',
): Promise<T> {
  try {
    return await job();
  } catch (error) {
    throw ioError(error, path, action);
  }
}
