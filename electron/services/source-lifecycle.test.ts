// Renaming, deleting, restoring and purging sources through the service on real workspace folders (corpus
// texts): a deleted source leaves the listing, listClaims and search, and comes back byte for byte; a save to
// it fails clearly and recreates nothing; a second process's stale view; a delete racing a save.

import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import type { WorkbenchApi } from '../../shared/api/contract.ts';
import { createClaimAnnotation } from '../../shared/annotations/claim.ts';
import { sourceIri } from '../../shared/annotations/model.ts';
import type { WorkbenchError } from '../../shared/errors.ts';
import { corpusFiles } from '../../tests/support/corpus.ts';
import { tempDir } from '../../tests/support/temp.ts';
import { openWorkbench } from './app-context.ts';
import { MemorySettingsStore } from './settings/settings-store.ts';
import { createWorkbenchService, type WorkspaceService } from './workbench-service.ts';
import { Workspace } from './workspace/workspace.ts';

const corpus = corpusFiles();
const NOW = '2026-01-01T00:00:00.000Z';

async function workbench() {
  const dir = await tempDir();
  const root = join(dir, 'ws');
  const opened = await openWorkbench({ workspaceDir: root, userDataDir: dir, settings: new MemorySettingsStore() });
  return { ...opened, root };
}

/** A second process on the same folder: its own Workspace object, its own locks queue and memory. */
async function secondProcess(root: string): Promise<WorkspaceService> {
  return createWorkbenchService({ workspace: await Workspace.open(root), settings: new MemorySettingsStore() });
}

async function importCorpus(service: Pick<WorkbenchApi, 'importSource'>, index: number) {
  const bytes = await readFile(corpus.files[index]!);
  return service.importSource({ fileName: `corpus-${index}.txt`, dataBase64: bytes.toString('base64') });
}

/** A claim on the first word of the text longer than three letters; saved, with the revision after it. */
async function claimFirstWord(service: WorkspaceService, sourceId: string, id: string) {
  const { text } = await service.getSource({ sourceId });
  const word = /[\u0621-\u064a]{4,}/.exec(text)!;
  const { revision, annotations } = await service.getAnnotations({ sourceId });
  const claim = createClaimAnnotation({
    id,
    sourceIri: sourceIri(sourceId),
    text,
    start: word.index,
    end: word.index + word[0].length,
    tags: ['sourced'],
    now: NOW,
  });
  return {
    word: word[0],
    saved: await service.saveAnnotations({ sourceId, annotations: [...annotations, claim], baseRevision: revision }),
  };
}

const files = (root: string, id: string) => ({
  annotations: join(root, 'annotations', `${id}.json`),
  text: join(root, 'sources', id, 'text.txt'),
  meta: join(root, 'sources', id, 'meta.json'),
  review: join(root, 'review', `${id}.json`),
});

test(
  'delete moves a source to trash/, out of the listing, listClaims and search; restore brings it back byte for byte',
  { skip: corpus.skip },
  async () => {
    const { service, root } = await workbench();
    const kept = await importCorpus(service, 0);
    const gone = await importCorpus(service, 1);
    const { word, saved } = await claimFirstWord(service, gone.id, 'c1');
    await service.setDismissedSuspicions({ sourceId: gone.id, dismissed: ['some-key'] });
    await service.setProvenance({ sourceId: gone.id, fields: { author: 'مراسل' } });
    const paths = files(root, gone.id);
    const before = {
      annotations: await readFile(paths.annotations),
      text: await readFile(paths.text),
      meta: await readFile(paths.meta),
      review: await readFile(paths.review),
    };

    const entry = await service.deleteSource({ sourceId: gone.id, baseRevision: saved.revision });
    assert.equal(entry.claims, 1);
    assert.equal(entry.title, gone.title);
    for (const path of Object.values(paths)) assert.equal(existsSync(path), false, `${path} moved away`);
    assert.deepEqual((await readdir(join(root, 'trash', gone.id))).sort(), [
      'annotations.json',
      'deleted.json',
      'review.json',
      'source',
    ]);
    assert.deepEqual(
      (await service.getWorkspace({})).sources.map((s) => s.id),
      [kept.id],
    );
    assert.deepEqual((await service.listClaims({})).claims, []);
    const hits = await service.search({ query: word });
    assert.ok(
      hits.hits.every((h) => h.sourceId !== gone.id),
      'no hit in the deleted source',
    );
    assert.deepEqual(
      (await service.listTrash({})).entries.map((e) => [e.id, e.claims]),
      [[gone.id, 1]],
    );
    await assert.rejects(service.getSource({ sourceId: gone.id }), { code: 'source-in-trash' });

    // A workspace with a trash opens normally, reporting nothing about it.
    const reopened = await secondProcess(root);
    const view = await reopened.getWorkspace({});
    assert.deepEqual(
      view.sources.map((s) => s.id),
      [kept.id],
    );
    assert.deepEqual(view.problems, []);

    const back = await service.restoreSource({ sourceId: gone.id });
    assert.equal(back.title, gone.title);
    assert.deepEqual(await readFile(paths.annotations), before.annotations);
    assert.deepEqual(await readFile(paths.text), before.text);
    assert.deepEqual(await readFile(paths.meta), before.meta);
    assert.deepEqual(await readFile(paths.review), before.review);
    assert.equal(existsSync(join(root, 'trash', gone.id)), false);
    assert.deepEqual(
      (await service.listClaims({})).claims.map((c) => c.sourceId),
      [gone.id],
    );
    assert.deepEqual(
      (await service.getWorkspace({})).sources.map((s) => s.id),
      [kept.id, gone.id],
    );
    assert.deepEqual((await service.listTrash({})).entries, []);
  },
);

