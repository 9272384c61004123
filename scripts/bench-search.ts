// Benchmark of shared/search on a ~40 MB corpus: the corpus texts repeated with 8% of words changed by one
// letter (seeded PRNG, so every run indexes the same text), one source per copy of a file.
// Run: node --expose-gc --import tsx scripts/bench-search.ts [MB]
// Prints a markdown table against the targets: build ≤ 5 s, query p95 ≤ 5 ms, heap ≤ 200 MB; then the same
// queries timed in the same run against searching without an index (normalizing and scanning every source).

import { mulberry32 } from '../shared/random/prng.ts';
import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { CORPUS_DIR } from '../tests/support/corpus.ts';
import { normalizeArabic } from '../shared/text/normalize.ts';
import { searchText, SourceSearchIndex, type SearchHit, type SearchOptions } from '../shared/search/index.ts';

const TARGET_MB = Number(process.argv[2] ?? 40);
const CHANGED = 0.08;
/** Builds timed (the median is reported; the last one is kept for the queries). */
const BUILDS = 3;
/** Runs of every query list through the index, and through the scans without an index. */
const RUNS = 5;
const SCAN_RUNS = 3;
const QUERIES = [
  'ايزنهاور',
  'كندي',
  'كيندي',
  'خروتشوف',
  'كوبا',
  'الاتحاد السوفيتي',
  'الولايات المتحدة',
  '14 يوليو 2011',
  '٢٠٠١',
  'الصواريخ النووية',
  'الحرب الباردة',
  'واشنطن',
  'موسكو',
  'الرئيس الامريكي',
  'كلمة غير موجودة',
];
const VARIANT_QUERIES = ['السوفيتي', 'الأمريكية', 'كاسترو', 'الصواريخ', 'ايزنهاور'];

const prng = mulberry32;

const LETTERS = 'ابتثجحخدذرزسشصضطظعغفقكلمنهوي';

/** Changes CHANGED of the Arabic words by one letter (substitute, insert or delete). */
function vary(text: string, random: () => number): string {
  return text.replace(/[\u0621-\u064a]{3,}/g, (w) => {
    if (random() >= CHANGED) return w;
    const i = Math.floor(random() * w.length);
    const letter = LETTERS[Math.floor(random() * LETTERS.length)]!;
    const op = random();
    if (op < 0.4) return w.slice(0, i) + letter + w.slice(i + 1);
    if (op < 0.8) return w.slice(0, i) + letter + w.slice(i);
    return w.slice(0, i) + w.slice(i + 1);
  });
}

function heapMB(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) for (let i = 0; i < 3; i++) gc();
  return process.memoryUsage().heapUsed / 1e6;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;
}

function median(values: number[]): number {
  return percentile(
    [...values].sort((a, b) => a - b),
    0.5,
  );
}

type Search = (query: string, opts: SearchOptions) => { start: number; end: number }[];

function timeQueries(search: Search, queries: string[], variants: boolean, limit: number, runs: number) {
  const times: number[] = [];
  let hits = 0;
  for (let run = 0; run < runs; run++) {
    for (const q of queries) {
      const t = performance.now();
      const found = search(q, { variants, limit });
      times.push(performance.now() - t);
      if (run === 0) hits += found.length;
    }
  }
  times.sort((a, b) => a - b);
  return { median: percentile(times, 0.5), p95: percentile(times, 0.95), max: times.at(-1)!, hits, n: times.length };
}

