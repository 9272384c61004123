// The CLI's document commands: `import -` (piped text or HTML, as a paste), a saved "Web page, complete"
// folder, and `export --format original` (a PDF source's own file with its claims as highlights).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { renderReport } from '../services/pdf/report.ts';
import { DEFAULT_TAGS } from '../../shared/workspace/model.ts';
import { sourceIri } from '../../shared/annotations/model.ts';
import { serializeAnnotationCollection } from '../../shared/annotations/jsonld.ts';
import { claimAt } from '../../tests/pdf/support/claims-fixture.ts';
import { REPO_ROOT } from '../../tests/support/corpus.ts';
import { tempDir } from '../../tests/support/temp.ts';
import { runCliCaptured as cli } from './run-captured.ts';

const TEXT =
  'في الواقع، أجرت الولايات المتحدة اختباراً في 14 يوليو 2011، وفق المصدر.\nوقال المسؤولون إن الهدف هو التواصل.';

/** The CLI as a process, so standard input can be piped in (tsx runs the TypeScript entry directly). */
function piped(input: string, ...argv: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'electron/cli/index.ts', ...argv], {
    cwd: REPO_ROOT,
    input,
    encoding: 'utf8',
  });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

test('import - takes piped HTML as a pasted page and piped text as text', async () => {
  const ws = join(await tempDir(), 'ws');
  const html = piped(
    '<p>سطر أول</p>\n<p>سطر ثان</p>',
    'import',
    '-',
    '--create',
    '--workspace',
    ws,
    '--title',
    'مقال ملصق',
    '--json',
  );
  assert.equal(html.code, 0, html.err);
  const [page] = JSON.parse(html.out);
  assert.equal(page.format, 'html');
  assert.equal(page.title, 'مقال ملصق');
  assert.equal(await readFile(join(ws, 'sources', page.id, 'text.txt'), 'utf8'), 'سطر أول\nسطر ثان');
  const text = piped(TEXT, 'import', '-', '--create', '--workspace', ws, '--json');
  assert.equal(text.code, 0, text.err);
  const [plain] = JSON.parse(text.out);
  assert.equal(plain.format, 'txt');
  assert.equal(await readFile(join(ws, 'sources', plain.id, 'text.txt'), 'utf8'), TEXT);
  const empty = piped('  \n', 'import', '-', '--create', '--workspace', ws);
  assert.equal(empty.code, 1);
  assert.match(empty.err, /^workbench: the clipboard holds no text to import/);
});

test('a saved "Web page, complete" imports from its folder or its _files folder, with the address it was saved from', async () => {
  const dir = await tempDir();
  const saved = join(dir, 'saved');
  await mkdir(join(saved, 'مقال_files'), { recursive: true });
  const page = `<!DOCTYPE html>\n<!-- saved from url=(0035)https://example.org/news/article-17 -->\n<html dir="rtl"><head><meta charset="utf-8"><title>مقال محفوظ</title><link rel="stylesheet" href="مقال_files/style.css"></head><body><p>${TEXT}</p></body></html>`;
  await writeFile(join(saved, 'مقال.html'), page);
  await writeFile(join(saved, 'مقال_files', 'style.css'), 'p { color: black }');
  const ws = join(dir, 'ws');
  for (const target of [saved, join(saved, 'مقال_files')]) {
    const run = await cli('import', target, '--create', '--workspace', ws, '--json');
    assert.equal(run.code, 0, run.err);
    const [meta] = JSON.parse(run.out);
    assert.equal(meta.originalFileName, 'مقال.html');
    assert.equal(meta.title, 'مقال محفوظ');
    assert.equal(meta.url, 'https://example.org/news/article-17');
  }
  const none = await cli('import', join(dir, 'ws'), '--create', '--workspace', join(dir, 'ws2'));
  assert.equal(none.code, 1);
  assert.match(none.err, /no web page in it; name the \.html file to import/);
});

test('export --format original writes the PDF source with its claims as highlights; other sources are refused', async () => {
  const dir = await tempDir();
  const { pdf } = await renderReport({
    source: { title: 'تقرير', text: TEXT, direction: 'rtl' },
    annotations: [],
    tags: DEFAULT_TAGS,
  });
  await writeFile(join(dir, 'source.pdf'), pdf);
  await writeFile(join(dir, 'source.txt'), TEXT);
  const ws = join(dir, 'ws');
  const imported = JSON.parse(
    (await cli('import', join(dir, 'source.pdf'), join(dir, 'source.txt'), '--create', '--workspace', ws, '--json'))
      .out,
  );
  const [pdfSource, txtSource] = imported as Array<{ id: string }>;
  const text = await readFile(join(ws, 'sources', pdfSource!.id, 'text.txt'), 'utf8');
  const at = text.indexOf('14 يوليو 2011');
  assert.ok(at >= 0, text);
  const claim = claimAt(text, at, at + '14 يوليو 2011'.length, {
    id: 'urn:uuid:12345678-1234-4123-8123-123456789abc',
    tags: ['disputed'],
  });
  claim.target = { ...claim.target, source: sourceIri(pdfSource!.id) };
  await writeFile(
    join(ws, 'annotations', `${pdfSource!.id}.json`),
    serializeAnnotationCollection([claim], { id: 'x' }),
  );
  const out = join(dir, 'annotated.pdf');
  const run = await cli(
    'export',
    '--workspace',
    ws,
    '--source',
    pdfSource!.id,
    '--format',
    'original',
    '--out',
    out,
    '--json',
  );
  assert.equal(run.code, 0, run.err);
  assert.deepEqual(JSON.parse(run.out), { out, format: 'original', claims: 1, orphans: 0, highlights: 1, links: 0 });
  const written = await readFile(out);
  assert.ok(written.subarray(0, pdf.length).equals(Buffer.from(pdf)));
  assert.match(written.subarray(pdf.length).toString('latin1'), /\/Subtype \/Highlight/);
  const refused = await cli(
    'export',
    '--workspace',
    ws,
    '--source',
    txtSource!.id,
    '--format',
    'original',
    '--out',
    join(dir, 'x.pdf'),
  );
  assert.equal(refused.code, 1);
  assert.match(refused.err, /was not imported from a PDF/);
});
