// The shared Arabic corpus beside the checkout (../shared/corpus). Under CI it must be there: a test
// that needs it fails instead of skipping, so a missing corpus can never turn into a green run.
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CORPUS_DIR = resolve(REPO_ROOT, '..', 'shared', 'corpus');

/** The corpus files, or a skip reason; throws under CI=true when the corpus is missing. */
export function corpusFiles(): { files: string[]; skip?: string } {
  if (existsSync(CORPUS_DIR)) {
    const files = readdirSync(CORPUS_DIR)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => join(CORPUS_DIR, f));
    if (files.length > 0) return { files };
  }
  if (process.env.CI === 'true') throw new Error(`the corpus is missing at ${CORPUS_DIR} (required under CI)`);
  return { files: [], skip: `no corpus at ${CORPUS_DIR}` };
}
