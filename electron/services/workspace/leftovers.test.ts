// Imports and writes of other, real processes against a workspace being opened: a live process's staging
// folder and temp files are kept (and its import completes), a SIGKILLed one's are removed at open.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { REPO_ROOT } from '../../../tests/support/corpus.ts';
import { newTextSource } from '../../../tests/support/new-source.ts';
import { tempDir } from '../../../tests/support/temp.ts';
import { tempPathBeside } from '../fs/atomic.ts';
import { ownTag } from '../fs/process-owner.ts';
import { cleanLeftovers } from './leftovers.ts';
import { Workspace } from './workspace.ts';

const module = (path: string) => JSON.stringify(pathToFileURL(join(REPO_ROOT, path)).href);

/** Opens the workspace, starts an import and pauses before its final rename until told to go on. */
const PAUSED_IMPORT = `
import { Workspace } from ${module('electron/services/workspace/workspace.ts')};
const ws = await Workspace.open(process.argv[1]);
const text = 'نص مستورد كاملاً';
const meta = await ws.addSource({
  text, originalBytes: new TextEncoder().encode(text), originalExt: 'txt',
  meta: { title: 'مستورد', originalFileName: 'a.txt', format: 'txt',
    encoding: { name: 'utf-8', confidence: 1, detectedBy: 'utf-8' }, direction: 'rtl' },
}, { beforeCommit: async () => { console.log('staged'); await new Promise((go) => process.stdin.once('data', go)); } });
console.log('imported ' + meta.id);
process.stdin.destroy();
`;

/** Leaves a temp file (as a write killed before its rename would) in each workspace folder, then waits forever. */
const HALF_WRITES = `
import { open } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { tempPathBeside } from ${module('electron/services/fs/atomic.ts')};
const [root, sourceId] = process.argv.slice(1);
for (const file of ['workspace.json', 'annotations/' + sourceId + '.json', 'review/' + sourceId + '.json',
  'sources/' + sourceId + '/text.txt']) {
  const handle = await open(tempPathBeside(join(root, file)), 'wx');
  await handle.writeFile('half');
  await handle.close();
}
const { mkdir } = await import('node:fs/promises');
const { ownTag } = await import(${module('electron/services/fs/process-owner.ts')});
await mkdir(join(root, 'sources', '.import-0123456789.' + ownTag()));
console.log('written');
setInterval(() => {}, 1000);
`;

function startChild(script: string, ...args: string[]): { child: ChildProcess; next: () => Promise<string> } {
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script, ...args], {
    cwd: REPO_ROOT,
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  // Lines from the child's stdout, in order; next() waits for the following one.
  const lines: string[] = [];
  const waiting: Array<(line: string) => void> = [];
  let buffered = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
    buffered += chunk;
    for (let end = buffered.indexOf('\n'); end >= 0; end = buffered.indexOf('\n')) {
      const line = buffered.slice(0, end);
      buffered = buffered.slice(end + 1);
      const wake = waiting.shift();
      if (wake) wake(line);
      else lines.push(line);
    }
  });
  const next = () =>
    new Promise<string>((resolve, reject) => {
      const line = lines.shift();
      if (line !== undefined) return resolve(line);
      waiting.push(resolve);
      child.once('exit', (code) => reject(new Error(`the child process ended early (${code})`)));
    });
  return { child, next };
}

async function newWorkspace() {
  const root = join(await tempDir(), 'ws');
  const ws = await Workspace.open(root, { create: true, name: 'w' });
  const meta = await ws.addSource(newTextSource('نص'));
  await mkdir(join(root, 'review'), { recursive: true });
  await ws.writeAnnotations(meta.id, []);
  return { root, sourceId: meta.id };
}

async function leftoverNames(root: string, sourceId: string): Promise<string[]> {
  const names: string[] = [];
  for (const dir of ['.', 'annotations', 'review', 'sources', `sources/${sourceId}`]) {
    for (const name of await readdir(join(root, dir))) if (name.startsWith('.')) names.push(`${dir}/${name}`);
  }
  return names.sort();
}

test('an import another process is staging survives an open there, is not listed, and completes whole', async () => {
  const { root } = await newWorkspace();
  const { child, next } = startChild(PAUSED_IMPORT, root);
  assert.equal(await next(), 'staged');
  const [staging] = (await readdir(join(root, 'sources'))).filter((n) => n.startsWith('.import-'));
  assert.ok(staging, 'the paused import has a staging folder');

  const during = await Workspace.open(root);
  assert.equal(during.listSources().length, 1, 'the half-imported source is not listed');
  assert.ok((await readdir(join(root, 'sources'))).includes(staging), 'its staging folder is kept');

  child.stdin!.write('go\n');
  const id = (await next()).replace('imported ', '');
  await once(child, 'exit');
  assert.equal(child.exitCode, 0);
  const after = await Workspace.open(root);
  assert.deepEqual(
    after.listSources().map((s) => s.id),
    [...during.listSources().map((s) => s.id), id],
  );
  assert.equal(await after.readText(id), 'نص مستورد كاملاً');
  assert.deepEqual(
    (await readdir(join(root, 'sources'))).filter((n) => n.startsWith('.')),
    [],
  );
});

test("a live process's temp files and staging folder are kept at open; once it is SIGKILLed, they are removed", async () => {
  const { root, sourceId } = await newWorkspace();
  const { child, next } = startChild(HALF_WRITES, root, sourceId);
  assert.equal(await next(), 'written');
  const left = await leftoverNames(root, sourceId);
  assert.equal(left.length, 5, left.join(', '));

  await Workspace.open(root);
  assert.deepEqual(await leftoverNames(root, sourceId), left, 'a live writer keeps its files');

  child.kill('SIGKILL');
  await once(child, 'exit');
  const ws = await Workspace.open(root);
  assert.deepEqual(await leftoverNames(root, sourceId), [], 'the dead writer left nothing behind');
  assert.equal(await ws.readText(sourceId), 'نص', 'the real files are untouched');
  assert.deepEqual(await ws.readAnnotations(sourceId), []);
});

test('a reused pid (same pid, another start time), untagged temp files and another host age out correctly', async () => {
  const { root, sourceId } = await newWorkspace();
  const dir = join(root, 'annotations');
  const [host, pid] = ownTag().split('-');
  const reused = `.a.json.0123456789ab.${host}-${pid}-1.tmp`;
  const untagged = '.a.json.0123456789ab.tmp';
  const foreign = '.a.json.0123456789ab.00000000-1-1.tmp';
  const live = basename(tempPathBeside(join(dir, 'a.json')));
  for (const name of [reused, untagged, foreign, live]) await writeFile(join(dir, name), 'x');
  const cleaned = await cleanLeftovers(root);
  const expectedLeft = process.platform === 'linux' ? [foreign, live] : [foreign, live, reused];
  assert.deepEqual((await readdir(dir)).filter((n) => n.startsWith('.')).sort(), expectedLeft.sort());
  assert.equal(cleaned.tempFiles, 4 - expectedLeft.length);
  // A day later another machine's temp file is abandoned.
  await cleanLeftovers(root, Date.now() + 25 * 60 * 60 * 1000);
  assert.ok(!(await readdir(dir)).includes(foreign));
  assert.ok(sourceId);
});
