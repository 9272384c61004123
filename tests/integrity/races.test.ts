// The races issue 10 measured, made deterministic: two windows saving, tag edits and text edits during saves,
// changes made from outside (another process, a sync client) and files from a newer version arriving after open.
// Each test acts through the service a door calls, on real workspace folders; "another process" is a second
// workspace opened on the same folder (its own queues and caches) or a real child process running the CLI.

import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { createClaimAnnotation, readClaim, withClaimFields } from '../../shared/annotations/claim.ts';
import { serializeAnnotationCollection } from '../../shared/annotations/jsonld.ts';
import { sourceIri, type Annotation } from '../../shared/annotations/model.ts';
import { openWorkbench } from '../../electron/services/app-context.ts';
import { MemorySettingsStore } from '../../electron/services/settings/settings-store.ts';
import { tempDir } from '../support/temp.ts';

const TEXT = 'قال الوزير إن الاختبار أجري في 14 يوليو 2011 في ألاسكا، ونفى المتحدث ذلك لاحقًا.\n';
const WORDS = TEXT.split(/[\s،.]+/).filter(Boolean);

async function open(dir: string) {
  return openWorkbench({ workspaceDir: join(dir, 'ws'), userDataDir: dir, settings: new MemorySettingsStore() });
}

async function setUp() {
  const dir = await tempDir();
  const first = await open(dir);
  const meta = await first.service.importSource({
    fileName: 'a.txt',
    dataBase64: Buffer.from(TEXT).toString('base64'),
  });
  return { dir, first, sourceId: meta.id, second: await open(dir) };
}

let serial = 0;
function claimOn(sourceId: string, word: string, tag = 'disputed'): Annotation {
  const start = TEXT.indexOf(word);
  return createClaimAnnotation({
    id: `urn:uuid:00000000-0000-4000-8000-${String(++serial).padStart(12, '0')}`,
    sourceIri: sourceIri(sourceId),
    text: TEXT,
    start,
    end: start + word.length,
    tags: [tag],
    now: '2026-12-07T00:00:00.000Z',
  });
}

async function idsOnDisk(dir: string, sourceId: string): Promise<string[]> {
  const json = JSON.parse(await readFile(join(dir, 'ws', 'annotations', `${sourceId}.json`), 'utf8'));
  return ((json.first?.items ?? []) as { id: string }[]).map((a) => a.id).sort();
}

test('two windows each read, add a claim and save against the same revision: both claims are kept', async () => {
  const { dir, first, second, sourceId } = await setUp();
  for (let round = 0; round < 20; round++) {
    const [a, b] = await Promise.all([
      first.service.getAnnotations({ sourceId }),
      second.service.getAnnotations({ sourceId }),
    ]);
    const mine = claimOn(sourceId, WORDS[round % WORDS.length]!);
    const theirs = claimOn(sourceId, WORDS[(round + 3) % WORDS.length]!);
    const answers = await Promise.all([
      first.service.saveAnnotations({ sourceId, annotations: [...a.annotations, mine], baseRevision: a.revision }),
      second.service.saveAnnotations({ sourceId, annotations: [...b.annotations, theirs], baseRevision: b.revision }),
    ]);
    assert.equal(answers.filter((x) => x.merged !== null).length, 1, 'exactly one save was merged');
    const onDisk = await idsOnDisk(dir, sourceId);
    assert.ok(onDisk.includes(mine.id) && onDisk.includes(theirs.id), `round ${round}: both claims on disk`);
    assert.equal(onDisk.length, 2 * (round + 1));
  }
});

test('the same claim changed differently in two windows: the second save is refused and nothing is lost', async () => {
  const { dir, first, second, sourceId } = await setUp();
  const claim = claimOn(sourceId, 'ألاسكا');
  const saved = await first.service.saveAnnotations({ sourceId, annotations: [claim], baseRevision: 'absent' });
  const now = '2026-12-07T01:00:00.000Z';
  await first.service.saveAnnotations({
    sourceId,
    annotations: [withClaimFields(claim, { note: 'من النافذة الأولى' }, now)],
    baseRevision: saved.revision,
  });
  await assert.rejects(
    second.service.saveAnnotations({
      sourceId,
      annotations: [withClaimFields(claim, { note: 'من النافذة الثانية' }, now)],
      baseRevision: saved.revision,
    }),
    { code: 'conflict' },
  );
  const [stored] = (await first.service.getAnnotations({ sourceId })).annotations;
  assert.equal(readClaim(stored!).note, 'من النافذة الأولى');
  assert.deepEqual(await idsOnDisk(dir, sourceId), [claim.id]);
});

