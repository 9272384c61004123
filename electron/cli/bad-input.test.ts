// The CLI's answers to mistyped or dangerous input: a --workspace that is not one, an --out inside the data.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { tempDir } from '../../tests/support/temp.ts';
import { runCliCaptured as cli } from './run-captured.ts';

async function workspaceWithSource() {
  const dir = await tempDir();
  const ws = join(dir, 'ws');
  await writeFile(join(dir, 'src.txt'), 'نص قصير للتصدير.');
  const [meta] = JSON.parse((await cli('import', join(dir, 'src.txt'), '--create', '--workspace', ws, '--json')).out);
  return { dir, ws, id: (meta as { id: string }).id };
}

test('a --workspace that is not a workspace is an error naming it, unless --create; nothing is created', async () => {
  const dir = await tempDir();
  await writeFile(join(dir, 'a.txt'), 'نص');
  const typo = join(dir, 'wrokspace');
  for (const argv of [
    ['list', '--workspace', typo],
    ['import', join(dir, 'a.txt'), '--workspace', typo],
    ['claims', '--workspace', typo],
  ]) {
    const run = await cli(...argv);
    assert.equal(run.code, 1, argv.join(' '));
    assert.match(run.err, /No workspace folder at .*wrokspace\. Add --create/);
    assert.equal(existsSync(typo), false, `${argv[0]} created nothing`);
  }
  const created = await cli('import', join(dir, 'a.txt'), '--workspace', typo, '--create');
  assert.equal(created.code, 0, created.err);
  assert.equal((await cli('list', '--workspace', typo)).code, 0);
});

test('export --out inside the workspace data is refused naming the path; its exports/ folder is allowed', async () => {
  const { dir, ws, id } = await workspaceWithSource();
  const before = await readFile(join(ws, 'workspace.json'), 'utf8');
  const exportTo = (format: string, out: string) =>
    cli('export', '--workspace', ws, '--source', id, '--format', format, '--out', out);
  await symlink(ws, join(dir, 'link-to-ws'));
  const targets = [
    join(ws, 'workspace.json'),
    join(ws, 'annotations', `${id}.json`),
    join(ws, 'sources', id, 'text.txt'),
    join(ws, 'review', 'new.csv'),
    join(ws, 'report.csv'),
    join(dir, 'link-to-ws', 'workspace.json'),
  ];
  for (const out of targets) {
    for (const format of ['jsonld', 'csv', 'pdf']) {
      const run = await exportTo(format, out);
      assert.equal(run.code, 1, `${format} to ${out}`);
      assert.ok(run.err.includes(`refusing to write ${out}: it is inside the workspace`), run.err);
    }
  }
  assert.equal(await readFile(join(ws, 'workspace.json'), 'utf8'), before, 'workspace.json untouched');
  await mkdir(join(ws, 'exports'));
  const ok = await exportTo('csv', join(ws, 'exports', 'a.csv'));
  assert.equal(ok.code, 0, ok.err);
  const outside = await exportTo('csv', join(dir, 'a.csv'));
  assert.equal(outside.code, 0, outside.err);
});

test('a corrupt workspace.json: list names it with how to recover (one open), import is refused, nothing written', async () => {
  const { dir, ws } = await workspaceWithSource();
  await writeFile(join(ws, 'workspace.json'), '{"schemaVersion": 1, "na');
  const listed = await cli('list', '--workspace', ws);
  assert.equal(listed.code, 0, listed.err);
  const warnings = listed.err.split('\n').filter((l) => l.includes('workspace.json'));
  assert.equal(warnings.length, 1, listed.err);
  assert.match(warnings[0]!, /not valid JSON.*kept as workspace\.json\.corrupt-.*read-only/);
  const imported = await cli('import', join(dir, 'src.txt'), '--workspace', ws);
  assert.equal(imported.code, 1);
  assert.match(imported.err, /read-only because its workspace\.json could not be used/);
  assert.equal(existsSync(join(ws, 'workspace.json')), false, 'no defaults were written');
});

test('import prints how many invalid byte sequences were replaced and where the first was', async () => {
  const dir = await tempDir();
  const text = 'كشفت صحيفة وول ستريت جورنال عن مباحثات سرية بين روسيا وأمريكا حول حرب أوكرانيا.';
  const good = Buffer.from(text);
  await writeFile(
    join(dir, 'damaged.txt'),
    Buffer.concat([good.subarray(0, 8), Buffer.from([0xff]), good.subarray(8)]),
  );
  const run = await cli('import', join(dir, 'damaged.txt'), '--create', '--workspace', join(dir, 'ws'));
  assert.equal(run.code, 0, run.err);
  assert.match(run.out, /1 invalid byte sequence replaced with U\+FFFD, the first at byte 8: try another --encoding/);
});
