// Text fidelity (notes/pdf-arabic.md): the report's body pages must give the source's Arabic words back IN
// READING ORDER to every reader we can run — pdf.js, Poppler's pdftotext, MuPDF and pypdf — on every corpus text,
// with and without claims (claims add highlights, note markers and annotations to the same lines).
// Recall counts the words; order is the longest common subsequence of the word sequences.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { test } from 'node:test';
import { renderReport } from '../../electron/services/pdf/report.ts';
import { DEFAULT_TAGS } from '../../shared/workspace/model.ts';
import { corpusFiles } from '../support/corpus.ts';
import { tempDir } from '../support/temp.ts';
import { spreadClaims } from './support/claims-fixture.ts';
import { extractorsMissing, mupdfText, openPdf, pdfjsText, popplerText, pypdfText } from './support/extract.ts';
import { arabicTokens, normalizeForMetric, tokenOrder, tokenRecall } from './support/fidelity.ts';

const corpus = corpusFiles();
const missing = extractorsMissing();
if (missing && process.env.CI === 'true') throw new Error(`${missing} (required under CI: .ci/run installs them)`);

/** Poppler splits a word where a haraka sits off its letter (about 1% of the words of corpus 003). */
const LEAST: Record<string, number> = { 'pdf.js': 0.99, pdftotext: 0.98, mupdf: 0.99, pypdf: 0.99 };

test('the metric normalizes harakat, tatweel and digits, counts repeats, and can fail', () => {
  assert.equal(normalizeForMetric('كُتِبَ ـــ ٢٠٠١'), 'كتب  2001');
  assert.deepEqual(arabicTokens('قال: "u-2" في عام 2020، وقال'), ['قال', 'في', 'عام', 'وقال']);
  assert.equal(tokenRecall('قال قال كتب', 'قال كتب'), 2 / 3);
  assert.equal(tokenRecall('لا إله', 'ال هلإ'), 0, 'letters reversed inside words do not count');
  assert.equal(tokenRecall('كتب الولد', 'الولد كتب'), 1, 'recall ignores order');
  assert.equal(tokenOrder('كتب الولد الدرس', 'الدرس الولد كتب'), 1 / 3, 'order does not');
});

for (const file of corpus.files) {
  for (const claims of [0, 40]) {
    test(
      `fidelity of ${basename(file)} with ${claims} claims: every reader gives the words back in order`,
      { skip: missing },
      async (t) => {
        const text = readFileSync(file, 'utf8').replace(/\r\n?/g, '\n').normalize('NFC');
        const input = {
          source: { title: basename(file), text, direction: 'rtl' as const },
          annotations: spreadClaims(text, claims),
          tags: DEFAULT_TAGS,
        };
        const { pdf, summary } = await renderReport(input);
        const { first, last } = summary.bodyPages;
        const dir = await tempDir();
        const extracted: Record<string, string> = {
          'pdf.js': await pdfjsText(await openPdf(pdf), first, last),
          pdftotext: popplerText(pdf, dir, first, last),
          mupdf: mupdfText(pdf, dir, first, last),
          pypdf: pypdfText(pdf, dir, first, last),
        };
        const figures = Object.entries(extracted).map(([reader, out]) => ({
          reader,
          recall: tokenRecall(text, out),
          order: tokenOrder(text, out),
        }));
        t.diagnostic(
          `${arabicTokens(text).length} words; ` +
            figures.map((f) => `${f.reader} recall ${f.recall.toFixed(4)} order ${f.order.toFixed(4)}`).join('; '),
        );
        for (const f of figures) {
          assert.ok(f.recall >= LEAST[f.reader]!, `${f.reader} recall ${f.recall}`);
          assert.ok(f.order >= LEAST[f.reader]!, `${f.reader} order ${f.order}`);
        }
      },
    );
  }
}
if (corpus.skip) test('fidelity on the corpus', { skip: corpus.skip }, () => {});
