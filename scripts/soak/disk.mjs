// Reading the workspace from disk after (and during) the soak: is a listed source whole, and what did killed
// writes leave behind.

import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';

/** What is wrong with a listed source's folder (null when its text and original match its meta.json). */
export async function wholeSource(workspace, meta) {
  const dir = join(workspace, 'sources', meta.id);
  try {
    const text = await readFile(join(dir, 'text.txt'), 'utf8');
    if (text.length !== meta.textLength) {
      return `text.txt has ${text.length} characters, meta.json says ${meta.textLength}`;
    }
    const original = await readFile(join(dir, `original.${meta.originalExt}`));
    const sha256 = createHash('sha256').update(original).digest('hex');
    if (sha256 !== meta.sha256) return 'the original does not match the sha256 in meta.json';
  } catch (error) {
    return `a file is missing (${error.code ?? error.message})`;
  }
  return null;
}

/**
 * Temp files of interrupted writes (the store's `.NAME.HEX.tmp`, a sync client's `.NAME.sync-HEX`), import
 * staging folders (`sources/.import-*`) and lock folders (`NAME.lock`), as workspace-relative paths.
 */
export async function leftovers(workspace) {
  const found = { temp: [], staging: [], locks: [] };
  async function walk(dir) {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      const rel = relative(workspace, path);
      if (entry.isDirectory() && entry.name.startsWith('.import-')) found.staging.push(rel);
      else if (entry.name.endsWith('.lock')) found.locks.push(rel);
      else if (entry.isDirectory()) await walk(path);
      else if (/\.tmp$|\.sync-[0-9a-f]+$/.test(entry.name)) found.temp.push(rel);
    }
  }
  await walk(workspace);
  return found;
}
