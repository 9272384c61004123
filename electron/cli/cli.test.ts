import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile, mkdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { test } from 'node:test';
import { createClaimAnnotation } from '../../shared/annotations/claim.ts';
import { parseAnnotationDocument, serializeAnnotationCollection } from '../../shared/annotations/jsonld.ts';
import { corpusFiles, REPO_ROOT } from '../../tests/support/corpus.ts';
import { tempDir } from '../../tests/support/temp.ts';
import { runCliCaptured } from './run-captured.ts';

const cli = runCliCaptured;

const corpus = corpusFiles();
const normalized = (raw: string) => raw.replace(/\r\n?/g, '\n').normalize('NFC');

test('import, list and text round-trip every corpus file', { skip: corpus.skip }, async () => {
  const ws = join(await tempDir(), 'ws');
  const imported = await cli('import', ...corpus.files, '--create', '--workspace', ws, '--json');
  assert.equal(imported.code, 0, imported.err);
  const metas = JSON.parse(imported.out) as { id: string; originalFileName: string }[];
  assert.deepEqual(
    metas.map((m) => m.originalFileName),
    corpus.files.map((f) => basename(f)),
  );

  const listed = JSON.parse((await cli('list', '--workspace', ws, '--json')).out);
  assert.equal(listed.sources.length, corpus.files.length);
  assert.deepEqual(listed.problems, []);

  for (const [i, meta] of metas.entries()) {
    const shown = await cli('text', '--workspace', ws, '--source', meta.id);
    assert.equal(shown.code, 0);
    const expected = normalized(await readFile(corpus.files[i]!, 'utf8'));
    assert.equal(`${shown.out}\n`, expected.endsWith('\n') ? expected : `${expected}\n`);
  }
});

