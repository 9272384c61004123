// Benchmark of the claims view's data over a large workspace: 1,000 sources (paragraphs of corpus 003) with 10
// claims each, listed by listClaims (every annotation file read once, no text read), then made into rows,
// filtered by free text and sorted as the page does. Medians of several runs after a warm-up.
// Run: node --import tsx scripts/bench-claims.ts [sources] [runs]

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createClaimAnnotation } from '../shared/annotations/claim.ts';
import { sourceIri } from '../shared/annotations/model.ts';
import { DEFAULT_TAGS } from '../shared/workspace/model.ts';
import { openWorkbench } from '../electron/services/app-context.ts';
import { MemorySettingsStore } from '../electron/services/settings/settings-store.ts';
import { filterRows, NO_FILTERS, sortRows, toRows } from '../renderer/src/workspace-claims/claim-rows.ts';
import { CORPUS_DIR } from '../tests/support/corpus.ts';

const SOURCES = Number(process.argv[2] ?? 1000);
const RUNS = Number(process.argv[3] ?? 5);
const CLAIMS_PER_SOURCE = 10;
const dir = mkdtempSync(join(tmpdir(), 'bench-claims-'));

async function median(run: () => unknown | Promise<unknown>): Promise<number> {
  await run();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await run();
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)]!;
}

try {
  const paragraphs = readFileSync(join(CORPUS_DIR, '003_fc528dca72532d73.txt'), 'utf8')
    .split('\n')
    .filter((p) => p.length > 200);
  const { workspace, service } = await openWorkbench({
    workspaceDir: join(dir, 'ws'),
    userDataDir: dir,
    settings: new MemorySettingsStore(),
  });
  const now = '2026-01-01T00:00:00.000Z';
  for (let s = 0; s < SOURCES; s++) {
    const text = `${paragraphs[s % paragraphs.length]!}\n${paragraphs[(s + 1) % paragraphs.length]!}\n`;
    const meta = await workspace.addSource({
      text,
      originalBytes: new TextEncoder().encode(text),
      originalExt: 'txt',
      meta: {
        title: `source ${s}`,
        originalFileName: `s${s}.txt`,
        format: 'txt',
        encoding: { name: 'utf-8', confidence: 1, detectedBy: 'utf-8' },
        direction: 'rtl',
      },
    });
    const claims = Array.from({ length: CLAIMS_PER_SOURCE }, (_, k) => {
      const start = k * 15;
      const tags = [DEFAULT_TAGS[k % 3]!.id];
      return createClaimAnnotation({
        id: `c${s}-${k}`,
        sourceIri: sourceIri(meta.id),
        text,
        start,
        end: start + 12,
        tags,
        now,
      });
    });
    await workspace.writeAnnotations(meta.id, claims);
  }
  let rows = toRows((await service.listClaims({})).claims);
  const list = await median(async () => {
    rows = toRows((await service.listClaims({})).claims);
  });
  const prepare = await median(() => toRows(rows));
  const filter = await median(() => filterRows(rows, { ...NO_FILTERS, text: 'الرئيس' }));
  const sort = await median(() => sortRows(rows, { key: 'quote', descending: false }, 'ar', DEFAULT_TAGS));
  console.log(`${SOURCES} sources, ${rows.length} claims; load ${loadavg()[0]!.toFixed(2)}; medians of ${RUNS}`);
  console.log(`| step | ms |\n|---|---|`);
  console.log(`| listClaims + rows (service, every annotation file) | ${list.toFixed(0)} |`);
  console.log(`| rows only (normalise quote and note) | ${prepare.toFixed(0)} |`);
  console.log(`| filter by free text | ${filter.toFixed(1)} |`);
  console.log(`| sort by quote (Arabic collation) | ${sort.toFixed(1)} |`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
