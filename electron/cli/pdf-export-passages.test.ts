// `workbench export --format pdf --skip-passages` on corpus 000 (its second half repeats the first), from a
// workspace (the kept overrides apply) and from a plain text file (every passage found is set aside).

import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { test } from 'node:test';
import { corpusFiles } from '../../tests/support/corpus.ts';
import { tempDir } from '../../tests/support/temp.ts';
import { openPdf, pdfjsText } from '../../tests/pdf/support/extract.ts';
import { runCliCaptured as cli } from './run-captured.ts';

const corpus = corpusFiles();
const file = corpus.files.find((f) => basename(f).startsWith('000_'));
const skip = corpus.skip ?? (file ? false : 'corpus 000 is missing');

async function pdfText(path: string): Promise<{ pages: number; text: string }> {
  const doc = await openPdf(new Uint8Array(await readFile(path)));
  return { pages: doc.numPages, text: await pdfjsText(doc, 1, doc.numPages) };
}

test(
  '--skip-passages leaves the repeated half out, with a note; without it the whole text is printed',
  { skip, timeout: 60_000 },
  async () => {
    const dir = await tempDir();
    const ws = join(dir, 'ws');
    const [meta] = JSON.parse((await cli('import', file!, '--create', '--workspace', ws, '--json')).out);
    const out = (name: string) => join(dir, name);
    const base = ['export', '--workspace', ws, '--source', meta.id, '--format', 'pdf', '--lang', 'en'];
    assert.equal((await cli(...base, '--out', out('full.pdf'))).code, 0);
    const skipped = await cli(...base, '--out', out('short.pdf'), '--skip-passages', '--json');
    assert.equal(skipped.code, 0, skipped.err);
    const full = await pdfText(out('full.pdf'));
    const short = await pdfText(out('short.pdf'));
    assert.equal(JSON.parse(skipped.out).pages, short.pages);
    assert.ok(short.pages < full.pages, `${short.pages} < ${full.pages} pages`);
    assert.match(short.text, /\[… \d+ lines left out: repeated passage\]/);
    assert.doesNotMatch(full.text, /left out/);

    await writeFile(out('none.json'), '[]');
    assert.equal(
      (
        await cli(
          'export',
          '--source',
          file!,
          '--annotations',
          out('none.json'),
          '--format',
          'pdf',
          '--out',
          out('file.pdf'),
          '--skip-passages',
          '--lang',
          'en',
        )
      ).code,
      0,
    );
    assert.match((await pdfText(out('file.pdf'))).text, /\[… \d+ lines left out: repeated passage\]/);
  },
);