test(
  'purge removes a deleted source for good; restoring or purging it again is not-found',
  { skip: corpus.skip },
  async () => {
    const { service, root } = await workbench();
    const source = await importCorpus(service, 2);
    const { revision } = await service.getAnnotations({ sourceId: source.id });
    await service.deleteSource({ sourceId: source.id, baseRevision: revision });
    assert.deepEqual(await service.purgeSource({ sourceId: source.id }), { purged: source.id });
    assert.deepEqual(await readdir(join(root, 'trash')), []);
    await assert.rejects(service.restoreSource({ sourceId: source.id }), { code: 'not-found' });
    await assert.rejects(service.purgeSource({ sourceId: source.id }), { code: 'not-found' });
  },
);

test(
  'a save to a deleted source fails with source-in-trash and recreates nothing, in this process and another',
  { skip: corpus.skip },
  async () => {
    const { service, root } = await workbench();
    const source = await importCorpus(service, 0);
    const other = await secondProcess(root);
    const { annotations, revision } = await other.getAnnotations({ sourceId: source.id });
    await service.deleteSource({ sourceId: source.id, baseRevision: revision });
    const paths = files(root, source.id);
    for (const save of [service, other]) {
      await assert.rejects(
        save.saveAnnotations({ sourceId: source.id, annotations, baseRevision: revision }),
        (e: WorkbenchError) => {
          assert.equal(e.code, 'source-in-trash');
          assert.match(e.message, /deleted/);
          return true;
        },
      );
    }
    // The stale process's other writes are refused as well, before any file is made.
    await assert.rejects(other.setProvenance({ sourceId: source.id, fields: { author: 'x' } }), {
      code: 'source-in-trash',
    });
    await assert.rejects(other.setDismissedSuspicions({ sourceId: source.id, dismissed: ['k'] }), {
      code: 'source-in-trash',
    });
    await assert.rejects(other.renameSource({ sourceId: source.id, title: 'x', baseTitle: source.title }), {
      code: 'source-in-trash',
    });
    for (const path of Object.values(paths)) assert.equal(existsSync(path), false, `${path} not recreated`);
    assert.equal(existsSync(join(root, 'sources', source.id)), false, 'no half source folder');
    // Its listing no longer shows it once it asks again.
    assert.deepEqual((await other.getWorkspace({})).sources, []);
    // Restored by the stale process: back for both.
    await other.restoreSource({ sourceId: source.id });
    assert.deepEqual(
      (await service.getWorkspace({})).sources.map((s) => s.id),
      [source.id],
    );
    await service.saveAnnotations({ sourceId: source.id, annotations, baseRevision: revision });
  },
);

test(
  'a delete naming claims that were saved elsewhere since is refused, moving nothing',
  { skip: corpus.skip },
  async () => {
    const { service, root } = await workbench();
    const source = await importCorpus(service, 1);
    const other = await secondProcess(root);
    const seen = await service.getAnnotations({ sourceId: source.id });
    await claimFirstWord(other, source.id, 'from-elsewhere');
    await assert.rejects(
      service.deleteSource({ sourceId: source.id, baseRevision: seen.revision }),
      (e: WorkbenchError) => {
        assert.equal(e.code, 'conflict');
        assert.match(e.message, /now has 1/);
        return true;
      },
    );
    assert.ok(existsSync(files(root, source.id).annotations));
    assert.equal(existsSync(join(root, 'trash', source.id)), false);
  },
);

