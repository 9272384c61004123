// The report's bytes pinned: the corpus texts with the same spread of claims, exported with a fixed date in
// three settings, must hash as recorded in golden/report-hashes.json. A change to the PDF pipeline that
// means to keep its output (a refactor) proves it here; one that means to change it re-records the hashes
// (WORKBENCH_GOLDEN=update) and says why in its commit. Only hashes are kept: the corpus stays outside.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { test } from 'node:test';
import { renderReport } from '../../electron/services/pdf/report.ts';
import type { ReportOptions } from '../../electron/services/pdf/report-types.ts';
import { DEFAULT_TAGS } from '../../shared/workspace/model.ts';
import { corpusFiles } from '../support/corpus.ts';
import { spreadClaims } from './support/claims-fixture.ts';

const GOLDEN = new URL('./golden/report-hashes.json', import.meta.url);
const corpus = corpusFiles();
const NOW = new Date('2026-11-22T10:00:00Z');
const SETTINGS: Record<string, ReportOptions> = {
  default: {},
  english: { language: 'en', digits: 'arabic-indic', paper: 'Letter' },
  amiri: { font: 'amiri', includeOrphans: true },
};

async function hashes(): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const file of corpus.files.slice(0, 3)) {
    const text = (await readFile(file, 'utf8')).replace(/\r\n?/g, '\n').normalize('NFC');
    const input = { source: { title: basename(file), text, direction: 'rtl' as const }, tags: DEFAULT_TAGS };
    for (const [name, options] of Object.entries(SETTINGS)) {
      const { pdf } = await renderReport({ ...input, annotations: spreadClaims(text, 40) }, { ...options, now: NOW });
      out[`${basename(file).slice(0, 3)} ${name}`] = createHash('sha256').update(pdf).digest('hex');
    }
  }
  return out;
}

test('the reports of the corpus are byte for byte the ones recorded', { skip: corpus.skip }, async () => {
  const now = await hashes();
  if (process.env.WORKBENCH_GOLDEN === 'update') {
    await writeFile(GOLDEN, `${JSON.stringify(now, null, 2)}\n`);
    return;
  }
  const recorded = JSON.parse(await readFile(GOLDEN, 'utf8')) as Record<string, string>;
  const changed = Object.keys(recorded).filter((k) => recorded[k] !== now[k]);
  assert.deepEqual(Object.keys(now).sort(), Object.keys(recorded).sort(), 'the same reports');
  assert.deepEqual(changed, [], 'reports whose bytes changed (re-record with WORKBENCH_GOLDEN=update if meant)');
});
