// `node scripts/bench-pdf.mjs [runs]`: speed and memory of the annotated PDF report (corpus 003, 100 claims per
// copy of the text) against headless Chromium printing the same annotated content from HTML — what Electron's
// printToPDF would do. Needs `npm run build` (the CLI bundle) and Debian's chromium. Prints one table of medians.
//
// Targets (the issue): in process, warm, 1× ≤ 400 ms; whole CLI process / whole Chromium ≤ 0.7;
// 16× ≤ 12 × the time of 1×; peak RSS of the CLI at 16× ≤ 300 MB.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { register } from 'tsx/esm/api';

register();
const root = new URL('..', import.meta.url).pathname;
const { renderReport } = await import('../electron/services/pdf/report.ts');
const { spreadClaims } = await import('../tests/pdf/support/claims-fixture.ts');
const { serializeAnnotationCollection } = await import('../shared/annotations/jsonld.ts');
const { DEFAULT_TAGS } = await import('../shared/workspace/model.ts');
const { reportHtml } = await import('../tests/pdf/support/report-html.ts');
const { CHROMIUM_ARGS, CHROMIUM_PATH } = await import('../tests/e2e/helpers/browser.ts');
const { chromium } = await import('playwright-core');

const RUNS = Number(process.argv[2] ?? 5);
const SCALES = [1, 4, 16];
const corpusFile = join(root, '..', 'shared', 'corpus', '003_fc528dca72532d73.txt');
if (!existsSync(join(root, '.vite/node/cli.js'))) throw new Error('build first: node scripts/build.mjs');
const base = readFileSync(corpusFile, 'utf8').replace(/\r\n?/g, '\n').normalize('NFC');
const work = mkdtempSync(join(tmpdir(), 'wb-bench-pdf-'));

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (n) => `${Math.round(n)} ms`;

function inputFor(scale) {
  const text = Array.from({ length: scale }, () => base).join('\n\n');
  const annotations = spreadClaims(text, 100 * scale);
  return { source: { title: 'أرشيف البيت الأبيض', text, direction: 'rtl' }, annotations, tags: DEFAULT_TAGS };
}

async function inProcess(input) {
  await renderReport(input); // warm: fonts parsed, JIT warm, shaping cache filled
  const times = [];
  let pages = 0;
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    pages = (await renderReport(input)).summary.pages;
    times.push(performance.now() - t0);
  }
  return { time: median(times), pages };
}

function writeInputs(input, scale) {
  const src = join(work, `src-${scale}.txt`);
  const ann = join(work, `ann-${scale}.json`);
  writeFileSync(src, input.source.text);
  writeFileSync(ann, serializeAnnotationCollection(input.annotations, { id: 'urn:bench' }));
  return { src, ann, out: join(work, `out-${scale}.pdf`) };
}

/** Wall time and peak RSS of `node electron/cli/workbench.mjs export … --format pdf`, through GNU time. */
function cliOnce({ src, ann, out }) {
  const args = [
    '-f',
    '%e %M',
    process.execPath,
    join(root, 'electron/cli/workbench.mjs'),
    'export',
    '--source',
    src,
    '--annotations',
    ann,
    '--format',
    'pdf',
    '--out',
    out,
  ];
  const run = spawnSync('/usr/bin/time', args, { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`CLI export failed: ${run.stderr}`);
  const [seconds, kb] = run.stderr.trim().split('\n').pop().split(' ').map(Number);
  return { time: seconds * 1000, rss: kb / 1024 };
}

/** Launch (unless given a running browser), load the same annotated content, print with backgrounds, close. */
async function chromiumOnce(html, running) {
  const t0 = performance.now();
  const browser = running ?? (await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] }));
  const page = await browser.newPage();
  await page.setContent(html, { waitUntil: 'load' });
  const pdf = await page.pdf({
    format: 'A4',
    printBackground: true,
    margin: { top: '66px', bottom: '62px', left: '58px', right: '58px' },
  });
  await page.close();
  if (!running) await browser.close();
  const pages = (
    Buffer.from(pdf)
      .toString('latin1')
      .match(/\/Type\s*\/Page[^s]/g) ?? []
  ).length;
  return { time: performance.now() - t0, pages };
}

/** CLI and Chromium runs alternate, so both meet the same machine load. */
async function wholeProcesses(input, scale, html, running) {
  const files = writeInputs(input, scale);
  const cli = [];
  const cold = [];
  const loaded = [];
  for (let i = 0; i < RUNS; i++) {
    cli.push(cliOnce(files));
    cold.push(await chromiumOnce(html));
    loaded.push(await chromiumOnce(html, running));
  }
  return {
    cli: { time: median(cli.map((r) => r.time)), rss: Math.max(...cli.map((r) => r.rss)) },
    cold: { time: median(cold.map((r) => r.time)), pages: cold[0].pages },
    loaded: { time: median(loaded.map((r) => r.time)) },
  };
}

const rows = [];
const warm = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
try {
  for (const scale of SCALES) {
    const input = inputFor(scale);
    const html = reportHtml(input, readFileSync(join(root, 'node_modules/vazirmatn/fonts/ttf/Vazirmatn-Regular.ttf')));
    const ours = await inProcess(input);
    rows.push({ scale, ours, ...(await wholeProcesses(input, scale, html, warm)) });
    console.error(`bench: ${scale}× done`);
  }
} finally {
  await warm.close();
  rmSync(work, { recursive: true, force: true });
}

const one = rows[0];
console.log(
  `\nPDF report benchmark — corpus 003 (${base.length} chars), 100 claims per copy, medians of ${RUNS} runs\n`,
);
console.log(
  '| scale | in process (warm) | CLI whole process | CLI peak RSS | Chromium launch+print | Chromium print (running) | CLI / Chromium |',
);
console.log('|---|---|---|---|---|---|---|');
for (const r of rows) {
  console.log(
    `| ${r.scale}× | ${ms(r.ours.time)}, ${r.ours.pages} pp | ${ms(r.cli.time)} | ${Math.round(r.cli.rss)} MB | ${ms(r.cold.time)}, ${r.cold.pages} pp | ${ms(r.loaded.time)} | ${(r.cli.time / r.cold.time).toFixed(2)} |`,
  );
}
const sixteen = rows.find((r) => r.scale === 16);
const checks = [
  ['in process 1× ≤ 400 ms', one.ours.time <= 400, ms(one.ours.time)],
  [
    'CLI / Chromium (whole process, 1×) ≤ 0.7',
    one.cli.time / one.cold.time <= 0.7,
    (one.cli.time / one.cold.time).toFixed(2),
  ],
  [
    '16× ≤ 12 × 1× (in process)',
    sixteen.ours.time <= 12 * one.ours.time,
    `${(sixteen.ours.time / one.ours.time).toFixed(1)}×`,
  ],
  ['16× ≤ 12 × 1× (CLI)', sixteen.cli.time <= 12 * one.cli.time, `${(sixteen.cli.time / one.cli.time).toFixed(1)}×`],
  ['CLI peak RSS at 16× ≤ 300 MB', sixteen.cli.rss <= 300, `${Math.round(sixteen.cli.rss)} MB`],
];
console.log('');
for (const [name, ok, value] of checks) console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}: ${value}`);
process.exitCode = checks.every(([, ok]) => ok) ? 0 : 1;
