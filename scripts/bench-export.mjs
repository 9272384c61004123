// `node scripts/bench-export.mjs [runs]`: PDF exports that must not take the app down (issue 10). Needs the CLI
// bundle (`node scripts/build.mjs`). Prints one table of medians:
// - the CLI's `export --format pdf` of 1, 5 and 10 MB one-line texts, and of 10,000 claims: wall time and peak
//   RSS of the whole process (GNU time's %M; the report is made in its worker thread, which is counted too);
// - browser mode: how long getWorkspace takes to answer while the 10 MB export runs in the same server.
// Targets: 10 MB one-line < 500 MB peak RSS; 10,000 claims < 5 s; another call answered < 200 ms.

import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { register } from 'tsx/esm/api';

register();
const root = new URL('..', import.meta.url).pathname;
const { spreadClaims } = await import('../tests/pdf/support/claims-fixture.ts');
const { serializeAnnotationCollection } = await import('../shared/annotations/jsonld.ts');

const RUNS = Number(process.argv[2] ?? 3);
const CLI = join(root, 'electron/cli/workbench.mjs');
if (!existsSync(join(root, '.vite/node/report-worker.js'))) throw new Error('build first: node scripts/build.mjs');
const corpus = readFileSync(join(root, '..', 'shared', 'corpus', '003_fc528dca72532d73.txt'), 'utf8');
const work = mkdtempSync(join(tmpdir(), 'wb-bench-export-'));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Corpus 003 with every line break made a space, repeated to `mb` MB: ONE paragraph. */
function oneLine(mb) {
  const line = corpus.replace(/\s+/g, ' ');
  const copies = Math.ceil((mb * 1024 * 1024) / Buffer.byteLength(`${line} `));
  return Array.from({ length: copies }, () => line).join(' ');
}

function write(name, text, annotations = []) {
  const src = join(work, `${name}.txt`);
  const ann = join(work, `${name}.jsonld`);
  writeFileSync(src, text);
  writeFileSync(ann, serializeAnnotationCollection(annotations, { id: 'urn:bench' }));
  return { src, ann, out: join(work, `${name}.pdf`) };
}

function cliOnce({ src, ann, out }) {
  const args = ['-f', '%e %M', process.execPath, CLI, 'export', '--source', src, '--annotations', ann];
  const run = spawnSync('/usr/bin/time', [...args, '--format', 'pdf', '--out', out], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`CLI export failed: ${run.stderr}`);
  const [seconds, kb] = run.stderr.trim().split('\n').pop().split(' ').map(Number);
  return { time: seconds * 1000, rss: kb / 1024 };
}

function cli(files) {
  const runs = Array.from({ length: RUNS }, () => cliOnce(files));
  return { time: median(runs.map((r) => r.time)), rss: median(runs.map((r) => r.rss)) };
}

/** Browser mode on a workspace holding the 10 MB text: getWorkspace every 50 ms while exportReport runs. */
async function latencyDuringExport(text) {
  const workspace = join(work, 'ws');
  const src = join(work, 'latency.txt');
  writeFileSync(src, text);
  const imported = spawnSync(process.execPath, [CLI, 'import', src, '--workspace', workspace, '--json'], {
    encoding: 'utf8',
  });
  const sourceId = JSON.parse(imported.stdout)[0].id;
  const server = spawn(process.execPath, [CLI, 'web', '--workspace', workspace, '--port', '0'], {
    env: { ...process.env, WORKBENCH_USER_DATA: join(work, 'user-data') },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    const url = new URL(
      await new Promise((resolve) => createInterface({ input: server.stdout }).once('line', resolve)),
    );
    const token = new URLSearchParams(url.hash.slice(1)).get('token');
    const call = async (method, args) => {
      const response = await fetch(new URL(`/api/${method}`, url.origin), {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-workbench-token': token },
        body: JSON.stringify(args),
      });
      return response.json();
    };
    await call('getWorkspace', {}); // warm
    let done = false;
    const t0 = performance.now();
    const exporting = call('exportReport', { sourceId, options: {}, jobId: 'bench' }).then((r) => {
      done = true;
      if (!r.ok) throw new Error(JSON.stringify(r.error));
      return performance.now() - t0;
    });
    const latencies = [];
    while (!done) {
      const t = performance.now();
      await call('getWorkspace', {});
      if (!done) latencies.push(performance.now() - t);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const exportMs = await exporting;
    latencies.sort((a, b) => a - b);
    return { exportMs, n: latencies.length, median: median(latencies), max: latencies[latencies.length - 1] };
  } finally {
    server.kill('SIGTERM');
  }
}

const rows = [];
let latency;
try {
  for (const mb of [1, 5, 10]) {
    rows.push({ name: `${mb} MB on one line, no claims`, ...cli(write(`one-${mb}`, oneLine(mb))) });
    console.error(`bench: ${mb} MB done`);
  }
  const text = Array.from({ length: 4 }, () => corpus).join('\n\n');
  const claims = spreadClaims(text, 10_000);
  rows.push({
    name: `${claims.length} claims on corpus 003 ×4 (${text.length} chars)`,
    ...cli(write('claims', text, claims)),
  });
  console.error('bench: claims done');
  latency = await latencyDuringExport(oneLine(10));
} finally {
  rmSync(work, { recursive: true, force: true });
}

console.log(`\nPDF export benchmark — CLI whole process, medians of ${RUNS} runs\n`);
console.log('| export | time | peak RSS |');
console.log('|---|---|---|');
for (const r of rows) console.log(`| ${r.name} | ${(r.time / 1000).toFixed(1)} s | ${Math.round(r.rss)} MB |`);
console.log(
  `\nBrowser mode, 10 MB one-line export (${(latency.exportMs / 1000).toFixed(1)} s): getWorkspace answered ${latency.n} times meanwhile, median ${Math.round(latency.median)} ms, max ${Math.round(latency.max)} ms`,
);
const ten = rows[2];
const claimsRow = rows[3];
const checks = [
  ['10 MB one-line peak RSS < 500 MB', ten.rss < 500, `${Math.round(ten.rss)} MB`],
  ['10,000 claims < 5 s', claimsRow.time < 5000, `${(claimsRow.time / 1000).toFixed(1)} s`],
  ['another call during an export < 200 ms (max)', latency.max < 200, `${Math.round(latency.max)} ms`],
];
console.log('');
for (const [name, ok, value] of checks) console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}: ${value}`);
process.exitCode = checks.every(([, ok]) => ok) ? 0 : 1;
