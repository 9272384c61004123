// Text fidelity (notes/pdf-arabic.md): the report's body pages must give the source's Arabic words back —
// recall ≥ 0.99 with pdf.js and ≥ 0.98 with Poppler's pdftotext, on every corpus text.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { test } from 'node:test';
import { renderReport } from '../../electron/services/pdf/report.ts';
import { DEFAULT_TAGS } from '../../shared/workspace/model.ts';
import { corpusFiles } from '../support/corpus.ts';
import { tempDir } from '../support/temp.ts';
import { spreadClaims } from './support/claims-fixture.ts';
import { openPdf, pdfjsText, popplerText } from './support/extract.ts';
import { arabicTokens, normalizeForMetric, tokenRecall } from './support/fidelity.ts';

const corpus = corpusFiles();

test('the metric normalizes harakat, tatweel and digits, counts repeats, and can fail', () => {
  assert.equal(normalizeForMetric('كُتِبَ ـــ ٢٠٠١'), 'كتب  2001');
  assert.deepEqual(arabicTokens('قال: "u-2" في عام 2020، وقال'), ['قال', 'في', 'عام', 'وقال']);
  assert.equal(tokenRecall('قال قال كتب', 'قال كتب'), 2 / 3);
  assert.equal(tokenRecall('لا إله', 'ال هلإ'), 0, 'letters reversed inside words do not count');
  assert.equal(tokenRecall('كتب الولد', 'الولد كتب'), 1, 'recall ignores order');
});

for (const file of corpus.files) {
  test(`fidelity of ${basename(file)}: pdf.js ≥ 0.99, pdftotext ≥ 0.98`, async (t) => {
    const text = readFileSync(file, 'utf8').replace(/\r\n?/g, '\n').normalize('NFC');
    const input = {
      source: { title: basename(file), text, direction: 'rtl' as const },
      annotations: spreadClaims(text, 40),
      tags: DEFAULT_TAGS,
    };
    const { pdf, summary } = await renderReport(input);
    const { first, last } = summary.bodyPages;
    const pdfjs = tokenRecall(text, await pdfjsText(await openPdf(pdf), first, last));
    const poppler = tokenRecall(text, popplerText(pdf, await tempDir(), first, last));
    t.diagnostic(
      `recall pdf.js ${pdfjs.toFixed(4)}, pdftotext ${poppler.toFixed(4)} (${arabicTokens(text).length} tokens)`,
    );
    assert.ok(pdfjs >= 0.99, `pdf.js recall ${pdfjs}`);
    assert.ok(poppler >= 0.98, `pdftotext recall ${poppler}`);
  });
}
if (corpus.skip) test('fidelity on the corpus', { skip: corpus.skip }, () => {});
