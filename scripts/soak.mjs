// `node scripts/soak.mjs [--seconds 60] [--clients 3] [--kills 10] [--seed N] [--keep]`: the reliability soak.
// A browser-mode server (the built bundle: `npm run build` first) on a temp workspace; N clients saving and
// editing claims over its API and one renaming tags; another process importing, listing and writing
// annotation files from outside; the server SIGKILLed at random (at most --kills times) and started again on the
// same folder. Runs --seconds, then checks every acknowledged write against the files on disk. Exit 0 only when
// none was lost and no file is corrupt; 1 when some were; 2 when the soak itself could not run.
import { execFile, fork } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { appendFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { pause } from './soak/api.mjs';
import { mulberry32 } from './soak/claims.mjs';
import { runClient } from './soak/clients.mjs';
import { createLedger, KINDS } from './soak/ledger.mjs';
import { CLI, repoRoot, serverControl } from './soak/server.mjs';
import { runTagEditor } from './soak/tags.mjs';
import { verify } from './soak/verify.mjs';

const MIN_UPTIME_MS = 400;

const { values: flags } = parseArgs({
  options: {
    seconds: { type: 'string', default: '60' },
    clients: { type: 'string', default: '3' },
    kills: { type: 'string', default: '10' },
    seed: { type: 'string' },
    keep: { type: 'boolean', default: false },
  },
});
const seconds = Number(flags.seconds);
const clientCount = Number(flags.clients);
const maxKills = Number(flags.kills);
const seed = flags.seed === undefined ? Math.floor(Math.random() * 2 ** 31) : Number(flags.seed);
for (const [name, value] of Object.entries({ seconds, clients: clientCount, kills: maxKills, seed })) {
  if (!Number.isInteger(value) || value < 0) usage(`--${name} must be a whole number, not "${flags[name]}"`);
}
const corpusDir = join(repoRoot, '..', 'shared', 'corpus');
for (const built of [join('.vite', 'node', 'cli.js'), join('.vite', 'renderer', 'main_window', 'index.html')]) {
  if (!existsSync(join(repoRoot, built))) usage(`build first (node scripts/build.mjs): there is no ${built}`);
}
if (!existsSync(corpusDir)) usage(`the corpus is not at ${corpusDir}`);
const corpus = readdirSync(corpusDir)
  .filter((n) => n.endsWith('.txt'))
  .map((n) => join(corpusDir, n));

function usage(message) {
  console.error(`soak: ${message}`);
  process.exit(2);
}

const root = mkdtempSync(join(tmpdir(), 'wb-soak-'));
const workspace = join(root, 'workspace');
const scratch = join(root, 'scratch');
mkdirSync(scratch);
const logFile = join(root, 'soak.log');
const ledger = createLedger();
const random = mulberry32(seed);
let logged = 0;
const log = (line) => {
  if (++logged <= 10) console.error(`soak: ${line}`);
  void appendFile(logFile, `${line}\n`);
};
// Nothing may hang a CI run: past this the soak reports itself broken.
const hardStop = setTimeout(
  () => {
    console.error(`soak: still running ${seconds + 300} s after the start; giving up (log: ${logFile})`);
    process.exit(2);
  },
  (seconds + 300) * 1000,
);
hardStop.unref();

console.log(
  `soak: ${seconds} s, ${clientCount} clients, up to ${maxKills} kills, seed ${seed}; workspace ${workspace}`,
);
let deadline = Infinity;
let kills = 0;
let server = null;
try {
  const stdout = await seedWorkspace();
  for (const meta of JSON.parse(stdout)) ledger.importAcked(meta.id, meta.title);

  server = serverControl({ workspace, userData: join(root, 'userdata'), logFile: join(root, 'server.log') });
  await server.start();
  deadline = Date.now() + seconds * 1000;
  const outside = startOutside();
  const clients = Array.from({ length: clientCount }, (_, index) =>
    runClient({ index, server, ledger, random: mulberry32(seed + index + 1), deadline, log }),
  );
  clients.push(runTagEditor({ server, ledger, random: mulberry32(seed + 500), deadline, log }));
  await killAtRandom();
  await Promise.all(clients);
  await outside.done;
  await server.stop();

  const result = await verify(workspace, ledger);
  report(result);
} catch (error) {
  // The soak itself broke (a server that never started, a CLI that failed): not a verdict on the store.
  console.error(`soak: could not run: ${error.stack ?? error}`);
  console.error(`soak: kept ${root}`);
  await server?.kill();
  process.exit(2);
}

/** The corpus imported with the CLI into a new workspace (asking for --create if this CLI wants it said). */
async function seedWorkspace() {
  const args = [CLI, 'import', ...corpus, '--workspace', workspace, '--json'];
  try {
    return (await promisify(execFile)(process.execPath, args, { cwd: repoRoot })).stdout;
  } catch (error) {
    if (!/--create/.test(error.stderr ?? '')) throw error;
    return (await promisify(execFile)(process.execPath, [...args, '--create'], { cwd: repoRoot })).stdout;
  }
}

function startOutside() {
  const child = fork(
    join(repoRoot, 'scripts', 'soak', 'outside.mjs'),
    [JSON.stringify({ workspace, scratch, corpus, deadline, seed: seed + 1000 })],
    { cwd: repoRoot, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] },
  );
  child.on('message', (m) => {
    if (m.type === 'ack' && m.kind === 'import') ledger.importAcked(m.sourceId, m.title);
    else if (m.type === 'ack') ledger.claimAcked(m.kind, m.id, m.sourceId);
    else if (m.type === 'lost') ledger.lose(m.kind, m.what, m.where);
    else if (m.type === 'corrupt') ledger.corruptFile(m.file, m.reason);
    else if (m.type === 'listed') ledger.counters.lists += 1;
    else if (m.type === 'log') log(m.line);
  });
  const done = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
  return { done };
}

