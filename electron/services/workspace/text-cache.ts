// Source texts as decoded strings, kept while their file is unchanged. Decoding UTF-8 is the one long
// synchronous step of reading a text (a 10 MB Arabic text: ~80 ms on a quiet core, 200 ms and more on a busy
// machine), and it ran on the thread that answers every window each time a source was opened or exported.
// A text file is only ever replaced by rename, so a changed file has a new inode; size and mtime catch the rest
// (an outside tool writing in place).

import { readFile, stat } from 'node:fs/promises';

interface Entry {
  key: string;
  text: string;
}

/** Enough for the sources of a few open windows; a bound on memory (two bytes per code unit). */
const MAX_ENTRIES = 8;
const MAX_CODE_UNITS = 64 * 1024 * 1024;

export class TextCache {
  private readonly entries = new Map<string, Entry>();
  private units = 0;

  async read(path: string): Promise<string> {
    const info = await stat(path, { bigint: true });
    const key = `${info.ino}:${info.size}:${info.mtimeNs}`;
    const hit = this.entries.get(path);
    if (hit?.key === key) {
      // Most recently used last, so the oldest is the first evicted.
      this.entries.delete(path);
      this.entries.set(path, hit);
      return hit.text;
    }
    const text = await readFile(path, 'utf8');
    this.put(path, { key, text });
    return text;
  }

  private put(path: string, entry: Entry): void {
    const replaced = this.entries.get(path);
    if (replaced) {
      this.entries.delete(path);
      this.units -= replaced.text.length;
    }
    if (entry.text.length > MAX_CODE_UNITS) return;
    this.entries.set(path, entry);
    this.units += entry.text.length;
    for (const [oldest, old] of this.entries) {
      if (this.entries.size <= MAX_ENTRIES && this.units <= MAX_CODE_UNITS) break;
      this.entries.delete(oldest);
      this.units -= old.text.length;
    }
  }
}