test('a failed import names the file, exits non-zero and changes nothing', async () => {
  const dir = await tempDir();
  const ws = join(dir, 'ws');
  await writeFile(join(dir, 'good.txt'), 'نص صالح');
  await writeFile(join(dir, 'empty.txt'), '');
  await writeFile(join(dir, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
  assert.equal((await cli('import', join(dir, 'good.txt'), '--create', '--workspace', ws)).code, 0);
  const before = await readdir(join(ws, 'sources'));

  for (const name of ['empty.txt', 'image.txt', 'missing.txt']) {
    const result = await cli('import', join(dir, name), '--create', '--workspace', ws);
    assert.equal(result.code, 1, name);
    assert.match(result.err, new RegExp(name.replace('.', '\\.')));
    assert.equal(result.err.split('\n').length, 1, 'one clear line');
  }
  assert.deepEqual(await readdir(join(ws, 'sources')), before);
});

test('exports a workspace source as JSON-LD and CSV', async () => {
  const dir = await tempDir();
  const ws = join(dir, 'ws');
  const text = 'أجري الاختبار في 14 يوليو 2011 على طائرة u-2.';
  await writeFile(join(dir, 'src.txt'), text);
  const [meta] = JSON.parse((await cli('import', join(dir, 'src.txt'), '--create', '--workspace', ws, '--json')).out);
  const start = text.indexOf('2011');
  const annotation = createClaimAnnotation({
    id: 'urn:uuid:33333333-3333-4333-8333-333333333333',
    sourceIri: `urn:claim-workbench:source:${meta.id}`,
    text,
    start,
    end: start + 4,
    tags: ['likely-typo'],
    now: '2026-11-22T10:00:00.000Z',
  });
  await writeFile(
    join(ws, 'annotations', `${meta.id}.json`),
    serializeAnnotationCollection([annotation], { id: 'urn:x' }),
  );

  const jsonld = await cli(
    'export',
    '--workspace',
    ws,
    '--source',
    meta.id,
    '--format',
    'jsonld',
    '--out',
    join(dir, 'out.jsonld'),
  );
  assert.equal(jsonld.code, 0, jsonld.err);
  const exported = parseAnnotationDocument(JSON.parse(await readFile(join(dir, 'out.jsonld'), 'utf8')), 'out.jsonld');
  const [item] = exported.annotations;
  const { generator, generated, ...rest } = item!;
  assert.deepEqual(generator, { id: 'urn:claim-workbench:app', type: 'Software', name: 'Claim Workbench' });
  assert.ok(!Number.isNaN(Date.parse(generated as string)), 'the export says when it was generated');
  assert.deepEqual(rest, {
    ...annotation,
    // For other tools: the tag's IRI and readable label (in the UI's language), and the target's class.
    body: [
      {
        type: 'TextualBody',
        purpose: 'tagging',
        id: 'urn:claim-workbench:tag:likely-typo',
        value: 'خطأ مطبعي محتمل',
        language: 'ar',
        textDirection: 'rtl',
      },
    ],
    target: { type: 'SpecificResource', ...annotation.target },
  });

  assert.equal(
    (await cli('export', '--workspace', ws, '--source', meta.id, '--format', 'csv', '--out', join(dir, 'out.csv')))
      .code,
    0,
  );
  const csv = await readFile(join(dir, 'out.csv'), 'utf8');
  assert.match(csv, /2011/);
  assert.match(csv, /likely-typo/);
});

test('standalone export takes a text and any W3C annotation file; bad input is a clear error', async () => {
  const dir = await tempDir();
  const text = 'كندي وكيندي في نص واحد.';
  await writeFile(join(dir, 'src.txt'), text);
  const plainArray = [
    {
      id: 'urn:uuid:44444444-4444-4444-8444-444444444444',
      type: 'Annotation',
      body: { type: 'TextualBody', purpose: 'commenting', value: 'تهجئتان' },
      target: { source: 'http://example.org/src', selector: { type: 'TextQuoteSelector', exact: 'كيندي' } },
    },
  ];
  await writeFile(join(dir, 'a.json'), JSON.stringify(plainArray));
  const ok = await cli(
    'export',
    '--source',
    join(dir, 'src.txt'),
    '--annotations',
    join(dir, 'a.json'),
    '--format',
    'csv',
    '--out',
    join(dir, 'o.csv'),
  );
  assert.equal(ok.code, 0, ok.err);
  assert.match(await readFile(join(dir, 'o.csv'), 'utf8'), /تهجئتان/);

  await writeFile(join(dir, 'broken.json'), '[{"id": "x", "type": "Annotation", "target": ');
  const broken = await cli(
    'export',
    '--source',
    join(dir, 'src.txt'),
    '--annotations',
    join(dir, 'broken.json'),
    '--format',
    'jsonld',
    '--out',
    join(dir, 'b.jsonld'),
  );
  assert.equal(broken.code, 1);
  assert.match(broken.err, /broken\.json/);
  assert.equal(existsSync(join(dir, 'b.jsonld')), false);

  await mkdir(join(dir, 'dir-not-file'));
  const unwritable = await cli(
    'export',
    '--source',
    join(dir, 'src.txt'),
    '--annotations',
    join(dir, 'a.json'),
    '--format',
    'jsonld',
    '--out',
    join(dir, 'dir-not-file'),
  );
  assert.equal(unwritable.code, 1);
  assert.match(unwritable.err, /cannot write/);
  const leftovers = (await readdir(dir)).filter((f) => f.endsWith('.tmp'));
  assert.deepEqual(leftovers, [], 'no partial file is left');
});

test('usage errors exit 2 with the usage text; a missing workspace exits 1', async () => {
  const unknown = await cli('frobnicate');
  assert.equal(unknown.code, 2);
  assert.match(unknown.err, /unknown command "frobnicate"/);
  const noFormat = await cli('export', '--workspace', '/tmp', '--source', 'abcd', '--out', 'x', '--format', 'docx');
  assert.equal(noFormat.code, 2);
  const missing = await cli('list', '--workspace', join(await tempDir(), 'nope'));
  assert.equal(missing.code, 1);
  assert.match(missing.err, /No workspace folder/);
});

test(
  'the installed command runs the built bundle (npx workbench)',
  { skip: !existsSync(join(REPO_ROOT, '.vite/node/cli.js')) && 'not built' },
  async () => {
    const ws = join(await tempDir(), 'ws');
    const result = spawnSync(
      process.execPath,
      [join(REPO_ROOT, 'electron/cli/workbench.mjs'), 'list', '--workspace', ws],
      { encoding: 'utf8' },
    );
    assert.equal(result.status, 1);
    assert.match(result.stderr, /^workbench: No workspace folder/);
    const help = spawnSync(process.execPath, [join(REPO_ROOT, 'electron/cli/workbench.mjs'), 'help'], {
      encoding: 'utf8',
    });
    assert.equal(help.status, 0);
    assert.match(help.stdout, /workbench import FILE/);
  },
);
