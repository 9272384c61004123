// What the researcher decided about a source's suspicions (review/<id>.json): the ones dismissed, kept so
// they stay dismissed. A corrupt file is kept aside and the source starts with nothing dismissed.

import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { WorkbenchError } from '../../../shared/errors.ts';
import { writeFileAtomic } from '../fs/atomic.ts';
import { checkSchemaVersion, moveAside, readJsonFile } from './json-file.ts';

export const REVIEW_DIR = 'review';
export const REVIEW_SCHEMA_VERSION = 1;

const ReviewFileSchema = z.looseObject({
  schemaVersion: z.number().int().positive(),
  /** Keys of dismissed suspicions (kind, text and a little context: stable when other text is edited). */
  dismissed: z.array(z.string()),
});

function reviewFile(root: string, sourceId: string): string {
  return join(root, REVIEW_DIR, `${sourceId}.json`);
}

function parse(json: unknown) {
  checkSchemaVersion(json, REVIEW_SCHEMA_VERSION, 'review file');
  return ReviewFileSchema.parse(json);
}

export async function readDismissed(root: string, sourceId: string): Promise<string[]> {
  const path = reviewFile(root, sourceId);
  const result = await readJsonFile(path, parse);
  if (result.kind === 'ok') return result.value.dismissed;
  if (result.kind === 'missing') return [];
  if (result.kind === 'newer-version') throw new WorkbenchError('file-newer-version', result.message);
  await moveAside(path);
  return [];
}

export async function writeDismissed(root: string, sourceId: string, dismissed: string[]): Promise<void> {
  await mkdir(join(root, REVIEW_DIR), { recursive: true });
  const body = { schemaVersion: REVIEW_SCHEMA_VERSION, dismissed: [...new Set(dismissed)].sort() };
  await writeFileAtomic(reviewFile(root, sourceId), `${JSON.stringify(body, null, 1)}\n`);
}
