// listClaims through the service on a real workspace folder: three sources, claims with tags, a citation, a
// correction, one orphaned by a real text correction, a dated source; a tag filter; a corrupt annotation file
// named while the other sources are still listed.

import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import type { WorkbenchApi } from '../../shared/api/contract.ts';
import { createClaimAnnotation, withClaimFields } from '../../shared/annotations/claim.ts';
import { sourceIri } from '../../shared/annotations/model.ts';
import { tempDir } from '../../tests/support/temp.ts';
import { openWorkbench } from './app-context.ts';
import { MemorySettingsStore } from './settings/settings-store.ts';

const NOW = '2026-01-01T00:00:00.000Z';
const NEWS = 'أعلنت الوزارة افتتاح مستشفى جديد.\nوقال الوزير إن الافتتاح في 14 يوليو 2011.\nفقرة ستحذف كلها.\n';
const BLOG = 'نقلت المدونة أن المستشفى سيستقبل المرضى.\n';
const EMPTY = 'نص بلا ادعاءات.\n';

async function workbench() {
  const dir = await tempDir();
  const root = join(dir, 'ws');
  const opened = await openWorkbench({ workspaceDir: root, userDataDir: dir, settings: new MemorySettingsStore() });
  return { ...opened, root };
}

async function importText(service: WorkbenchApi, fileName: string, text: string) {
  return (await service.importSource({ fileName, dataBase64: Buffer.from(text).toString('base64') })).id;
}

function claim(sourceId: string, text: string, id: string, quote: string, tags: string[]) {
  const start = text.indexOf(quote);
  assert.ok(start >= 0, quote);
  return createClaimAnnotation({
    id,
    sourceIri: sourceIri(sourceId),
    text,
    start,
    end: start + quote.length,
    tags,
    now: NOW,
  });
}

async function threeSources() {
  const wb = await workbench();
  const { service } = wb;
  const news = await importText(service, 'news.txt', NEWS);
  const blog = await importText(service, 'blog.txt', BLOG);
  const empty = await importText(service, 'empty.txt', EMPTY);
  const typo = withClaimFields(
    claim(news, NEWS, 'typo', '14 يوليو 2011', ['likely-typo']),
    { correction: '2001' },
    NOW,
  );
  const opened = withClaimFields(
    claim(news, NEWS, 'opened', 'افتتاح مستشفى جديد', ['sourced']),
    { note: 'في بيان الوزارة', citations: [{ text: 'بيان الوزارة', url: 'https://example.org/a' }] },
    NOW,
  );
  const gone = claim(news, NEWS, 'gone', 'ستحذف كلها', ['disputed']);
  // Saved out of text order: the listing puts them in text order.
  await service.saveAnnotations({ sourceId: news, annotations: [typo, gone, opened], baseRevision: 'absent' });
  await service.saveAnnotations({
    baseRevision: 'absent',
    sourceId: blog,
    annotations: [claim(blog, BLOG, 'patients', 'سيستقبل المرضى', ['disputed', 'sourced'])],
  });
  // A real correction orphans "gone": its paragraph is deleted.
  await service.editSourceText({ sourceId: news, baseRevision: 0, text: NEWS.replace('فقرة ستحذف كلها.\n', '') });
  await service.setProvenance({ sourceId: blog, fields: { publishedAt: '2011-07-15' } });
  return { ...wb, news, blog, empty };
}

test('listClaims: every claim of the workspace with its source, tags, quote, note and flags', async () => {
  const { service, news, blog } = await threeSources();
  const { claims, unreadable } = await service.listClaims({});
  assert.deepEqual(unreadable, []);
  assert.deepEqual(
    claims.map((c) => [c.sourceId, c.id]),
    [
      [news, 'opened'],
      [news, 'typo'],
      [news, 'gone'],
      [blog, 'patients'],
    ],
    'source order, then text order (the orphan at its old place)',
  );
  const [opened, typo, gone, patients] = claims as [
    (typeof claims)[0],
    (typeof claims)[0],
    (typeof claims)[0],
    (typeof claims)[0],
  ];
  assert.equal(opened.sourceTitle, 'news');
  assert.deepEqual(opened.tags, ['sourced']);
  assert.equal(opened.quote, 'افتتاح مستشفى جديد');
  assert.equal(opened.note, 'في بيان الوزارة');
  assert.deepEqual([opened.hasCitation, opened.hasCorrection, opened.orphaned], [true, false, false]);
  assert.equal(NEWS.slice(opened.start, opened.end), opened.quote);
  assert.deepEqual([typo.hasCitation, typo.hasCorrection, typo.orphaned], [false, true, false]);
  assert.deepEqual([gone.orphaned, gone.quote], [true, 'ستحذف كلها']);
  assert.deepEqual(patients.tags, ['disputed', 'sourced']);
  assert.equal(patients.sourceDate, '2011-07-15', "the researcher's publication date");
  assert.equal(opened.sourceDate, '', 'no date in the news text');
});

test('listClaims with a tag lists only the claims carrying it, in every source', async () => {
  const { service, news, blog } = await threeSources();
  const { claims } = await service.listClaims({ tag: 'disputed' });
  assert.deepEqual(
    claims.map((c) => [c.sourceId, c.id]),
    [
      [news, 'gone'],
      [blog, 'patients'],
    ],
  );
  assert.deepEqual((await service.listClaims({ tag: 'no-such-tag' })).claims, []);
});

test('listClaims names a source whose annotation file is corrupt and still lists the others', async () => {
  const { service, root, news, blog } = await threeSources();
  await writeFile(join(root, 'annotations', `${news}.json`), '{ not json');
  const { claims, unreadable } = await service.listClaims({});
  assert.deepEqual(
    claims.map((c) => c.id),
    ['patients'],
  );
  assert.equal(unreadable.length, 1);
  assert.equal(unreadable[0]!.sourceId, news);
  assert.equal(unreadable[0]!.code, 'file-corrupt');
  assert.match(unreadable[0]!.message, new RegExp(`annotations/${news}\\.json`));
  assert.equal(claims[0]!.sourceId, blog);
});

test('retagClaims sets the tags of claims in several sources; an unknown claim changes nothing', async () => {
  const { service, news, blog } = await threeSources();
  const before = await service.getAnnotations({ sourceId: news });
  await assert.rejects(
    service.retagClaims({
      changes: [
        { sourceId: news, claimId: 'opened', tags: ['disputed'] },
        { sourceId: blog, claimId: 'nope', tags: [] },
      ],
    }),
    /No claim nope/,
  );
  assert.deepEqual(await service.getAnnotations({ sourceId: news }), before, 'nothing written');
  const { changed } = await service.retagClaims({
    changes: [
      { sourceId: news, claimId: 'opened', tags: ['disputed'] },
      { sourceId: blog, claimId: 'patients', tags: [] },
    ],
  });
  assert.equal(changed, 2);
  const rows = new Map((await service.listClaims({})).claims.map((c) => [c.id, c]));
  assert.deepEqual(rows.get('opened')!.tags, ['disputed']);
  assert.equal(rows.get('opened')!.note, 'في بيان الوزارة', 'the note and citation are kept');
  assert.equal(rows.get('opened')!.hasCitation, true);
  assert.deepEqual(rows.get('patients')!.tags, []);
  assert.deepEqual(rows.get('typo')!.tags, ['likely-typo'], 'claims not named are untouched');
});
