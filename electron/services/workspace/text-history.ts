// The edit history kept with each source (sources/<id>/history.json): every in-app text edit as the list of
// replacements that turned revision n-1 into n. With the original bytes it lets anyone replay or audit changes.

import { z } from 'zod';
import { WorkbenchError } from '../../../shared/errors.ts';
import { writeFileAtomic } from '../fs/atomic.ts';
import { checkSchemaVersion, moveAside, readJsonFile } from './json-file.ts';
import { SOURCE_HISTORY_FILE as HISTORY_FILE, sourceHistoryFile } from './layout.ts';

const HISTORY_SCHEMA_VERSION = 1;

const HistoryEntrySchema = z.object({
  revision: z.number().int().positive(),
  at: z.string(),
  /** Replacements in the coordinates of the previous revision: old[start, end) became `text`. */
  edits: z.array(z.object({ start: z.number().int(), end: z.number().int(), text: z.string() })),
});
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;

const HistoryFileSchema = z.looseObject({
  schemaVersion: z.number().int().positive(),
  revisions: z.array(HistoryEntrySchema),
});

export async function readTextHistory(root: string, sourceId: string): Promise<HistoryEntry[]> {
  const result = await readJsonFile(sourceHistoryFile(root, sourceId), parseHistory);
  if (result.kind === 'ok') return result.value.revisions;
  if (result.kind === 'missing') return [];
  throw new WorkbenchError('file-corrupt', `${HISTORY_FILE}: ${result.message}`);
}

/**
 * Appends one entry. A corrupt history is kept aside (never overwritten) and a new one started; a history from
 * a newer version refuses the edit, since writing it would drop what that version recorded.
 */
export async function appendTextHistory(root: string, sourceId: string, entry: HistoryEntry): Promise<void> {
  const path = sourceHistoryFile(root, sourceId);
  const result = await readJsonFile(path, parseHistory);
  if (result.kind === 'newer-version') throw new WorkbenchError('file-newer-version', result.message);
  if (result.kind === 'corrupt') await moveAside(path);
  const revisions = result.kind === 'ok' ? result.value.revisions : [];
  const file = { schemaVersion: HISTORY_SCHEMA_VERSION, revisions: [...revisions, entry] };
  await writeFileAtomic(path, `${JSON.stringify(file, null, 1)}\n`);
}

function parseHistory(json: unknown) {
  checkSchemaVersion(json, HISTORY_SCHEMA_VERSION, HISTORY_FILE);
  return HistoryFileSchema.parse(json);
}
