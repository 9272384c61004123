// Reading the workspace's JSON files with the three outcomes the app must tell apart:
// a good file, a file from a newer version (refused, left alone), and a corrupt one.

import { readFile, rename } from 'node:fs/promises';
import { WorkbenchError } from '../../../shared/errors.ts';
import { ioError } from '../fs/io-errors.ts';

export type JsonRead<T> =
  | { kind: 'ok'; value: T }
  | { kind: 'missing' }
  | { kind: 'newer-version'; message: string }
  | { kind: 'corrupt'; message: string };

/**
 * Reads and parses `path` with `parse`, which throws WorkbenchError('file-newer-version') for a newer
 * schema and anything else for an invalid one. Only a missing file is 'missing'; other I/O errors throw.
 */
export async function readJsonFile<T>(path: string, parse: (json: unknown) => T): Promise<JsonRead<T>> {
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' };
    throw ioError(error, path);
  }
  return parseJsonText(raw, parse);
}

/** readJsonFile's outcomes for text already read (a caller that also needs the bytes' revision). */
export function parseJsonText<T>(raw: string, parse: (json: unknown) => T): Exclude<JsonRead<T>, { kind: 'missing' }> {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    return { kind: 'corrupt', message: `not valid JSON (${(error as Error).message})` };
  }
  try {
    return { kind: 'ok', value: parse(json) };
  } catch (error) {
    if (error instanceof WorkbenchError && error.code === 'file-newer-version') {
      return { kind: 'newer-version', message: error.message };
    }
    return { kind: 'corrupt', message: (error as Error).message };
  }
}

/** How the workspace's own JSON files are written: indented, one final newline (friendly to git diffs). */
export function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** Throws file-newer-version when a file's schemaVersion is above what this build knows. */
export function checkSchemaVersion(json: unknown, known: number, what: string): void {
  const version = (json as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof version === 'number' && version > known) {
    throw new WorkbenchError(
      'file-newer-version',
      `${what} was written by a newer version of the workbench (schema ${version}; this version reads up to ${known}). It was left untouched; update the app to open it.`,
    );
  }
}

/** Renames a corrupt file to `<name>.corrupt-<time>` beside it, so it is kept but no longer read. */
export async function moveAside(path: string, now: Date = new Date()): Promise<string> {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const kept = `${path}.corrupt-${stamp}`;
  await rename(path, kept);
  return kept;
}

export const CORRUPT_MARKER = '.corrupt-';
