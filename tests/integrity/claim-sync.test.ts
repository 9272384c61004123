// The window's side of a save (renderer/src/claims/claim-sync.ts) against the real service on a real folder:
// a claim changed here and in another window at once comes back twice, theirs under its id and ours as a copy,
// and what the researcher did while a save was on its way survives the merge of its answer.

import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { createClaimAnnotation, readClaim, withClaimFields } from '../../shared/annotations/claim.ts';
import { sourceIri } from '../../shared/annotations/model.ts';
import { openWorkbench } from '../../electron/services/app-context.ts';
import { MemorySettingsStore } from '../../electron/services/settings/settings-store.ts';
import { ClaimStore } from '../../renderer/src/claims/claim-store.ts';
import { ClaimSync, type SyncNotice } from '../../renderer/src/claims/claim-sync.ts';
import { tempDir } from '../support/temp.ts';

const TEXT = 'قال الوزير إن الاختبار أجري في 14 يوليو 2011 في ألاسكا.\n';

async function twoWindows() {
  const dir = await tempDir();
  const open = () =>
    openWorkbench({ workspaceDir: join(dir, 'ws'), userDataDir: dir, settings: new MemorySettingsStore() });
  const here = await open();
  const meta = await here.service.importSource({ fileName: 'a.txt', dataBase64: Buffer.from(TEXT).toString('base64') });
  const start = TEXT.indexOf('ألاسكا');
  const claim = createClaimAnnotation({
    id: 'urn:uuid:11111111-0000-4000-8000-000000000001',
    sourceIri: sourceIri(meta.id),
    text: TEXT,
    start,
    end: start + 'ألاسكا'.length,
    tags: ['disputed'],
    now: '2026-12-07T00:00:00.000Z',
  });
  await here.service.saveAnnotations({ sourceId: meta.id, annotations: [claim], baseRevision: 'absent' });
  return { here, there: await open(), sourceId: meta.id, claim };
}

test('a claim changed in both windows: the save keeps both versions and says so', async () => {
  const { here, there, sourceId, claim } = await twoWindows();
  const loaded = await here.service.getAnnotations({ sourceId });
  const store = new ClaimStore(loaded.annotations);
  const notices: SyncNotice[] = [];
  const sync = new ClaimSync(here.service, sourceId, store, loaded, (n) => notices.push(n));

  const elsewhere = await there.service.getAnnotations({ sourceId });
  await there.service.saveAnnotations({
    sourceId,
    annotations: [withClaimFields(claim, { note: 'هناك' }, '2026-12-07T01:00:00.000Z')],
    baseRevision: elsewhere.revision,
  });
  const mine = withClaimFields(claim, { note: 'هنا' }, '2026-12-07T01:00:01.000Z');
  store.adopt([mine]);
  await sync.save([mine]);

  const notes = (await here.service.getAnnotations({ sourceId })).annotations.map((a) => readClaim(a).note).sort();
  assert.deepEqual(notes, ['هنا', 'هناك']);
  assert.deepEqual(notices, [{ kind: 'kept-both', count: 1 }]);
  assert.deepEqual(
    store
      .getSnapshot()
      .annotations.map((a) => readClaim(a).note)
      .sort(),
    ['هنا', 'هناك'],
  );
});

test('a poll brings in a claim added elsewhere and keeps an unsaved change made here', async () => {
  const { here, there, sourceId, claim } = await twoWindows();
  const loaded = await here.service.getAnnotations({ sourceId });
  const store = new ClaimStore(loaded.annotations);
  const notices: SyncNotice[] = [];
  const sync = new ClaimSync(here.service, sourceId, store, loaded, (n) => notices.push(n));
  const edited = withClaimFields(claim, { note: 'لم يُحفظ بعد' }, '2026-12-07T02:00:00.000Z');
  store.adopt([edited]);

  const start = TEXT.indexOf('الوزير');
  const added = createClaimAnnotation({
    id: 'urn:uuid:22222222-0000-4000-8000-000000000002',
    sourceIri: sourceIri(sourceId),
    text: TEXT,
    start,
    end: start + 'الوزير'.length,
    tags: ['sourced'],
    now: '2026-12-07T02:00:00.000Z',
  });
  const elsewhere = await there.service.getAnnotations({ sourceId });
  await there.service.saveAnnotations({
    sourceId,
    annotations: [...elsewhere.annotations, added],
    baseRevision: elsewhere.revision,
  });
  await sync.poll();
  const shown = store.getSnapshot().annotations;
  assert.deepEqual(shown.map((a) => a.id).sort(), [claim.id, added.id].sort());
  assert.equal(readClaim(shown.find((a) => a.id === claim.id)!).note, 'لم يُحفظ بعد');
  assert.deepEqual(notices, [{ kind: 'merged' }]);

  await sync.save([...shown]);
  const stored = (await there.service.getAnnotations({ sourceId })).annotations;
  assert.equal(stored.length, 2);
  assert.equal(readClaim(stored.find((a) => a.id === claim.id)!).note, 'لم يُحفظ بعد');
});

test('a poll during a text operation takes nothing in: the correction records the claims as they were', async () => {
  const { here, there, sourceId, claim } = await twoWindows();
  const loaded = await here.service.getAnnotations({ sourceId });
  const store = new ClaimStore(loaded.annotations);
  const notices: SyncNotice[] = [];
  const sync = new ClaimSync(here.service, sourceId, store, loaded, (n) => notices.push(n));
  let polled = false;
  const edited = await sync.textOperation(async () => {
    const result = await here.service.editSourceText({ sourceId, baseRevision: 0, text: `مقدمة.\n${TEXT}` });
    // The service has re-anchored and stored the claim: a poll now must leave the store alone.
    await sync.poll();
    polled = true;
    return result;
  });
  assert.ok(polled);
  assert.deepEqual(
    store.getSnapshot().annotations,
    loaded.annotations,
    'the store still holds the claims as they were',
  );
  assert.deepEqual(notices, []);
  // Afterwards the stored, re-anchored claims are the base: a poll finds nothing new, a save is no conflict.
  await sync.poll();
  assert.deepEqual(notices, []);
  await sync.save(edited.annotations);
  const stored = (await there.service.getAnnotations({ sourceId })).annotations;
  assert.deepEqual(
    stored.map((a) => a.id),
    [claim.id],
  );
});
