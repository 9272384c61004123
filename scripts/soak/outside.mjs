// The soak's other process (forked by scripts/soak.mjs): what happens to a workspace from outside the server.
// It imports sources with the CLI, lists them (checking that every import it was told succeeded is listed,
// whole), and adds claims straight into annotations/<id>.json the way a sync client puts down a file: a full,
// valid file written beside it and renamed over it. It holds the file's lock folder (the same proper-lockfile
// convention as the store) while it reads and renames, as any tool writing a workspace must; without it no
// store could tell a file replaced between its check and its rename. Reports to the parent over IPC.

import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { open, readFile, rename, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { promisify } from 'node:util';
import lockfile from 'proper-lockfile';
import { annotationFileBody, mulberry32, newClaim, parseAnnotationFile } from './claims.mjs';
import { wholeSource } from './disk.mjs';
import { CLI, repoRoot } from './server.mjs';

const run = promisify(execFile);
const config = JSON.parse(process.argv[2]);
const random = mulberry32(config.seed);
const report = (message) => process.send(message);
const log = (line) => report({ type: 'log', line: `outside: ${line}` });
const imported = new Map(); // source id -> meta, acknowledged imports of this process
let listed = [];
let imports = 0;

async function cli(...args) {
  try {
    const { stdout } = await run(process.execPath, [CLI, ...args, '--workspace', config.workspace, '--json'], {
      cwd: repoRoot,
      maxBuffer: 64 * 1024 * 1024,
    });
    return { ok: true, json: JSON.parse(stdout) };
  } catch (error) {
    return { ok: false, message: (error.stderr || error.message).trim().split('\n')[0] };
  }
}

async function importOne() {
  // A new file each time (a corpus text and a line naming the import), outside the workspace.
  const corpus = config.corpus[Math.floor(random() * config.corpus.length)];
  const file = join(config.scratch, `soak-import-${++imports}.txt`);
  await writeFile(file, `${await readFile(corpus, 'utf8')}\nsoak import ${imports}\n`);
  const answer = await cli('import', file);
  if (!answer.ok) return log(`import ${file} failed: ${answer.message}`);
  for (const meta of answer.json) {
    imported.set(meta.id, meta);
    report({ type: 'ack', kind: 'import', sourceId: meta.id, title: meta.title });
  }
}

async function list() {
  const answer = await cli('list');
  if (!answer.ok) return log(`list failed: ${answer.message}`);
  listed = answer.json.sources;
  const ids = new Set(listed.map((s) => s.id));
  for (const id of imported.keys()) {
    if (!ids.has(id)) report({ type: 'lost', kind: 'import', what: id, where: 'outside: workbench list' });
  }
  for (const meta of listed) {
    const problem = await wholeSource(config.workspace, meta);
    if (problem) report({ type: 'corrupt', file: `sources/${meta.id}`, reason: `listed but ${problem}` });
  }
  report({ type: 'listed', count: listed.length });
}

async function addClaimFromOutside() {
  if (listed.length === 0) return list();
  const meta = listed[Math.floor(random() * listed.length)];
  const path = join(config.workspace, 'annotations', `${meta.id}.json`);
  const text = await readFile(join(config.workspace, 'sources', meta.id, 'text.txt'), 'utf8');
  const release = await lockfile.lock(path, {
    realpath: false,
    stale: 10_000,
    retries: { retries: 200, factor: 1.3, minTimeout: 5, maxTimeout: 250 },
  });
  let claim;
  try {
    let annotations = [];
    try {
      annotations = parseAnnotationFile(JSON.parse(await readFile(path, 'utf8')), `annotations/${meta.id}.json`);
    } catch (error) {
      if (error.code !== 'ENOENT') {
        report({ type: 'corrupt', file: `annotations/${meta.id}.json`, reason: `outside read: ${error.message}` });
        return;
      }
    }
    claim = newClaim(meta.id, text, random, 'soak outside');
    await replaceFile(path, annotationFileBody(meta.id, meta.title, [...annotations, claim]));
  } finally {
    await release();
  }
  report({ type: 'ack', kind: 'outside-add', id: claim.id, sourceId: meta.id });
}

/** A sync client's way: the whole new file beside the old one, flushed, renamed over it. */
async function replaceFile(path, body) {
  const tmp = join(dirname(path), `.${basename(path)}.sync-${randomBytes(4).toString('hex')}`);
  const handle = await open(tmp, 'wx');
  try {
    await handle.writeFile(body);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(tmp, path);
}

while (Date.now() < config.deadline) {
  const roll = random();
  try {
    if (roll < 0.3) await importOne();
    else if (roll < 0.45) await list();
    else await addClaimFromOutside();
  } catch (error) {
    log(`${error.code ?? 'error'}: ${error.message}`);
  }
}
process.exit(0);
