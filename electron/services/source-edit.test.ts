// Correcting a source through the service, on a real workspace folder: text, history and claims on disk.

import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { readAppliedCorrection } from '../../shared/annotations/applied-correction.ts';
import { createClaimAnnotation, readClaim, withClaimFields } from '../../shared/annotations/claim.ts';
import { formerQuote, isOrphan, positionSelector, quoteSelector, sourceIri } from '../../shared/annotations/model.ts';
import { reattach } from '../../shared/anchoring/reanchor.ts';
import { tempDir } from '../../tests/support/temp.ts';
import { openWorkbench } from './app-context.ts';
import { MemorySettingsStore } from './settings/settings-store.ts';

const TEXT = 'الفقرة الأولى عن الاختبار.\nأجري الاختبار في 14 يوليو 2011 في ألاسكا.\nفقرة أخيرة ستُحذف كلها.\n';

async function workspaceWithClaims() {
  const dir = await tempDir();
  const { service, workspace } = await openWorkbench({
    workspaceDir: join(dir, 'ws'),
    userDataDir: dir,
    settings: new MemorySettingsStore(),
  });
  const meta = await service.importSource({ fileName: 'a.txt', dataBase64: Buffer.from(TEXT).toString('base64') });
  const claim = (id: string, quote: string, tag: string) => {
    const start = TEXT.indexOf(quote);
    return createClaimAnnotation({
      id,
      sourceIri: sourceIri(meta.id),
      text: TEXT,
      start,
      end: start + quote.length,
      tags: [tag],
      now: '2026-01-01T00:00:00.000Z',
    });
  };
  await service.saveAnnotations({
    sourceId: meta.id,
    baseRevision: 'absent',
    annotations: [claim('typo', '14 يوليو 2011', 'likely-typo'), claim('gone', 'ستُحذف كلها', 'disputed')],
  });
  return { service, workspace, meta, root: join(dir, 'ws') };
}

test('an edit elsewhere keeps claims, a deleted passage orphans its claim, and the edit is in the history', async () => {
  const { service, meta, root } = await workspaceWithClaims();
  const edited = `مقدمة جديدة.\n${TEXT.replace('فقرة أخيرة ستُحذف كلها.\n', '')}`;
  const result = await service.editSourceText({ sourceId: meta.id, baseRevision: 0, text: edited });
  assert.deepEqual(result.outcomes, [
    { id: 'typo', status: 'kept' },
    { id: 'gone', status: 'orphaned' },
  ]);
  assert.equal(result.meta.textRevision, 1);
  assert.equal(await readFile(join(root, 'sources', meta.id, 'text.txt'), 'utf8'), edited);
  const [typo, gone] = (await service.getAnnotations({ sourceId: meta.id })).annotations;
  const at = positionSelector(typo!)!;
  assert.equal(edited.slice(at.start, at.end), '14 يوليو 2011');
  assert.ok(isOrphan(gone!));
  assert.equal(quoteSelector(gone!)!.exact, 'ستُحذف كلها', 'an orphan keeps its quote');
  const history = JSON.parse(await readFile(join(root, 'sources', meta.id, 'history.json'), 'utf8'));
  assert.equal(history.revisions.length, 1);
  assert.equal(history.revisions[0].revision, 1);
  assert.ok(history.revisions[0].edits.length >= 2);
});

test('correcting the year inside a claim changes its quote and keeps the claim', async () => {
  const { service, meta } = await workspaceWithClaims();
  const result = await service.editSourceText({
    sourceId: meta.id,
    baseRevision: 0,
    text: TEXT.replace('2011', '2001'),
  });
  assert.equal(result.outcomes.find((o) => o.id === 'typo')!.status, 'changed');
  assert.equal(quoteSelector(result.annotations.find((a) => a.id === 'typo')!)!.exact, '14 يوليو 2001');
});

test('an edit based on an old revision is refused and changes nothing', async () => {
  const { service, meta, root } = await workspaceWithClaims();
  await service.editSourceText({ sourceId: meta.id, baseRevision: 0, text: `${TEXT}ذيل.\n` });
  await assert.rejects(service.editSourceText({ sourceId: meta.id, baseRevision: 0, text: 'نص آخر' }), {
    code: 'conflict',
  });
  assert.equal(await readFile(join(root, 'sources', meta.id, 'text.txt'), 'utf8'), `${TEXT}ذيل.\n`);
});

test('CR LF and decomposed letters from an editor are stored as LF and NFC', async () => {
  const { service, meta } = await workspaceWithClaims();
  const result = await service.editSourceText({
    sourceId: meta.id,
    baseRevision: 0,
    text: TEXT.replace(/\n/g, '\r\n').replace('آ', 'ا\u0653'),
  });
  assert.equal(result.text, TEXT);
  assert.deepEqual(
    result.outcomes.map((o) => o.status),
    ['kept', 'kept'],
  );
});

test('a corrupt history is kept aside, never overwritten', async () => {
  const { service, meta, root } = await workspaceWithClaims();
  await writeFile(join(root, 'sources', meta.id, 'history.json'), '{ broken');
  await service.editSourceText({ sourceId: meta.id, baseRevision: 0, text: `${TEXT}ذيل.\n` });
  const { readdir } = await import('node:fs/promises');
  const kept = (await readdir(join(root, 'sources', meta.id))).filter((n) => n.startsWith('history.json.corrupt-'));
  assert.equal(kept.length, 1);
  assert.equal(await readFile(join(root, 'sources', meta.id, kept[0]!), 'utf8'), '{ broken');
});

