// Opening, making and switching workspaces through the service, on real folders: calls follow the open
// workspace, a call naming a source of the one open before still lands there, bad folders are refused before
// anything is written, and the app reopens the workspace opened last.

import assert from 'node:assert/strict';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { createClaimAnnotation } from '../../shared/annotations/claim.ts';
import { sourceIri } from '../../shared/annotations/model.ts';
import { tempDir } from '../../tests/support/temp.ts';
import { openWorkbench } from './app-context.ts';
import { MemorySettingsStore } from './settings/settings-store.ts';

const base64 = (text: string) => Buffer.from(text).toString('base64');

async function twoWorkspaces() {
  const dir = await tempDir();
  const settings = new MemorySettingsStore();
  const first = join(dir, 'first');
  const second = join(dir, 'second');
  const chosen: string[] = [];
  const { service } = await openWorkbench({
    workspaceDir: first,
    userDataDir: dir,
    settings,
    chooseFolder: async () => chosen.shift() ?? null,
  });
  const inFirst = await service.importSource({ fileName: 'a.txt', dataBase64: base64('نص في الأولى.') });
  return { dir, settings, service, first, second, inFirst, chosen };
}

test('a new workspace is made and opened; calls follow it; the recent list names both', async () => {
  const { service, first, second, inFirst } = await twoWorkspaces();
  assert.deepEqual(await service.openWorkspace({ root: second, create: true }), { cancelled: false, root: second });
  const view = await service.getWorkspace({});
  assert.equal(view.root, second);
  assert.equal(view.name, 'second', 'named after its folder');
  assert.deepEqual(view.sources, []);
  const inSecond = await service.importSource({ fileName: 'b.txt', dataBase64: base64('نص في الثانية.') });
  assert.deepEqual(await readdir(join(second, 'sources')), [inSecond.id]);
  assert.deepEqual(await readdir(join(first, 'sources')), [inFirst.id]);
  const list = await service.listWorkspaces({});
  assert.equal(list.current, second);
  assert.deepEqual(list.recent, [
    { root: second, name: 'second' },
    { root: first, name: 'first' },
  ]);
  assert.equal(list.canChooseFolder, true);

  await service.openWorkspace({ root: first });
  assert.deepEqual(
    (await service.getWorkspace({})).sources.map((s) => s.id),
    [inFirst.id],
  );
});

test('a window still on the workspace open before saves its claims there, not in the new one', async () => {
  const { service, first, second, inFirst } = await twoWorkspaces();
  const { text } = await service.getSource({ sourceId: inFirst.id });
  await service.openWorkspace({ root: second, create: true });
  const claim = createClaimAnnotation({
    id: 'c1',
    sourceIri: sourceIri(inFirst.id),
    text,
    start: 0,
    end: 2,
    tags: ['sourced'],
    now: '2026-01-01T00:00:00.000Z',
  });
  await service.saveAnnotations({ sourceId: inFirst.id, annotations: [claim], baseRevision: 'absent' });
  const stored = JSON.parse(await readFile(join(first, 'annotations', `${inFirst.id}.json`), 'utf8'));
  assert.equal(JSON.stringify(stored).includes('"c1"'), true);
  assert.deepEqual(await readdir(join(second, 'annotations')).catch(() => []), [], 'nothing in the new one');
  assert.equal((await service.getSource({ sourceId: inFirst.id })).text, text);
  assert.equal((await service.getWorkspace({})).root, second, 'the open workspace is still the new one');
});

test('folders that cannot be the workspace asked for are refused, and nothing is written', async () => {
  const { dir, service, first } = await twoWorkspaces();
  const plain = join(dir, 'papers');
  await mkdir(plain);
  await writeFile(join(plain, 'notes.txt'), 'not a workspace');
  await assert.rejects(service.openWorkspace({ root: 'relative/folder' }), { code: 'invalid-argument' });
  await assert.rejects(service.openWorkspace({ root: plain }), { code: 'not-found', message: /no workspace.json/ });
  await assert.rejects(service.openWorkspace({ root: plain, create: true }), {
    code: 'invalid-argument',
    message: /already holds other files/,
  });
  await assert.rejects(service.openWorkspace({ root: join(plain, 'notes.txt') }), {
    code: 'invalid-argument',
    message: /is a file/,
  });
  const missing = join(dir, 'typo-in-the-name');
  await assert.rejects(service.openWorkspace({ root: missing }), { code: 'not-found' });
  assert.deepEqual(await readdir(plain), ['notes.txt']);
  assert.deepEqual((await readdir(dir)).sort(), ['first', 'papers'].sort());
  assert.equal((await service.getWorkspace({})).root, first);
});

test('the folder chooser: cancelled changes nothing; a chosen folder opens; none without a chooser', async () => {
  const { dir, service, first, second, chosen } = await twoWorkspaces();
  assert.deepEqual(await service.openWorkspace({}), { cancelled: true, root: first });
  chosen.push(second);
  assert.deepEqual(await service.openWorkspace({ create: true }), { cancelled: false, root: second });

  const other = await openWorkbench({
    workspaceDir: join(dir, 'x'),
    userDataDir: dir,
    settings: new MemorySettingsStore(),
  });
  assert.equal((await other.service.listWorkspaces({})).canChooseFolder, false);
  await assert.rejects(other.service.openWorkspace({}), { code: 'invalid-argument', message: /no folder chooser/ });
});

test('the app reopens the workspace opened last, or the default one when that is gone', async () => {
  const { dir, settings, service, first, second } = await twoWorkspaces();
  await service.openWorkspace({ root: second, create: true });
  await service.openWorkspace({ root: first });
  const back = await openWorkbench({ userDataDir: dir, settings, reopenLast: true });
  assert.equal((await back.service.getWorkspace({})).root, first, 'switching back counts as using it');
  await service.openWorkspace({ root: second });
  const again = await openWorkbench({ userDataDir: dir, settings, reopenLast: true });
  assert.equal((await again.service.getWorkspace({})).root, second);
  await rm(second, { recursive: true });
  const fallback = await openWorkbench({ userDataDir: dir, settings, reopenLast: true });
  assert.equal((await fallback.service.getWorkspace({})).root, join(dir, 'Workspace'));
  const names = (await fallback.service.listWorkspaces({})).recent;
  assert.deepEqual(
    names.find((r) => r.root === second),
    { root: second, name: null },
    'a recent workspace that is gone has no name',
  );
});
