import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { serializeAnnotationCollection } from '../../shared/annotations/jsonld.ts';
import { tempDir } from '../../tests/support/temp.ts';
import { claimAt } from '../../tests/pdf/support/claims-fixture.ts';
import { openPdf, pdfjsAnnotations } from '../../tests/pdf/support/extract.ts';
import { runCliCaptured } from './run-captured.ts';

const cli = runCliCaptured;

const TEXT = 'أجري الاختبار في 14 يوليو 2011 على طائرة u-2.\nوأُعلن عن آلية جديدة في عام 2020 للتعاون.';

test('exports a workspace source as an annotated PDF whose highlights carry the corrections', async () => {
  const dir = await tempDir();
  const ws = join(dir, 'ws');
  await writeFile(join(dir, 'src.txt'), TEXT);
  const [meta] = JSON.parse((await cli('import', join(dir, 'src.txt'), '--create', '--workspace', ws, '--json')).out);
  const at = (s: string) => TEXT.indexOf(s);
  const claims = [
    claimAt(TEXT, at('2011'), at('2011') + 4, {
      id: 'urn:uuid:aaaaaaaa-0000-4000-8000-000000000001',
      tags: ['likely-typo'],
      correction: '2001',
    }),
    claimAt(TEXT, at('2020'), at('2020') + 4, {
      id: 'urn:uuid:aaaaaaaa-0000-4000-8000-000000000002',
      tags: ['likely-typo'],
      correction: '2002',
    }),
  ].map((c) => ({ ...c, target: { ...c.target, source: `urn:claim-workbench:source:${meta.id}` } }));
  await writeFile(join(ws, 'annotations', `${meta.id}.json`), serializeAnnotationCollection(claims, { id: 'urn:x' }));

  const out = join(dir, 'report.pdf');
  const result = await cli(
    'export',
    '--workspace',
    ws,
    '--source',
    meta.id,
    '--format',
    'pdf',
    '--out',
    out,
    '--digits',
    'arabic',
    '--json',
  );
  assert.equal(result.code, 0, result.err);
  assert.deepEqual(JSON.parse(result.out), { out, format: 'pdf', annotations: 2, claims: 2, orphans: 0, pages: 3 });
  const pdf = new Uint8Array(await readFile(out));
  const highlights = (await pdfjsAnnotations(await openPdf(pdf), pdf)).filter((a) => a.subtype === 'Highlight');
  assert.deepEqual(
    highlights.map((h) => h.id),
    claims.map((c) => c.id),
  );
  assert.match(highlights[0]!.contents, /تصحيح: 2011 → 2001/);
  assert.match(highlights[1]!.contents, /تصحيح: 2020 → 2002/);
});

test('standalone export: claims not found in the text are orphans — a warning each, exit 0', async () => {
  const dir = await tempDir();
  await writeFile(join(dir, 'src.txt'), TEXT);
  const annotations = [
    {
      id: 'urn:x:found',
      type: 'Annotation',
      body: [],
      target: { source: 'urn:s', selector: { type: 'TextQuoteSelector', exact: 'طائرة u-2' } },
    },
    {
      id: 'urn:x:lost',
      type: 'Annotation',
      body: [],
      target: {
        source: 'urn:s',
        selector: { type: 'TextQuoteSelector', exact: 'A sentence the text does not contain anywhere.' },
      },
    },
  ];
  await writeFile(join(dir, 'a.json'), JSON.stringify(annotations));
  const result = await cli(
    'export',
    '--source',
    join(dir, 'src.txt'),
    '--annotations',
    join(dir, 'a.json'),
    '--format',
    'pdf',
    '--out',
    join(dir, 'o.pdf'),
    '--paper',
    'letter',
  );
  assert.equal(result.code, 0, result.err);
  assert.match(result.out, /1 claims, 1 orphans/);
  assert.match(result.err, /^workbench: warning: claim urn:x:lost was not found in the text \(orphan\)/);
  assert.equal(result.err.split('\n').length, 1);
  assert.ok(existsSync(join(dir, 'o.pdf')));
});

test('malformed annotations, an unwritable output and bad options fail clearly and leave no file', async () => {
  const dir = await tempDir();
  await writeFile(join(dir, 'src.txt'), TEXT);
  await writeFile(join(dir, 'broken.json'), '[{"id": "x", "type": "Annotation", "target": ');
  const broken = await cli(
    'export',
    '--source',
    join(dir, 'src.txt'),
    '--annotations',
    join(dir, 'broken.json'),
    '--format',
    'pdf',
    '--out',
    join(dir, 'b.pdf'),
  );
  assert.equal(broken.code, 1);
  assert.match(broken.err, /cannot read annotations from .*broken\.json/);
  assert.equal(existsSync(join(dir, 'b.pdf')), false);

  await writeFile(join(dir, 'ok.json'), '[]');
  await mkdir(join(dir, 'a-folder'));
  const unwritable = await cli(
    'export',
    '--source',
    join(dir, 'src.txt'),
    '--annotations',
    join(dir, 'ok.json'),
    '--format',
    'pdf',
    '--out',
    join(dir, 'a-folder'),
  );
  assert.equal(unwritable.code, 1);
  assert.match(unwritable.err, /cannot write .*a-folder/);
  const missingDir = await cli(
    'export',
    '--source',
    join(dir, 'src.txt'),
    '--annotations',
    join(dir, 'ok.json'),
    '--format',
    'pdf',
    '--out',
    join(dir, 'no', 'such', 'x.pdf'),
  );
  assert.equal(missingDir.code, 1);
  assert.match(missingDir.err, /cannot write .*x\.pdf: ENOENT/);
  assert.deepEqual(
    (await readdir(dir)).filter((f) => f.endsWith('.tmp')),
    [],
    'no partial file is left',
  );

  for (const [option, value] of [
    ['--font', 'comic-sans'],
    ['--paper', 'A3'],
    ['--digits', 'roman'],
  ]) {
    const bad = await cli(
      'export',
      '--source',
      join(dir, 'src.txt'),
      '--annotations',
      join(dir, 'ok.json'),
      '--format',
      'pdf',
      '--out',
      join(dir, 'x.pdf'),
      option!,
      value!,
    );
    assert.equal(bad.code, 2, `${option} ${value}`);
    assert.match(bad.err, new RegExp(`${option} must be`));
  }
  assert.equal(existsSync(join(dir, 'x.pdf')), false);
});
