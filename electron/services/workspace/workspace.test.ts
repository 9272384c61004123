import assert from 'node:assert/strict';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { createClaimAnnotation } from '../../../shared/annotations/claim.ts';
import { sourceIri } from '../../../shared/annotations/model.ts';
import type { WorkbenchError } from '../../../shared/errors.ts';
import { tempDir } from '../../../tests/support/temp.ts';
import { newTextSource } from '../../../tests/support/new-source.ts';
import { Workspace } from './workspace.ts';

const TEXT = 'أجري الاختبار في 14 يوليو 2011 (u-2).\nسطر ثانٍ.';

const newSource = (text = TEXT) => newTextSource(text, 'اختبار');

function claim(id: string, sourceId: string) {
  return createClaimAnnotation({
    id,
    sourceIri: sourceIri(sourceId),
    text: TEXT,
    start: TEXT.indexOf('14 يوليو 2011'),
    end: TEXT.indexOf('14 يوليو 2011') + '14 يوليو 2011'.length,
    tags: ['likely-typo'],
    now: '2026-11-22T10:00:00.000Z',
  });
}

async function workspaceWithSource() {
  const root = join(await tempDir(), 'ws');
  const ws = await Workspace.open(root, { create: true, name: 'بحث' });
  const meta = await ws.addSource(newSource());
  return { root, ws, meta };
}

test('a new workspace is a plain folder with default tags', async () => {
  const root = join(await tempDir(), 'new');
  const ws = await Workspace.open(root, { create: true, name: 'بحث' });
  assert.deepEqual((await readdir(root)).sort(), ['annotations', 'sources', 'workspace.json']);
  const file = JSON.parse(await readFile(join(root, 'workspace.json'), 'utf8'));
  assert.equal(file.schemaVersion, 1);
  assert.equal(file.name, 'بحث');
  assert.deepEqual(
    file.tags.map((t: { id: string }) => t.id),
    ['sourced', 'disputed', 'likely-typo'],
  );
  assert.deepEqual(ws.listProblems(), []);
});

test('opening a folder that is not a workspace without create fails clearly', async () => {
  const root = await tempDir();
  await assert.rejects(
    Workspace.open(root),
    (e: WorkbenchError) => e.code === 'not-found' && e.message.includes('workspace.json'),
  );
  await assert.rejects(Workspace.open(join(root, 'missing')), (e: WorkbenchError) => e.code === 'not-found');
});

test('a source is stored with its original bytes, text and metadata, and reopens', async () => {
  const { root, ws, meta } = await workspaceWithSource();
  assert.match(meta.id, /^[0-9a-f]{10}$/);
  assert.equal(meta.textLength, TEXT.length);
  const dir = join(root, 'sources', meta.id);
  assert.deepEqual((await readdir(dir)).sort(), ['meta.json', 'original.txt', 'text.txt']);
  assert.equal(await readFile(join(dir, 'text.txt'), 'utf8'), TEXT);
  assert.equal(await ws.readText(meta.id), TEXT);
  const again = await Workspace.open(root);
  assert.deepEqual(again.listSources(), [meta]);
  assert.deepEqual(await readdir(join(root, 'sources')), [meta.id], 'no staging folder is left behind');
});

test('annotations round-trip through the annotation file', async () => {
  const { root, ws, meta } = await workspaceWithSource();
  const a = claim('urn:uuid:11111111-1111-4111-8111-111111111111', meta.id);
  await ws.writeAnnotations(meta.id, [a]);
  const stored = JSON.parse(await readFile(join(root, 'annotations', `${meta.id}.json`), 'utf8'));
  assert.equal(stored.type, 'AnnotationCollection');
  assert.equal(stored.schemaVersion, 1);
  assert.equal(stored.first.items[0].target.selector[0].exact, '14 يوليو 2011');
  const reopened = await Workspace.open(root);
  assert.deepEqual(await reopened.readAnnotations(meta.id), [a]);
});

test('concurrent saves of one source land in call order', async () => {
  const { ws, meta } = await workspaceWithSource();
  const a = claim('urn:uuid:11111111-1111-4111-8111-111111111111', meta.id);
  const b = claim('urn:uuid:22222222-2222-4222-8222-222222222222', meta.id);
  await Promise.all([
    ws.writeAnnotations(meta.id, [a]),
    ws.writeAnnotations(meta.id, [a, b]),
    ws.writeAnnotations(meta.id, [b]),
  ]);
  assert.deepEqual(
    (await ws.readAnnotations(meta.id)).map((x) => x.id),
    [b.id],
  );
});

test('a corrupt annotation file is kept aside byte for byte, reported, and the rest opens', async () => {
  const { root, ws, meta } = await workspaceWithSource();
  const other = await ws.addSource(newSource('نص آخر'));
  const good = claim('urn:uuid:11111111-1111-4111-8111-111111111111', other.id);
  await ws.writeAnnotations(other.id, [{ ...good, target: { ...good.target, source: sourceIri(other.id) } }]);
  const corrupt = '{"type": "AnnotationCollection", "first": {"items": [ {"id": ';
  await writeFile(join(root, 'annotations', `${meta.id}.json`), corrupt);

  const reopened = await Workspace.open(root);
  const problems = reopened.listProblems();
  assert.equal(problems.length, 1);
  assert.equal(problems[0]!.kind, 'corrupt');
  assert.equal(problems[0]!.file, `annotations/${meta.id}.json`);
  assert.match(problems[0]!.message, /not valid JSON/);
  assert.equal(await readFile(join(root, problems[0]!.keptAs!), 'utf8'), corrupt, 'kept untouched');
  assert.equal(reopened.listSources().length, 2, 'the rest of the workspace opens');
  assert.equal((await reopened.readAnnotations(other.id)).length, 1);
  assert.deepEqual(await reopened.readAnnotations(meta.id), [], 'the source itself still opens');

  const third = await Workspace.open(root);
  assert.ok(
    third.listProblems().some((p) => p.kind === 'corrupt' && p.file === problems[0]!.keptAs),
    'still reported later',
  );
});

