// Browser mode's finished reports, kept on disk for the page to fetch once. A 40 MB report sent back as base64
// in the API's JSON answer held the server's thread for over half a second (read, encode, stringify, send), so
// every other client waited; streamed from its file it costs the thread next to nothing.
// The GET is held to the same rules as the API (host, origin, launch token: see server.ts); the id is random,
// good for one fetch, and forgotten (file removed) after KEEP_MS if never fetched.

import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';

/** Long enough for the page to ask for it right after the export answers. */
const KEEP_MS = 10 * 60_000;

interface Kept {
  path: string;
  fileName: string;
  /** The file's own staging folder, removed with it. */
  dir: string;
  timer: NodeJS.Timeout;
}

export const DOWNLOAD_PREFIX = '/download/';

export class Downloads {
  private readonly kept = new Map<string, Kept>();

  /** Takes over `dir` (which holds `path`) and answers the URL path the page fetches it from. */
  keep(path: string, fileName: string, dir: string): string {
    const id = randomBytes(18).toString('base64url');
    const timer = setTimeout(() => void this.forget(id), KEEP_MS).unref();
    this.kept.set(id, { path, fileName, dir, timer });
    return `${DOWNLOAD_PREFIX}${id}`;
  }

  /**
   * Streams the file and removes it. The answer ends only once the folder is gone, so a page that has the
   * whole file never sees it left behind on the server.
   */
  send(id: string, res: ServerResponse, headers: Record<string, string>): boolean {
    const kept = this.kept.get(id);
    if (!kept) return false;
    this.kept.delete(id);
    clearTimeout(kept.timer);
    res.writeHead(200, {
      ...headers,
      'content-type': 'application/pdf',
      'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(kept.fileName)}`,
    });
    const file = createReadStream(kept.path);
    file.pipe(res, { end: false });
    file.once('error', () => res.destroy());
    file.once('close', () => void rm(kept.dir, { recursive: true, force: true }).finally(() => res.end()));
    return true;
  }

  /** Removes every file not fetched yet (the server is closing). */
  async clear(): Promise<void> {
    await Promise.all([...this.kept.keys()].map((id) => this.forget(id)));
  }

  private async forget(id: string): Promise<void> {
    const kept = this.kept.get(id);
    if (!kept) return;
    this.kept.delete(id);
    clearTimeout(kept.timer);
    await rm(kept.dir, { recursive: true, force: true });
  }
}