test('a tag merge in one window while another saves new claims: the new claims stay, retagged or not', async () => {
  const { dir, first, second, sourceId } = await setUp();
  const old = claimOn(sourceId, 'الوزير', 'disputed');
  const base = await first.service.saveAnnotations({ sourceId, annotations: [old], baseRevision: 'absent' });
  const view = await second.service.getWorkspace({});
  const added = claimOn(sourceId, 'المتحدث', 'sourced');
  await Promise.all([
    second.service.updateTags({
      tags: view.tags.filter((t) => t.id !== 'disputed'),
      reassign: { disputed: 'sourced' },
      baseRevision: view.revision,
    }),
    first.service.saveAnnotations({ sourceId, annotations: [old, added], baseRevision: base.revision }),
  ]);
  assert.deepEqual(await idsOnDisk(dir, sourceId), [old.id, added.id].sort());
  const tags = (await open(dir)).service.getAnnotations({ sourceId });
  assert.ok((await tags).annotations.every((a) => !readClaim(a).tags.includes('disputed') || a.id === added.id));
});

test('a tag edit against a stale workspace revision is refused and the other change stays', async () => {
  const { first, second } = await setUp();
  const view = await first.service.getWorkspace({});
  const renamed = view.tags.map((t) => (t.id === 'sourced' ? { ...t, label: { ar: 'موثّق', en: 'Backed' } } : t));
  await second.service.updateTags({ tags: renamed, reassign: {}, baseRevision: view.revision });
  await assert.rejects(
    first.service.updateTags({ tags: view.tags.slice(0, 2), reassign: {}, baseRevision: view.revision }),
    { code: 'conflict' },
  );
  const now = await first.service.getWorkspace({});
  assert.equal(now.tags.find((t) => t.id === 'sourced')?.label.en, 'Backed', 'the refusing side reloaded it');
  assert.equal(now.tags.length, 3);
});

test('two text edits on the same revision, in two processes: one is applied, the other is a conflict', async () => {
  const { dir, first, second, sourceId } = await setUp();
  const results = await Promise.allSettled([
    first.service.editSourceText({ sourceId, baseRevision: 0, text: TEXT.replace('2011', '2001') }),
    second.service.editSourceText({ sourceId, baseRevision: 0, text: TEXT.replace('ألاسكا', 'نيفادا') }),
  ]);
  assert.deepEqual(results.map((r) => r.status).sort(), ['fulfilled', 'rejected']);
  const refused = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
  assert.equal(refused.reason.code, 'conflict');
  const history = JSON.parse(await readFile(join(dir, 'ws', 'sources', sourceId, 'history.json'), 'utf8'));
  assert.deepEqual(
    history.revisions.map((e: { revision: number }) => e.revision),
    [1],
  );
});

test('a text edit while another window saves a claim: the claim is kept and re-anchored', async () => {
  const { dir, first, second, sourceId } = await setUp();
  const claim = claimOn(sourceId, 'ألاسكا');
  await Promise.all([
    first.service.editSourceText({ sourceId, baseRevision: 0, text: `مقدمة.\n${TEXT}` }),
    second.service.saveAnnotations({ sourceId, annotations: [claim], baseRevision: 'absent' }),
  ]);
  assert.deepEqual(await idsOnDisk(dir, sourceId), [claim.id]);
});

test('a claim file changed from outside after open (a sync client) is merged, not overwritten', async () => {
  const { dir, first, sourceId } = await setUp();
  const read = await first.service.getAnnotations({ sourceId });
  const synced = claimOn(sourceId, 'الاختبار');
  const path = join(dir, 'ws', 'annotations', `${sourceId}.json`);
  await writeFile(path, serializeAnnotationCollection([synced], { id: 'urn:x', label: 'synced' }));
  const mine = claimOn(sourceId, 'يوليو');
  const answer = await first.service.saveAnnotations({
    sourceId,
    annotations: [mine],
    baseRevision: read.revision,
  });
  assert.notEqual(answer.merged, null);
  assert.deepEqual(await idsOnDisk(dir, sourceId), [synced.id, mine.id].sort());
  const revisions = await first.service.getRevisions({ sourceId });
  assert.equal(revisions.annotations, answer.revision);
});

