// What the researcher decided about a source's review aids (review/<id>.json): the suspicions dismissed and
// the repeated/boilerplate passages kept as content, so those decisions survive restarts. A corrupt file is
// kept aside and the source starts with no decisions.

import { z } from 'zod';
import { WorkbenchError } from '../../../shared/errors.ts';
import { writeFileAtomic } from '../fs/atomic.ts';
import { checkSchemaVersion, moveAside, readJsonFile } from './json-file.ts';
import { reviewFile } from './layout.ts';
import type { FileLocks } from './locks.ts';

const REVIEW_SCHEMA_VERSION = 1;

const ReviewFileSchema = z.looseObject({
  schemaVersion: z.number().int().positive(),
  /** Keys of dismissed suspicions (kind, text and a little context: stable when other text is edited). */
  dismissed: z.array(z.string()),
  /** Keys of passages (shared/review/passage-key.ts) the researcher marked as content, not repetition. */
  keptPassages: z.array(z.string()).default([]),
});

export interface ReviewState {
  dismissed: string[];
  keptPassages: string[];
}

function parse(json: unknown) {
  checkSchemaVersion(json, REVIEW_SCHEMA_VERSION, 'review file');
  return ReviewFileSchema.parse(json);
}

export async function readReview(root: string, sourceId: string): Promise<ReviewState> {
  const path = reviewFile(root, sourceId);
  const result = await readJsonFile(path, parse);
  if (result.kind === 'ok') return { dismissed: result.value.dismissed, keptPassages: result.value.keptPassages };
  if (result.kind === 'missing') return { dismissed: [], keptPassages: [] };
  if (result.kind === 'newer-version') throw new WorkbenchError('file-newer-version', result.message);
  await moveAside(path);
  return { dismissed: [], keptPassages: [] };
}

/**
 * Changes part of the review file and keeps the rest (read-modify-write holding the file, in this process and
 * across processes, so a dismissal and a kept passage saved together do not lose each other).
 */
export async function updateReview(
  root: string,
  sourceId: string,
  patch: Partial<ReviewState>,
  locks: FileLocks,
  checkPresent: () => Promise<void>,
): Promise<ReviewState> {
  return locks.hold(reviewFile(root, sourceId), async () => {
    // Inside the lock, which a delete holds too: a deleted source gets no new review file.
    await checkPresent();
    const current = await readReview(root, sourceId);
    const next: ReviewState = {
      dismissed: [...new Set(patch.dismissed ?? current.dismissed)].sort(),
      keptPassages: [...new Set(patch.keptPassages ?? current.keptPassages)].sort(),
    };
    await writeFileAtomic(
      reviewFile(root, sourceId),
      `${JSON.stringify({ schemaVersion: REVIEW_SCHEMA_VERSION, ...next }, null, 1)}\n`,
    );
    return next;
  });
}