const files = readdirSync(CORPUS_DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort();
if (files.length === 0) throw new Error(`no corpus at ${CORPUS_DIR}`);
const originals = files.map((f) => readFileSync(join(CORPUS_DIR, f), 'utf8'));
const random = prng(20261122);
const sources: [string, string][] = [];
let bytes = 0;
for (let copy = 0; bytes < TARGET_MB * 1e6; copy++) {
  for (const [i, text] of originals.entries()) {
    const varied = copy === 0 ? text : vary(text, random);
    sources.push([`${copy}-${i}`, varied]);
    bytes += Buffer.byteLength(varied);
  }
}
const chars = sources.reduce((n, [, t]) => n + t.length, 0);
const load = loadavg()[0]!;

const heapTexts = heapMB();
let index = new SourceSearchIndex();
const buildWall: number[] = [];
const buildCpu: number[] = [];
for (let b = 0; b < BUILDS; b++) {
  index = new SourceSearchIndex();
  heapMB(); // start each build from a collected heap
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  for (const [id, text] of sources) index.add(id, text);
  buildWall.push((performance.now() - t0) / 1000);
  const c = process.cpuUsage(c0);
  buildCpu.push((c.user + c.system) / 1e6);
}
const buildS = median(buildWall);
const heapAll = heapMB();

const viaIndex: Search = (q, opts) => index.search(q, opts);

/** No index: the in-page search (searchText: normalize, then locate) over every source in turn. */
const scanSearchText: Search = (q, opts) => {
  const limit = opts.limit ?? 1000;
  const out: SearchHit[] = [];
  for (const [id, raw] of sources) {
    for (const h of searchText(raw, q, { ...opts, limit: limit - out.length })) out.push({ sourceId: id, ...h });
    if (out.length >= limit) break;
  }
  return out;
};

/**
 * No index, simplest possible: normalizeArabic every source and indexOf the normalized query. A floor for
 * any scan, not the same search: substrings (كندي inside الكندية), one space between phrase words only.
 */
const scanIndexOf: Search = (q, opts) => {
  const limit = opts.limit ?? 1000;
  const needle = normalizeArabic(q).text.trim().split(/\s+/).join(' ');
  const out: { sourceId: string; start: number; end: number }[] = [];
  if (!needle) return out;
  for (const [id, raw] of sources) {
    const { text, toRaw } = normalizeArabic(raw);
    for (let i = text.indexOf(needle); i >= 0 && out.length < limit; i = text.indexOf(needle, i + needle.length)) {
      out.push({ sourceId: id, start: toRaw[i]!, end: toRaw[i + needle.length - 1]! + 1 });
    }
    if (out.length >= limit) break;
  }
  return out;
};

// Warm up (JIT), then time.
timeQueries(viaIndex, QUERIES, false, 100, 1);
const exact = timeQueries(viaIndex, QUERIES, false, 100, RUNS);
const exact1000 = timeQueries(viaIndex, QUERIES, false, 1000, RUNS);
const fuzzy = timeQueries(viaIndex, VARIANT_QUERIES, true, 100, RUNS);

// The scan without an index finds the same first 100 hits (a check, not timed).
const same = QUERIES.every(
  (q) => JSON.stringify(index.search(q, { limit: 100 })) === JSON.stringify(scanSearchText(q, { limit: 100 })),
);
const scan = timeQueries(scanSearchText, QUERIES, false, 100, SCAN_RUNS);
const scanBare = timeQueries(scanIndexOf, QUERIES, false, 100, SCAN_RUNS);

const t1 = performance.now();
index.update(sources[0]![0], `${sources[0]![1]}\nسطر جديد`);
const updateMs = performance.now() - t1;

const ok = (pass: boolean) => (pass ? 'ok' : '**over**');
const f = (n: number, d = 2) => n.toFixed(d);
const ratio = (a: number, b: number) => `${f(a / b, 0)}×`;
console.log(
  `Corpus: ${f(bytes / 1e6, 1)} MB UTF-8 (${f(chars / 1e6, 1)} M UTF-16 units), ${sources.length} sources, ` +
    `${Math.round(CHANGED * 100)}% of words changed; Node ${process.versions.node}; load average ${f(load, 1)} at start; ` +
    `gc ${(globalThis as { gc?: unknown }).gc ? 'exposed' : 'NOT exposed (heap is approximate)'}\n`,
);
console.log('| measure | value | target | |');
console.log('|---|---|---|---|');
console.log(
  `| index build, median of ${BUILDS} (all: ${buildWall.map((s) => f(s, 1)).join(' / ')} s; CPU time ${f(median(buildCpu), 1)} s) | ${f(buildS)} s | ≤ 5 s | ${ok(buildS <= 5)} |`,
);
console.log(
  `| query median, first 100 hits (${QUERIES.length} queries × ${RUNS} runs, ${exact.hits} hits/run) | ${f(exact.median, 3)} ms | | |`,
);
console.log(`| query p95, first 100 hits | ${f(exact.p95, 3)} ms | ≤ 5 ms | ${ok(exact.p95 <= 5)} |`);
console.log(`| query max, first 100 hits | ${f(exact.max, 3)} ms | | |`);
console.log(
  `| query median / p95 / max, up to 1000 hits (default limit; ${exact1000.hits} hits/run) | ${f(exact1000.median, 2)} / ${f(exact1000.p95, 2)} / ${f(exact1000.max, 2)} ms | | |`,
);
console.log(
  `| variants query median / p95, first 100 hits (${VARIANT_QUERIES.length} queries × ${RUNS}) | ${f(fuzzy.median, 2)} / ${f(fuzzy.p95, 2)} ms | (opt-in) | |`,
);
console.log(`| heap after GC, index + texts | ${f(heapAll, 0)} MB | ≤ 200 MB | ${ok(heapAll <= 200)} |`);
console.log(`| heap after GC, index alone (minus the texts) | ${f(heapAll - heapTexts, 0)} MB | | |`);
console.log(`| update one source (${sources[0]![1].length} units) | ${f(updateMs, 1)} ms | | |`);
console.log(
  `\nSame ${QUERIES.length} queries, first 100 hits, same run, against searching without an index ` +
    `(${SCAN_RUNS} runs; the index ${same ? 'returns the same hits as' : '**differs from**'} the searchText scan):\n`,
);
console.log('| search | median | p95 | max | index faster by (median / p95) |');
console.log('|---|---|---|---|---|');
console.log(`| SourceSearchIndex | ${f(exact.median, 3)} ms | ${f(exact.p95, 3)} ms | ${f(exact.max, 3)} ms | |`);
console.log(
  `| no index: searchText over every source in turn (same hits) | ${f(scan.median, 1)} ms | ${f(scan.p95, 1)} ms | ${f(scan.max, 1)} ms | ${ratio(scan.median, exact.median)} / ${ratio(scan.p95, exact.p95)} |`,
);
console.log(
  `| no index: normalizeArabic + indexOf over every source (substrings; ${scanBare.hits} hits/run) | ${f(scanBare.median, 1)} ms | ${f(scanBare.p95, 1)} ms | ${f(scanBare.max, 1)} ms | ${ratio(scanBare.median, exact.median)} / ${ratio(scanBare.p95, exact.p95)} |`,
);
