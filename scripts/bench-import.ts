// Benchmark of document import: corpus 003 printed by Chromium once (9 pages) and eight times over (~64 pages),
// and written by LibreOffice as PDF, DOCX and ODT, timed through prepareSource (the import door) with the
// median of several runs after a warm-up. Needs Debian's chromium and libreoffice-writer-nogui.
// Run: node --import tsx scripts/bench-import.ts [runs]

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { prepareSource } from '../electron/services/import/prepare-document.ts';
import { chromiumPdf, libreOffice, writeArticle } from '../tests/documents/support/producers.ts';
import { CORPUS_DIR } from '../tests/support/corpus.ts';

const RUNS = Number(process.argv[2] ?? 3);
const dir = mkdtempSync(join(tmpdir(), 'bench-import-'));
try {
  const text = readFileSync(join(CORPUS_DIR, '003_fc528dca72532d73.txt'), 'utf8');
  const one = await writeArticle(dir, 'c003', text);
  const eight = await writeArticle(dir, 'c003x8', Array(8).fill(text).join('\n'));
  const profile = join(dir, 'lo-profile');
  const files = [
    chromiumPdf(one, join(dir, 'c003.chromium.pdf')),
    chromiumPdf(eight, join(dir, 'c003x8.chromium.pdf')),
    libreOffice(one, 'pdf', dir, profile),
    libreOffice(one, 'docx:MS Word 2007 XML', dir, profile),
    libreOffice(one, 'odt', dir, profile),
  ];
  console.log(`| file | pages | characters | import (median of ${RUNS}) | page map |\n|---|---|---|---|---|`);
  for (const file of files) {
    const bytes = new Uint8Array(readFileSync(file));
    await prepareSource(basename(file), bytes);
    const times: number[] = [];
    let last;
    for (let i = 0; i < RUNS; i++) {
      const t0 = performance.now();
      last = await prepareSource(basename(file), bytes);
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    const map = last!.extraFiles[0]?.content.length;
    console.log(
      `| ${basename(file)} | ${last!.extraMeta.pageCount ?? '–'} | ${last!.text.length.toLocaleString('en')} | ` +
        `${Math.round(times[Math.floor(RUNS / 2)]!)} ms | ${map ? `${Math.round(map / 1024)} KB` : '–'} |`,
    );
  }
  console.log(`\nload average ${loadavg()[0]!.toFixed(1)}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