test('a writer that got past the lock is not written over: the change is made again on what it wrote', async () => {
  // Two processes that both reclaim a killed holder's stale lock both hold it (proper-lockfile#121): here the
  // other one writes the file while this one holds the lock, between its read and its write.
  const { dir, first, sourceId } = await setUp();
  const path = join(dir, 'ws', 'annotations', `${sourceId}.json`);
  const mine = claimOn(sourceId, 'الوزير');
  await first.service.saveAnnotations({ sourceId, annotations: [mine], baseRevision: 'absent' });
  const intruder = claimOn(sourceId, 'ألاسكا');
  let runs = 0;
  await first.workspace.updateAnnotations(sourceId, async (current) => {
    runs += 1;
    if (runs === 1) {
      await writeFile(path, serializeAnnotationCollection([...current, intruder], { id: 'urn:x', label: 'x' }));
    }
    return current.map((a) => withClaimFields(a, { note: 'edited here' }, '2026-12-08T00:00:00.000Z'));
  });
  assert.equal(runs, 2, 'the change was made again');
  assert.deepEqual(await idsOnDisk(dir, sourceId), [mine.id, intruder.id].sort());
  const stored = (await first.service.getAnnotations({ sourceId })).annotations;
  assert.ok(stored.every((a) => readClaim(a).note === 'edited here'));
});

test('a newer-version claim file arriving after open is never written over', async () => {
  const { dir, first, sourceId } = await setUp();
  const read = await first.service.getAnnotations({ sourceId });
  const path = join(dir, 'ws', 'annotations', `${sourceId}.json`);
  const newer = JSON.stringify({ schemaVersion: 99, type: 'AnnotationCollection', items: [] });
  await writeFile(path, newer);
  await assert.rejects(
    first.service.saveAnnotations({ sourceId, annotations: [claimOn(sourceId, 'يوليو')], baseRevision: read.revision }),
    { code: 'file-newer-version' },
  );
  await assert.rejects(first.service.saveAnnotations({ sourceId, annotations: [], baseRevision: 'whatever' }), {
    code: 'file-newer-version',
  });
  assert.equal(await readFile(path, 'utf8'), newer);
});

test('claims imported by two CLI processes while this one saves: every acknowledged claim is on disk', async () => {
  const { dir, first, sourceId } = await setUp();
  const files = await Promise.all(
    [0, 1].map(async (n) => {
      const claims = Array.from({ length: 5 }, (_, i) => claimOn(sourceId, WORDS[(n * 5 + i) % WORDS.length]!));
      const file = join(dir, `import-${n}.json`);
      await writeFile(file, serializeAnnotationCollection(claims, { id: `urn:import:${n}`, label: 'import' }));
      return { file, ids: claims.map((c) => c.id) };
    }),
  );
  const cli = (file: string) =>
    new Promise<number>((resolve, reject) => {
      const child = spawn(
        process.execPath,
        [
          'electron/cli/workbench.mjs',
          'import-annotations',
          file,
          '--workspace',
          join(dir, 'ws'),
          '--source',
          sourceId,
        ],
        { stdio: 'ignore' },
      );
      child.on('error', reject);
      child.on('exit', (code) => resolve(code ?? -1));
    });
  const saved: string[] = [];
  const saving = (async () => {
    for (let i = 0; i < 10; i++) {
      const read = await first.service.getAnnotations({ sourceId });
      const claim = claimOn(sourceId, WORDS[i % WORDS.length]!, 'sourced');
      await first.service.saveAnnotations({
        sourceId,
        annotations: [...read.annotations, claim],
        baseRevision: read.revision,
      });
      saved.push(claim.id);
    }
  })();
  const codes = await Promise.all(files.map((f) => cli(f.file)));
  await saving;
  assert.deepEqual(codes, [0, 0]);
  const onDisk = await idsOnDisk(dir, sourceId);
  for (const id of [...saved, ...files.flatMap((f) => f.ids)]) assert.ok(onDisk.includes(id), `${id} on disk`);
});
