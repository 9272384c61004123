// `workbench delete | trash | restore` on a real temp workspace: a source imported by the CLI with a claim saved
// through the service, deleted, listed in the trash (plain and --json), restored byte for byte; bad ids.

import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { createClaimAnnotation } from '../../shared/annotations/claim.ts';
import { sourceIri } from '../../shared/annotations/model.ts';
import { tempDir } from '../../tests/support/temp.ts';
import { openWorkbench } from '../services/app-context.ts';
import { MemorySettingsStore } from '../services/settings/settings-store.ts';
import { runCliCaptured as cli } from './run-captured.ts';

const NEWS = 'أعلنت الوزارة افتتاح مستشفى جديد\nفي 14 يوليو 2011.\n';

test('delete, trash and restore from the command line', async () => {
  const dir = await tempDir();
  const root = join(dir, 'ws');
  await writeFile(join(dir, 'news.txt'), NEWS);
  const imported = await cli('import', join(dir, 'news.txt'), '--create', '--workspace', root, '--json');
  assert.equal(imported.code, 0, imported.err);
  const id = (JSON.parse(imported.out) as { id: string }[])[0]!.id;
  const { service } = await openWorkbench({
    workspaceDir: root,
    userDataDir: dir,
    settings: new MemorySettingsStore(),
  });
  const start = NEWS.indexOf('مستشفى');
  const claim = createClaimAnnotation({
    id: 'c',
    sourceIri: sourceIri(id),
    text: NEWS,
    start,
    end: start + 6,
    tags: ['sourced'],
    now: '2026-01-01T00:00:00.000Z',
  });
  await service.saveAnnotations({ sourceId: id, annotations: [claim], baseRevision: 'absent' });
  const annotationPath = join(root, 'annotations', `${id}.json`);
  const before = await readFile(annotationPath);

  const deleted = await cli('delete', '--workspace', root, '--source', id);
  assert.equal(deleted.code, 0, deleted.err);
  assert.match(deleted.out, new RegExp(`moved ${id}  news  \\(1 claims\\) to the trash`));
  assert.equal((await cli('list', '--workspace', root)).out, '');
  const listed = await cli('trash', '--workspace', root, '--json');
  assert.deepEqual(
    (JSON.parse(listed.out) as { id: string; title: string; claims: number }[]).map((e) => [e.id, e.title, e.claims]),
    [[id, 'news', 1]],
  );
  assert.match((await cli('trash', '--workspace', root)).out, new RegExp(`^${id}  news  deleted \\d{4}-.*  1 claims$`));
  const again = await cli('delete', '--workspace', root, '--source', id);
  assert.equal(again.code, 1);
  assert.match(again.err, /was deleted \(it is in the workspace's trash\)/);

  const restored = await cli('restore', '--workspace', root, '--source', id);
  assert.equal(restored.code, 0, restored.err);
  assert.equal(restored.out, `restored ${id}  news`);
  assert.deepEqual(await readFile(annotationPath), before);
  assert.match((await cli('list', '--workspace', root)).out, new RegExp(`^${id}  news`));
  assert.equal((await cli('trash', '--workspace', root)).out, '');
});

test('bad or missing ids are usage errors; an id not in the trash is a failure', async () => {
  const dir = await tempDir();
  const root = join(dir, 'ws');
  await writeFile(join(dir, 'news.txt'), NEWS);
  await cli('import', join(dir, 'news.txt'), '--create', '--workspace', root);
  const missing = await cli('delete', '--workspace', root);
  assert.equal(missing.code, 2);
  assert.match(missing.err, /"delete" needs --source/);
  const traversal = await cli('restore', '--workspace', root, '--source', '../sources');
  assert.equal(traversal.code, 2);
  assert.match(traversal.err, /"..\/sources" is not a source id/);
  const unknown = await cli('restore', '--workspace', root, '--source', '0123456789');
  assert.equal(unknown.code, 1);
  assert.match(unknown.err, /No deleted source with id "0123456789"/);
});
