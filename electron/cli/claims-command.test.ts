// `workbench claims` on a real temp workspace: sources imported by the CLI, claims saved through the service;
// plain lines, --json, --tag by id and by label, an unknown tag, a missing --workspace, a corrupt file.

import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import type { WorkspaceClaim } from '../../shared/api/contract.ts';
import { createClaimAnnotation, withClaimFields } from '../../shared/annotations/claim.ts';
import { sourceIri } from '../../shared/annotations/model.ts';
import { tempDir } from '../../tests/support/temp.ts';
import { openWorkbench } from '../services/app-context.ts';
import { MemorySettingsStore } from '../services/settings/settings-store.ts';
import { runCliCaptured as cli } from './run-captured.ts';

const NEWS = 'أعلنت الوزارة افتتاح مستشفى جديد\nفي 14 يوليو 2011.\n';
const BLOG = 'نقلت المدونة أن المستشفى سيستقبل المرضى.\n';

function claim(sourceId: string, text: string, id: string, quote: string, tags: string[]) {
  const start = text.indexOf(quote);
  const now = '2026-01-01T00:00:00.000Z';
  return createClaimAnnotation({
    id,
    sourceIri: sourceIri(sourceId),
    text,
    start,
    end: start + quote.length,
    tags,
    now,
  });
}

async function workspace() {
  const dir = await tempDir();
  const root = join(dir, 'ws');
  await writeFile(join(dir, 'news.txt'), NEWS);
  await writeFile(join(dir, 'blog.txt'), BLOG);
  const imported = await cli(
    'import',
    join(dir, 'news.txt'),
    join(dir, 'blog.txt'),
    '--create',
    '--workspace',
    root,
    '--json',
  );
  assert.equal(imported.code, 0, imported.err);
  const [news, blog] = (JSON.parse(imported.out) as { id: string }[]).map((m) => m.id) as [string, string];
  const { service } = await openWorkbench({
    workspaceDir: root,
    userDataDir: dir,
    settings: new MemorySettingsStore(),
  });
  const typo = claim(news, NEWS, 'typo', '14 يوليو 2011', ['likely-typo']);
  const note = { note: 'السطر الأول\nوالثاني', correction: '2001' };
  await service.saveAnnotations({
    sourceId: news,
    annotations: [withClaimFields(typo, note, '2026-01-02T00:00:00Z')],
    baseRevision: 'absent',
  });
  await service.saveAnnotations({
    baseRevision: 'absent',
    sourceId: blog,
    annotations: [claim(blog, BLOG, 'patients', 'سيستقبل المرضى', ['disputed'])],
  });
  return { root, news, blog };
}

test('claims prints one line per claim of every source; --json gives the service rows', async () => {
  const { root, news, blog } = await workspace();
  const plain = await cli('claims', '--workspace', root);
  assert.equal(plain.code, 0, plain.err);
  assert.deepEqual(plain.out.split('\n'), [
    `${news}  news  -  likely-typo  correction  «14 يوليو 2011»  السطر الأول والثاني`,
    `${blog}  blog  -  disputed  -  «سيستقبل المرضى»`,
  ]);
  const json = await cli('claims', '--workspace', root, '--json');
  assert.equal(json.code, 0, json.err);
  const rows = JSON.parse(json.out) as WorkspaceClaim[];
  assert.deepEqual(
    rows.map((r) => [r.sourceId, r.id, r.quote, r.hasCorrection]),
    [
      [news, 'typo', '14 يوليو 2011', true],
      [blog, 'patients', 'سيستقبل المرضى', false],
    ],
  );
});

test('claims --tag takes a tag id or a label in either language; an unknown tag names the known ones', async () => {
  const { root } = await workspace();
  for (const tag of ['disputed', 'Disputed', 'محلّ خلاف']) {
    const result = await cli('claims', '--workspace', root, '--tag', tag, '--json');
    assert.equal(result.code, 0, result.err);
    assert.deepEqual(
      (JSON.parse(result.out) as WorkspaceClaim[]).map((r) => r.id),
      ['patients'],
      tag,
    );
  }
  const unknown = await cli('claims', '--workspace', root, '--tag', 'nope');
  assert.equal(unknown.code, 1);
  assert.match(unknown.err, /no tag "nope" in this workspace\. Its tags: sourced \(Sourced, موثّق\)/);
});

test('claims without --workspace is a usage error; a corrupt file is named and the rest still printed', async () => {
  const usage = await cli('claims');
  assert.equal(usage.code, 2);
  assert.match(usage.err, /"claims" needs --workspace/);
  const { root, news, blog } = await workspace();
  await writeFile(join(root, 'annotations', `${news}.json`), '{ not json');
  const result = await cli('claims', '--workspace', root);
  assert.equal(result.code, 1);
  assert.match(result.err, new RegExp(`warning: annotations/${news}\\.json.*corrupt`));
  assert.equal(result.out, `${blog}  blog  -  disputed  -  «سيستقبل المرضى»`);
});