test(
  'a save racing a delete either lands in the trash with the source or is refused; never a half source',
  { skip: corpus.skip },
  async () => {
    const { service, root } = await workbench();
    const source = await importCorpus(service, 0);
    const other = await secondProcess(root);
    const { revision } = await service.getAnnotations({ sourceId: source.id });
    const { text } = await other.getSource({ sourceId: source.id });
    const claim = createClaimAnnotation({
      id: 'race',
      sourceIri: sourceIri(source.id),
      text,
      start: 0,
      end: 4,
      tags: [],
      now: NOW,
    });
    const [saved, deleted] = await Promise.allSettled([
      other.saveAnnotations({ sourceId: source.id, annotations: [claim], baseRevision: revision }),
      service.deleteSource({ sourceId: source.id, baseRevision: revision }),
    ]);
    // Exactly one of them wins: the save first (the delete then names a stale revision), or the delete first.
    assert.notEqual(saved.status, deleted.status);
    if (deleted.status === 'fulfilled') {
      assert.equal((saved as PromiseRejectedResult).reason.code, 'source-in-trash');
      assert.equal(existsSync(join(root, 'sources', source.id)), false);
      assert.equal(existsSync(files(root, source.id).annotations), false);
    } else {
      assert.equal(deleted.reason.code, 'conflict');
      assert.ok(existsSync(files(root, source.id).annotations));
    }
  },
);

test('restore refuses, moving nothing, when the id is in the workspace again', { skip: corpus.skip }, async () => {
  const { service, root } = await workbench();
  const source = await importCorpus(service, 2);
  const { revision } = await claimFirstWord(service, source.id, 'c').then((r) => r.saved);
  await service.deleteSource({ sourceId: source.id, baseRevision: revision });
  // Someone put an annotation file with its id back by hand (a sync client, a copy from a backup).
  await mkdir(join(root, 'annotations'), { recursive: true });
  const trashed = join(root, 'trash', source.id, 'annotations.json');
  const bytes = await readFile(trashed);
  await rename(trashed, files(root, source.id).annotations);
  await mkdir(join(root, 'trash', source.id), { recursive: true });
  await writeFile(trashed, bytes);
  await assert.rejects(service.restoreSource({ sourceId: source.id }), (e: WorkbenchError) => {
    assert.equal(e.code, 'conflict');
    assert.match(e.message, /annotations\/.*\.json is in the workspace again/);
    return true;
  });
  assert.deepEqual(await readFile(trashed), bytes, 'the trash copy is kept');
  assert.ok(existsSync(join(root, 'trash', source.id, 'source', 'meta.json')));
});

test(
  'rename writes the title; a rename made elsewhere meanwhile is refused and said',
  { skip: corpus.skip },
  async () => {
    const { service, root } = await workbench();
    const source = await importCorpus(service, 0);
    const other = await secondProcess(root);
    const renamed = await service.renameSource({
      sourceId: source.id,
      title: '  بيان الوزارة  ',
      baseTitle: source.title,
    });
    assert.equal(renamed.title, 'بيان الوزارة');
    assert.equal(JSON.parse(await readFile(files(root, source.id).meta, 'utf8')).title, 'بيان الوزارة');
    await assert.rejects(
      other.renameSource({ sourceId: source.id, title: 'Other', baseTitle: source.title }),
      (e: WorkbenchError) => {
        assert.equal(e.code, 'conflict');
        assert.match(e.message, /now "بيان الوزارة"/);
        return true;
      },
    );
    assert.equal(JSON.parse(await readFile(files(root, source.id).meta, 'utf8')).title, 'بيان الوزارة');
  },
);

test(
  'a delete cut short between two renames is finished when the workspace opens; nothing is reported astray',
  { skip: corpus.skip },
  async () => {
    const { service, root } = await workbench();
    const source = await importCorpus(service, 0);
    const { saved } = await claimFirstWord(service, source.id, 'c');
    const annotations = files(root, source.id).annotations;
    const bytes = await readFile(annotations);
    await service.deleteSource({ sourceId: source.id, baseRevision: saved.revision });
    // As if the process died after moving the folder, before moving the annotation file.
    await rename(join(root, 'trash', source.id, 'annotations.json'), annotations);
    const reopened = await secondProcess(root);
    const view = await reopened.getWorkspace({});
    assert.deepEqual(view.problems, [], 'the claims are not reported as a stray file');
    assert.equal(existsSync(annotations), false);
    assert.deepEqual(await readFile(join(root, 'trash', source.id, 'annotations.json')), bytes);
    await reopened.restoreSource({ sourceId: source.id });
    assert.deepEqual(await readFile(annotations), bytes);
  },
);
