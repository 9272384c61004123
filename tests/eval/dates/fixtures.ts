// The evaluation's texts: the hand-written articles of tests/fixtures/date-eval (split fixed in manifest.json)
// and, in the tuning split, the shared corpus with its two known typos (corpus 003).

import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { corpusFiles, REPO_ROOT } from '../../support/corpus.ts';
import type { EvalText } from './inject.ts';

const FIXTURE_DIR = join(REPO_ROOT, 'tests', 'fixtures', 'date-eval');

interface Provenance {
  publishedAt?: string;
  updatedAt?: string;
  author?: string;
  outlet?: string;
}

interface Entry {
  provenance: Provenance;
  notYears?: string[];
  known?: string[];
}

interface Manifest {
  tuning: string[];
  heldOut: string[];
  corpus: Record<string, Entry>;
  texts: Record<string, Entry>;
}

export const MANIFEST: Manifest = JSON.parse(readFileSync(join(FIXTURE_DIR, 'manifest.json'), 'utf8'));

function evalText(id: string, text: string, entry: Entry): EvalText {
  const known = (entry.known ?? []).map((q) => {
    const at = text.indexOf(q);
    if (at < 0) throw new Error(`known error "${q}" not in ${id}`);
    const year = /\d{4}$/.exec(q)!;
    return { start: at + year.index, end: at + q.length };
  });
  return { id, text, publishedAt: entry.provenance.publishedAt!, notYears: entry.notYears ?? [], known };
}

export function loadSplit(split: 'tuning' | 'heldOut'): EvalText[] {
  const dir = split === 'tuning' ? 'tuning' : 'held-out';
  const docs = MANIFEST[split].map((name) =>
    evalText(name, readFileSync(join(FIXTURE_DIR, dir, name), 'utf8'), MANIFEST.texts[name]!),
  );
  if (split === 'tuning') {
    for (const file of corpusFiles().files) {
      const entry = MANIFEST.corpus[basename(file)];
      if (entry) docs.push(evalText(basename(file), readFileSync(file, 'utf8'), entry));
    }
  }
  return docs;
}
