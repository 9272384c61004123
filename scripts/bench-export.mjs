// `node scripts/bench-export.mjs [runs] [all|one-line|claims|latency]`: PDF exports that must not take the app down (issue 10). Needs the CLI
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
const { withClaimFields } = await import('../shared/annotations/claim.ts');

const RUNS = Number(process.argv[2] ?? 3);
/** 'all', or one part: 'one-line', 'claims', 'latency'. */
const ONLY = process.argv[3] ?? 'all';
const part = (name) => ONLY === 'all' || ONLY === name;
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

/** p50 / p95 / max of a list of milliseconds. */
function spread(ms) {
  const sorted = [...ms].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { n: sorted.length, median: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1] };
}

/** A client that changes one claim's note and saves, naming the revision its last save answered. */
async function saver(call, sourceId) {
  const [claim] = spreadClaims(corpus, 1);
  let revision = (await call('getAnnotations', { sourceId })).value.revision;
  let n = 0;
  return async () => {
    const fields = { note: `note ${++n}`, correction: '', citations: [] };
    const annotation = withClaimFields(claim, fields, new Date().toISOString());
    const reply = await call('saveAnnotations', { sourceId, annotations: [annotation], baseRevision: revision });
    if (!reply.ok) throw new Error(`save failed: ${JSON.stringify(reply.error)}`);
    revision = reply.value.revision;
  };
}

/** How long the other client is measured with no export running, for comparison. */
const IDLE_MS = 15_000;

/** getWorkspace and a save, every 50 ms, until `stop()`; their latencies. */
async function measure(call, saving, stop) {
  const reads = [];
  const saves = [];
  while (!stop()) {
    let t = performance.now();
    await call('getWorkspace', {});
    if (stop()) break;
    reads.push(performance.now() - t);
    t = performance.now();
    await saving();
    if (stop()) break;
    saves.push(performance.now() - t);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { reads: spread(reads), saves: spread(saves) };
}

/**
 * Browser mode on a workspace holding the 10 MB text: while exportReport runs, another client reads the workspace
 * and saves a claim on a second source, every 50 ms.
 */
async function latencyDuringExport(text) {
  const workspace = join(work, 'ws');
  const src = join(work, 'latency.txt');
  writeFileSync(src, text);
  const imported = spawnSync(process.execPath, [CLI, 'import', src, '--workspace', workspace, '--create', '--json'], {
    encoding: 'utf8',
  });
  const sourceId = JSON.parse(imported.stdout)[0].id;
  const other = join(work, 'other.txt');
  writeFileSync(other, corpus);
  const otherImport = spawnSync(process.execPath, [CLI, 'import', other, '--workspace', workspace, '--json'], {
    encoding: 'utf8',
  });
  const otherId = JSON.parse(otherImport.stdout)[0].id;
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
    await call('getSource', { sourceId }); // the window shows a source before it exports it
    // The other client's saves: a claim's note changed on a second source, naming the revision each time.
    const saving = await saver(call, otherId);
    // The same client with no export running first: what the machine gives it anyway (fsync, other load).
    const idle = await measure(
      call,
      saving,
      (() => {
        const until = performance.now() + IDLE_MS;
        return () => performance.now() > until;
      })(),
    );
    let done = false;
    const t0 = performance.now();
    const exporting = call('exportReport', { sourceId, options: {}, jobId: 'bench' }).then((r) => {
      done = true;
      if (!r.ok) throw new Error(JSON.stringify(r.error));
      return performance.now() - t0;
    });
    const busy = await measure(call, saving, () => done);
    const exportMs = await exporting;
    return { exportMs, idle, busy };
  } finally {
    server.kill('SIGTERM');
  }
}

const rows = {};
let latency;
try {
  if (part('one-line'))
    for (const mb of [1, 5, 10]) {
      rows[`one-${mb}`] = { name: `${mb} MB on one line, no claims`, ...cli(write(`one-${mb}`, oneLine(mb))) };
      console.error(`bench: ${mb} MB done`);
    }
  if (part('claims')) {
    const text = Array.from({ length: 4 }, () => corpus).join('\n\n');
    const claims = spreadClaims(text, 10_000);
    const name = `${claims.length} claims on corpus 003 ×4 (${text.length} chars)`;
    rows.claims = { name, ...cli(write('claims', text, claims)) };
    console.error('bench: claims done');
  }
  if (part('latency')) latency = await latencyDuringExport(oneLine(10));
} finally {
  rmSync(work, { recursive: true, force: true });
}

const checks = [];
if (Object.keys(rows).length > 0) {
  console.log(`\nPDF export benchmark — CLI whole process, medians of ${RUNS} runs\n`);
  console.log('| export | time | peak RSS |');
  console.log('|---|---|---|');
  for (const r of Object.values(rows))
    console.log(`| ${r.name} | ${(r.time / 1000).toFixed(1)} s | ${Math.round(r.rss)} MB |`);
}
if (rows['one-10']) {
  const { rss } = rows['one-10'];
  checks.push(['10 MB one-line peak RSS < 500 MB', rss < 500, `${Math.round(rss)} MB`]);
}
if (rows.claims) {
  const { time } = rows.claims;
  checks.push(['10,000 claims < 5 s', time < 5000, `${(time / 1000).toFixed(1)} s`]);
}
if (latency) {
  const row = (what, s) =>
    `| ${what} | ${s.n} | ${Math.round(s.median)} | ${Math.round(s.p95)} | ${Math.round(s.max)} |`;
  console.log(
    `\nBrowser mode, another client during the 10 MB one-line export (${(latency.exportMs / 1000).toFixed(1)} s)\n`,
  );
  console.log('| call | answers | median ms | p95 ms | max ms |');
  console.log('|---|---|---|---|---|');
  const { idle, busy } = latency;
  console.log(row('getWorkspace, no export running', idle.reads));
  console.log(row('getWorkspace, during the export', busy.reads));
  console.log(row('saveAnnotations (durable), no export running', idle.saves));
  console.log(row('saveAnnotations (durable), during the export', busy.saves));
  const max = Math.max(busy.reads.max, busy.saves.max);
  checks.push(['another client answered < 200 ms during an export (max)', max < 200, `${Math.round(max)} ms`]);
}
console.log('');
for (const [name, ok, value] of checks) console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}: ${value}`);
process.exitCode = checks.every(([, ok]) => ok) ? 0 : 1;
