// Holding one file for a whole read-check-write: in this process (a queue per key, so calls run in order) and
// across processes (the app, a browser-mode server and the CLI can share a workspace). The cross-process part
// is proper-lockfile's lock folder beside the file (`NAME.lock`, atomic mkdir, taken over once stale when its
// holder was killed), chosen over an OS lock because Node has no portable flock.

import { mkdir, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import lockfile from 'proper-lockfile';
import { WorkbenchError } from '../../../shared/errors.ts';
import { SerialQueue } from './serial-queue.ts';

/** A holder refreshes its lock every few seconds; one not refreshed for this long was killed. */
const STALE_MS = 10_000;

export class FileLocks {
  private readonly queue = new SerialQueue();

  /** Refuses every later hold with `reason()` until reopen() (a workspace opened read-only). */
  closeWith(reason: () => Error): void {
    this.queue.closeWith(reason);
  }

  reopen(): void {
    this.queue.reopen();
  }

  /**
   * Runs `job` holding `path` (which need not exist yet). Not reentrant: a job must not lock its own path.
   * With `ifFolderGone`, the file's folder must already be there (a source's folder, which a delete moves to the
   * trash): its error is thrown instead of making the folder again, which would leave a half source.
   */
  hold<T>(path: string, job: () => Promise<T>, ifFolderGone?: () => Promise<Error>): Promise<T> {
    return this.queue.run(path, async () => {
      // The lock folder goes beside the file, so its folder must exist (review/ is made on first use); made
      // only once the queue let the job in, so a read-only workspace gets no new folder either.
      if (!ifFolderGone) await mkdir(dirname(path), { recursive: true });
      else if (!(await exists(dirname(path)))) throw await ifFolderGone();
      const release = await acquire(path).catch(async (error: unknown) => {
        // Moved away while this process waited for another's lock in it.
        if (ifFolderGone && !(await exists(dirname(path)))) throw await ifFolderGone();
        throw error;
      });
      try {
        return await job();
      } finally {
        await release().catch(() => undefined);
      }
    });
  }
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

async function acquire(path: string): Promise<() => Promise<void>> {
  try {
    return await lockfile.lock(path, {
      realpath: false,
      stale: STALE_MS,
      update: STALE_MS / 4,
      // Another process's writes take milliseconds; a killed holder's lock goes stale after STALE_MS.
      retries: { retries: 120, factor: 1.3, minTimeout: 5, maxTimeout: 250 },
      // A lock taken over while held means this process stalled for STALE_MS; the revision check before the
      // write still refuses to overwrite what the other holder wrote, so this is not fatal.
      onCompromised: () => undefined,
    });
  } catch (error) {
    throw new WorkbenchError(
      'io',
      `${path} is held by another workbench process that did not let go; try again in a moment.`,
      { cause: error },
    );
  }
}