/**
 * Kill times drawn up front (uniform over the run, sorted) so the run gets all --kills of them; a server is left
 * up at least MIN_UPTIME_MS after it printed its URL, so each one is killed while it is working.
 */
async function killAtRandom() {
  const start = Date.now();
  const duration = deadline - start;
  const times = Array.from({ length: maxKills }, () => start + duration * (0.02 + 0.93 * random())).sort(
    (a, b) => a - b,
  );
  let upSince = Date.now();
  for (const at of times) {
    const when = Math.max(at, upSince + MIN_UPTIME_MS);
    if (when >= deadline) break;
    await pause(when - Date.now());
    await whileNoSaveInFlight();
    await server.kill();
    kills += 1;
    await server.start();
    upSince = Date.now();
  }
  await pause(Math.max(0, deadline - Date.now()));
}

/** Aims the kill at a write: waits (up to a second) for a save in flight, then 0–4 ms into it. */
async function whileNoSaveInFlight() {
  for (let waited = 0; ledger.savesInFlight === 0 && waited < 1000; waited += 1) await pause(1);
  await pause(Math.floor(random() * 5));
}

function report({ sources, claims, before, after }) {
  const total = KINDS.reduce((sum, k) => sum + ledger.acked[k], 0);
  const c = ledger.counters;
  const figures = {
    seconds,
    clients: clientCount,
    seed,
    kills,
    acknowledged: { ...ledger.acked, total },
    unanswered: ledger.unknown,
    lost: ledger.lost.length,
    corrupt: ledger.corrupt.length,
    leftovers: { temp: after.temp.length, staging: after.staging.length, locks: after.locks.length },
    leftoversBeforeReopen: { temp: before.temp.length, staging: before.staging.length, locks: before.locks.length },
    saves: c.saves,
    merged: c.merged,
    conflicts: c.conflicts,
    refused: c.refused,
    reads: c.reads,
    lists: c.lists,
    sources,
    claims,
  };
  console.log(`kills: ${kills}`);
  console.log(`acknowledged writes: ${KINDS.map((k) => `${k} ${ledger.acked[k]}`).join(', ')} (total ${total})`);
  console.log(`calls the server never answered (killed): ${KINDS.map((k) => `${k} ${ledger.unknown[k]}`).join(', ')}`);
  console.log(`saves ${c.saves}: merged ${c.merged}, conflict ${c.conflicts}, other refusals ${c.refused}`);
  console.log(`acknowledged-but-lost: ${ledger.lost.length}`);
  for (const l of ledger.lost.slice(0, 20)) console.log(`  lost ${l.kind} ${l.what} (seen by ${l.when})`);
  console.log(`corrupt files: ${ledger.corrupt.length}`);
  for (const f of ledger.corrupt.slice(0, 20)) console.log(`  corrupt ${f.file}: ${f.reason}`);
  const show = (found) =>
    `${found.temp.length} temp files, ${found.staging.length} staging folders, ${found.locks.length} lock folders`;
  console.log(`leftovers: ${show(after)} (before the final open: ${show(before)})`);
  for (const path of [...after.temp, ...after.staging, ...after.locks].slice(0, 10)) console.log(`  left ${path}`);
  console.log(`on disk: ${sources} sources, ${claims} claims`);
  console.log(`SOAK-RESULT ${JSON.stringify(figures)}`);
  const failed = ledger.lost.length > 0 || ledger.corrupt.length > 0;
  if (failed || flags.keep) console.log(`soak: kept ${root} (server.log, soak.log, the workspace)`);
  else rmSync(root, { recursive: true, force: true });
  process.exit(failed ? 1 : 0);
}