test('an annotation file that fails validation is treated as corrupt', async () => {
  const { root, meta } = await workspaceWithSource();
  const invalid = JSON.stringify([
    {
      id: 'x',
      type: 'Annotation',
      target: { source: 's', selector: [{ type: 'TextPositionSelector', start: 9, end: 3 }] },
    },
  ]);
  await writeFile(join(root, 'annotations', `${meta.id}.json`), invalid);
  const reopened = await Workspace.open(root);
  const [problem] = reopened.listProblems();
  assert.equal(problem?.kind, 'corrupt');
  assert.equal(await readFile(join(root, problem!.keptAs!), 'utf8'), invalid);
});

test('a newer-version annotation file is left in place untouched, reported, and never overwritten', async () => {
  const { root, meta } = await workspaceWithSource();
  const path = join(root, 'annotations', `${meta.id}.json`);
  const newer = JSON.stringify({
    type: 'AnnotationCollection',
    schemaVersion: 99,
    first: { type: 'AnnotationPage', items: [] },
  });
  await writeFile(path, newer);
  const reopened = await Workspace.open(root);
  const [problem] = reopened.listProblems();
  assert.equal(problem?.kind, 'newer-version');
  assert.match(problem!.message, /99/);
  await assert.rejects(reopened.readAnnotations(meta.id), (e: WorkbenchError) => e.code === 'file-newer-version');
  await assert.rejects(
    reopened.writeAnnotations(meta.id, [claim('urn:uuid:11111111-1111-4111-8111-111111111111', meta.id)]),
    (e: WorkbenchError) => e.code === 'file-newer-version',
  );
  assert.equal(await readFile(path, 'utf8'), newer);
  assert.deepEqual(await readdir(join(root, 'annotations')), [`${meta.id}.json`]);
});

test('a newer workspace.json refuses to open and is not touched', async () => {
  const root = await tempDir();
  const newer = JSON.stringify({ schemaVersion: 7, name: 'future', createdAt: 'x', tags: [] });
  await writeFile(join(root, 'workspace.json'), newer);
  await assert.rejects(Workspace.open(root, { create: true }), (e: WorkbenchError) => e.code === 'file-newer-version');
  assert.equal(await readFile(join(root, 'workspace.json'), 'utf8'), newer);
});

test('a corrupt workspace.json is kept aside, never replaced by defaults; sources stay', async () => {
  const { root, meta } = await workspaceWithSource();
  await writeFile(join(root, 'workspace.json'), 'not json');
  const reopened = await Workspace.open(root, { create: true });
  const [problem] = reopened.listProblems();
  assert.equal(problem?.file, 'workspace.json');
  assert.equal(await readFile(join(root, problem!.keptAs!), 'utf8'), 'not json');
  assert.ok(!(await readdir(root)).includes('workspace.json'), 'no defaults were written over it');
  assert.deepEqual(
    reopened.listSources().map((s) => s.id),
    [meta.id],
  );
});

test('a corrupt source meta.json hides that source, is reported and kept', async () => {
  const { root, ws, meta } = await workspaceWithSource();
  const other = await ws.addSource(newSource('نص آخر'));
  await writeFile(join(root, 'sources', meta.id, 'meta.json'), '{');
  const reopened = await Workspace.open(root);
  assert.deepEqual(
    reopened.listSources().map((s) => s.id),
    [other.id],
  );
  assert.equal(reopened.listProblems()[0]?.file, `sources/${meta.id}/meta.json`);
  assert.equal(await readFile(join(root, 'sources', meta.id, 'meta.json'), 'utf8'), '{');
});

test('a crashed import (staging folder) is cleaned up on open and never listed', async () => {
  const { root, meta } = await workspaceWithSource();
  await mkdir(join(root, 'sources', '.import-deadbeef00'));
  await writeFile(join(root, 'sources', '.import-deadbeef00', 'text.txt'), 'half');
  const reopened = await Workspace.open(root);
  assert.deepEqual(
    reopened.listSources().map((s) => s.id),
    [meta.id],
  );
  assert.deepEqual(await readdir(join(root, 'sources')), [meta.id]);
});

test('unknown source ids are a clear not-found', async () => {
  const { ws } = await workspaceWithSource();
  await assert.rejects(
    ws.readText('0000000000'),
    (e: WorkbenchError) => e.code === 'not-found' && e.message.includes('0000000000'),
  );
});

test('renaming names the revision read: another process renaming meanwhile answers conflict, nothing lost', async () => {
  const root = join(await tempDir(), 'ws');
  const mine = await Workspace.open(root, { create: true, name: 'أول' });
  const other = await Workspace.open(root);
  const read = mine.revision;
  await other.rename('اسم من نافذة أخرى', other.revision);
  await assert.rejects(mine.rename('اسمي', read), (error: WorkbenchError) => error.code === 'conflict');
  assert.equal(JSON.parse(await readFile(join(root, 'workspace.json'), 'utf8')).name, 'اسم من نافذة أخرى');
  await mine.rename('اسمي', mine.revision);
  assert.equal((await Workspace.open(root)).name, 'اسمي');
});
