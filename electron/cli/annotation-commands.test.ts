// `workbench import-annotations` on a real workspace: a Hypothesis export merged by id (twice: nothing doubles),
// skipped annotations listed with their reasons, unknown tags created on request, usage errors.

import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { REPO_ROOT } from '../../tests/support/corpus.ts';
import { tempDir } from '../../tests/support/temp.ts';
import { runCliCaptured as cli } from './run-captured.ts';

const FIXTURES = join(REPO_ROOT, 'tests', 'fixtures', 'annotations');

async function workspace() {
  const ws = join(await tempDir(), 'ws');
  const imported = await cli('import', join(FIXTURES, 'source.txt'), '--create', '--workspace', ws, '--json');
  assert.equal(imported.code, 0, imported.err);
  return { ws, sourceId: (JSON.parse(imported.out) as { id: string }[])[0]!.id };
}

test('import-annotations merges a Hypothesis export by id and lists what it skipped and why', async () => {
  const { ws, sourceId } = await workspace();
  const file = join(FIXTURES, 'hypothesis-export.json');
  const dry = await cli('import-annotations', file, '--workspace', ws, '--source', sourceId, '--dry-run');
  assert.equal(dry.code, 0, dry.err);
  assert.match(dry.out, /^would import 2 new, 0 updated, 0 unchanged of 4 annotations in hypothesis-export\.json/);
  assert.match(dry.out, /#2 https:\/\/hypothes\.is\/a\/Cd1rV6pLEe-efg123hij456: reply: it replies to another/);
  assert.match(dry.out, /#3 .*: page-note: it is about the whole document/);
  assert.match(dry.out, /unknown tags kept as text: Fact check \(--create-tags adds them/);
  const listed = await cli(
    'export',
    '--workspace',
    ws,
    '--source',
    sourceId,
    '--format',
    'jsonld',
    '--out',
    join(ws, '..', 'x.jsonld'),
    '--json',
  );
  assert.equal(JSON.parse(listed.out).annotations, 0, 'a dry run wrote nothing');

  const run = await cli('import-annotations', file, '--workspace', ws, '--source', sourceId, '--create-tags', '--json');
  assert.equal(run.code, 0, run.err);
  const report = JSON.parse(run.out);
  assert.deepEqual([report.added, report.skipped.length], [2, 2]);
  assert.deepEqual(
    report.createdTags.map((t: { id: string }) => t.id),
    ['fact-check'],
  );
  const again = JSON.parse(
    (await cli('import-annotations', file, '--workspace', ws, '--source', sourceId, '--json')).out,
  );
  assert.deepEqual([again.added, again.updated, again.unchanged], [0, 0, 2]);
});

test('import-annotations: usage errors exit 2, a file that is no annotations exits 1 with its reason', async () => {
  const { ws, sourceId } = await workspace();
  const noSource = await cli('import-annotations', join(FIXTURES, 'recogito.json'), '--workspace', ws);
  assert.equal(noSource.code, 2);
  assert.match(noSource.err, /"import-annotations" needs --source/);
  const notAnnotations = await cli(
    'import-annotations',
    join(FIXTURES, 'source.txt'),
    '--workspace',
    ws,
    '--source',
    sourceId,
  );
  assert.equal(notAnnotations.code, 1);
  assert.match(notAnnotations.err, /^workbench: source\.txt is not JSON/);
});