test('merging and deleting tags rewrites claims in every source; renaming touches none', async () => {
  const { service, meta } = await workspaceWithClaims();
  const view = await service.getWorkspace({});
  const [sourced, disputed, typo] = view.tags;
  const renamed = { ...sourced!, label: { ar: 'مُسنَد', en: 'Backed' }, color: '#000000' };
  await service.updateTags({
    tags: [renamed, disputed!, typo!],
    reassign: {},
    baseRevision: (await service.getWorkspace({})).revision,
  });
  assert.deepEqual(
    (await service.getAnnotations({ sourceId: meta.id })).annotations.map((a) => readClaim(a).tags),
    [['likely-typo'], ['disputed']],
  );
  const after = await service.updateTags({
    tags: [renamed, typo!],
    reassign: { disputed: 'sourced' },
    baseRevision: (await service.getWorkspace({})).revision,
  });
  assert.deepEqual(
    after.tags.map((t) => t.id),
    ['sourced', 'likely-typo'],
  );
  assert.deepEqual(
    (await service.getAnnotations({ sourceId: meta.id })).annotations.map((a) => readClaim(a).tags),
    [['likely-typo'], ['sourced']],
  );
  await service.updateTags({ tags: [renamed], reassign: {}, baseRevision: (await service.getWorkspace({})).revision });
  assert.deepEqual(
    (await service.getAnnotations({ sourceId: meta.id })).annotations.map((a) => readClaim(a).tags),
    [[], ['sourced']],
  );
  await assert.rejects(
    service.updateTags({
      tags: [renamed, renamed],
      reassign: {},
      baseRevision: (await service.getWorkspace({})).revision,
    }),
    { code: 'invalid-argument' },
  );
});

test('openExternal checks the URL; without a system browser it answers opened: false', async () => {
  const { service } = await workspaceWithClaims();
  assert.deepEqual(await service.openExternal({ url: 'https://example.org/' }), { opened: false });
  await assert.rejects(service.openExternal({ url: 'file:///etc/passwd' }), { code: 'invalid-argument' });
});

test('applying a correction replaces only the wrong year and records what it replaced; a second apply is refused', async () => {
  const { service, meta, root } = await workspaceWithClaims();
  const loaded = await service.getAnnotations({ sourceId: meta.id });
  const [typo, gone] = loaded.annotations;
  await service.saveAnnotations({
    sourceId: meta.id,
    baseRevision: loaded.revision,
    annotations: [withClaimFields(typo!, { correction: '2001', note: 'السياق' }, '2026-01-02T00:00:00.000Z'), gone!],
  });
  const result = await service.applyCorrection({ sourceId: meta.id, baseRevision: 0, claimId: 'typo' });
  assert.equal(result.meta.textRevision, 1);
  assert.equal(result.text, TEXT.replace('14 يوليو 2011', '14 يوليو 2001'));
  assert.equal(await readFile(join(root, 'sources', meta.id, 'text.txt'), 'utf8'), result.text);
  const [applied] = (await service.getAnnotations({ sourceId: meta.id })).annotations;
  assert.equal(quoteSelector(applied!)!.exact, '14 يوليو 2001', 'the target follows the text as it is now');
  assert.deepEqual(readAppliedCorrection(applied!), {
    original: '2011',
    correction: '2001',
    revision: 0,
    at: readAppliedCorrection(applied!)!.at,
  });
  assert.equal(readClaim(applied!).note, 'السياق', 'the rest of the claim is untouched');
  await assert.rejects(service.applyCorrection({ sourceId: meta.id, baseRevision: 1, claimId: 'typo' }), {
    code: 'conflict',
  });
  await assert.rejects(service.applyCorrection({ sourceId: meta.id, baseRevision: 0, claimId: 'typo' }), {
    code: 'conflict',
  });
  await assert.rejects(service.applyCorrection({ sourceId: meta.id, baseRevision: 1, claimId: 'nope' }), {
    code: 'not-found',
  });
});

test('re-attaching an orphan keeps its original quote in reattachedFrom', () => {
  const text = 'أجري الاختبار في ألاسكا.';
  const orphan = {
    ...createClaimAnnotation({
      id: 'o',
      sourceIri: 'urn:x',
      text: 'ستة صوامع في ألاسكا',
      start: 0,
      end: 9,
      tags: ['disputed'],
      now: '2026-01-01T00:00:00.000Z',
    }),
    orphanedAt: '2026-01-02T00:00:00.000Z',
  };
  const attached = reattach(orphan, text, 0, 4, '2026-01-03T00:00:00.000Z');
  assert.equal(quoteSelector(attached)!.exact, 'أجري');
  assert.equal(formerQuote(attached), 'ستة صوامع');
  assert.equal(isOrphan(attached), false);
  const again = reattach(attached, text, 5, 13, '2026-01-04T00:00:00.000Z');
  assert.equal(formerQuote(again), 'ستة صوامع', 'the first wording is kept through later moves');
});
