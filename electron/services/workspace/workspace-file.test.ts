// A corrupt workspace.json: kept aside, the workspace open read-only (every write refused, saying why), and
// restored in one step once a good file is there again.
import assert from 'node:assert/strict';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import type { WorkbenchError } from '../../../shared/errors.ts';
import { tempDir } from '../../../tests/support/temp.ts';
import { newTextSource } from '../../../tests/support/new-source.ts';
import { Workspace } from './workspace.ts';

const TAGS = [{ id: 'mine', label: { ar: 'وسمي', en: 'Mine' }, color: '#123456' }];

const newSource = (text: string) => newTextSource(text);

async function corruptedWorkspace() {
  const root = join(await tempDir(), 'ws');
  const ws = await Workspace.open(root, { create: true, name: 'بحثي' });
  const meta = await ws.addSource(newSource('نص'));
  await ws.saveTags(TAGS);
  const good = await readFile(join(root, 'workspace.json'), 'utf8');
  // A sync client's half write: the first 40 bytes.
  await writeFile(join(root, 'workspace.json'), good.slice(0, 40));
  return { root, id: meta.id, good };
}

const readOnlyError = (e: WorkbenchError) =>
  e.code === 'file-corrupt' && e.message.includes('read-only') && e.message.includes('workspace.json.corrupt-');

test('a corrupt workspace.json opens read-only: reported with how to recover, every write refused, nothing written', async () => {
  const { root, id } = await corruptedWorkspace();
  const ws = await Workspace.open(root, { create: true });
  const [problem] = ws.listProblems();
  assert.equal(problem?.file, 'workspace.json');
  assert.match(problem!.keptAs!, /^workspace\.json\.corrupt-/);
  assert.match(problem!.message, /nothing was written over it.*read-only.*fix workspace\.json\.corrupt-.*Restore/);
  assert.ok(ws.readOnly);
  assert.deepEqual(
    ws.listSources().map((s) => s.id),
    [id],
    'sources are still readable',
  );
  const before = (await readdir(root)).sort();
  await assert.rejects(ws.saveTags(TAGS), readOnlyError);
  await assert.rejects(ws.saveAliases([['a', 'b']]), readOnlyError);
  await assert.rejects(ws.addSource(newSource('آخر')), readOnlyError);
  await assert.rejects(ws.writeAnnotations(id, []), readOnlyError);
  await assert.rejects(ws.updateMeta(id, { title: 'x' }), readOnlyError);
  await assert.rejects(ws.updateReview(id, { dismissed: ['k'] }), readOnlyError);
  assert.deepEqual((await readdir(root)).sort(), before, 'no file was written');

  // Opening again (the app restarted, `workbench list`) stays read-only and writes no defaults either.
  const again = await Workspace.open(root, { create: true });
  assert.ok(again.readOnly);
  assert.equal(again.listProblems()[0]?.keptAs, problem!.keptAs);
  assert.ok(!(await readdir(root)).includes('workspace.json'));
});

test('restore refuses a kept copy that is still corrupt, then restores it once fixed, writable again', async () => {
  const { root, good } = await corruptedWorkspace();
  const ws = await Workspace.open(root);
  const keptAs = ws.listProblems()[0]!.keptAs!;
  await assert.rejects(
    ws.restoreWorkspaceFile(keptAs),
    (e: WorkbenchError) => e.code === 'file-corrupt' && e.message.includes(`${keptAs} is still not a valid`),
  );
  assert.ok(ws.readOnly, 'still read-only');
  await assert.rejects(
    ws.restoreWorkspaceFile('../outside.json'),
    (e: WorkbenchError) => e.code === 'invalid-argument',
  );

  await writeFile(join(root, keptAs), good); // fixed by hand
  await ws.restoreWorkspaceFile(keptAs);
  assert.equal(ws.readOnly, undefined);
  assert.deepEqual(ws.listProblems(), []);
  assert.deepEqual(ws.tags, TAGS, 'the custom tags are back');
  assert.equal(await readFile(join(root, 'workspace.json'), 'utf8'), good);
  assert.ok(!(await readdir(root)).includes(keptAs), 'the kept copy became workspace.json');
  await ws.saveAliases([['كندي', 'كينيدي']]);
  assert.deepEqual((await Workspace.open(root)).aliases, [['كندي', 'كينيدي']]);
});

test('restore takes a good workspace.json put back in place (a sync client finished its write)', async () => {
  const { root, good } = await corruptedWorkspace();
  const ws = await Workspace.open(root);
  await writeFile(join(root, 'workspace.json'), good);
  await ws.restoreWorkspaceFile();
  assert.equal(ws.readOnly, undefined);
  assert.equal(ws.name, 'بحثي');
  await ws.saveTags(TAGS);
});
