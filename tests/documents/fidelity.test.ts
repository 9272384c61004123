// Fidelity of imported documents made by real producers from every corpus text: PDFs printed by Chromium and
// written by LibreOffice, our own report PDFs read back, DOCX and ODT written by LibreOffice, MHTML saved by
// Chromium. Metric (notes/pdf-arabic.md): Arabic-word recall of the stored text against the corpus text ≥ 0.99
// and the fraction of its words in the original order (LCS) ≥ 0.98. The table is printed as diagnostics.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { after, before, test } from 'node:test';
import { prepareSource } from '../../electron/services/import/prepare-document.ts';
import { renderReport } from '../../electron/services/pdf/report.ts';
import { DEFAULT_TAGS } from '../../shared/workspace/model.ts';
import { skipUnlessCI, requirePresent } from '../e2e/helpers/env.ts';
import { corpusFiles } from '../support/corpus.ts';
import { tempDir } from '../support/temp.ts';
import { spreadClaims } from '../pdf/support/claims-fixture.ts';
import { arabicTokens, tokenOrder, tokenRecall } from '../pdf/support/fidelity.ts';
import {
  chromiumMhtml,
  chromiumMissing,
  chromiumPdf,
  libreOffice,
  libreOfficeMissing,
  writeArticle,
} from './support/producers.ts';

const corpus = corpusFiles();
const skip = corpus.skip ?? skipUnlessCI(chromiumMissing(), libreOfficeMissing());

interface Made {
  text: string;
  files: Record<string, string>;
}
const made = new Map<string, Made>();
const table: string[] = [];

before(async () => {
  if (skip) return;
  requirePresent(chromiumMissing());
  requirePresent(libreOfficeMissing());
  const dir = await tempDir('wb-fidelity-');
  const profile = join(dir, 'lo-profile');
  const htmls: string[] = [];
  for (const file of corpus.files) {
    const text = readFileSync(file, 'utf8').replace(/\r\n?/g, '\n').normalize('NFC');
    const stem = basename(file, '.txt').slice(0, 3);
    const html = await writeArticle(dir, stem, text);
    htmls.push(html);
    const out = join(dir, 'out', stem);
    await mkdir(out, { recursive: true });
    const { pdf } = await renderReport({
      source: { title: stem, text, direction: 'rtl' },
      annotations: spreadClaims(text, 20),
      tags: DEFAULT_TAGS,
    });
    const report = join(out, `${stem}.report.pdf`);
    (await import('node:fs')).writeFileSync(report, pdf);
    made.set(file, {
      text,
      files: {
        'PDF · Chromium print': chromiumPdf(html, join(out, `${stem}.chromium.pdf`)),
        'PDF · LibreOffice Writer': libreOffice(html, 'pdf', out, profile),
        'PDF · our report': report,
        'DOCX · LibreOffice Writer': libreOffice(html, 'docx:MS Word 2007 XML', out, profile),
        'ODT · LibreOffice Writer': libreOffice(html, 'odt', out, profile),
      },
    });
  }
  const mhtmls = await chromiumMhtml(htmls);
  corpus.files.forEach((file, i) => (made.get(file)!.files['MHTML · Chromium'] = mhtmls[i]!));
});

after(() => {
  if (table.length) console.log(`\nformat · producer | corpus text | recall | order\n${table.join('\n')}`);
});

/** "(…)", "[…]" and "«…»" phrases of a text, spaces collapsed. */
function bracketed(text: string): string[] {
  return [...text.matchAll(/\([^()\n]{1,40}\)|«[^»\n]{1,40}»|\[[^\]\n]{1,40}\]/g)].map((m) =>
    m[0].replace(/\s+/g, ' '),
  );
}

/** Distinct words of a text that carry harakat or tanween. */
function vocalizedWords(text: string): string[] {
  return [...new Set(text.match(/[\p{sc=Arabic}\u064B-\u0652]*[\u064B-\u0652][\p{sc=Arabic}\u064B-\u0652]*/gu) ?? [])];
}

const KINDS = [
  'PDF · Chromium print',
  'PDF · LibreOffice Writer',
  'PDF · our report',
  'DOCX · LibreOffice Writer',
  'ODT · LibreOffice Writer',
  'MHTML · Chromium',
];

for (const file of corpus.files) {
  for (const kind of KINDS) {
    test(`${kind}: ${basename(file)} comes back with recall ≥ 0.99 and order ≥ 0.98`, { skip }, async (t) => {
      const { text, files } = made.get(file)!;
      const path = files[kind]!;
      const prepared = await prepareSource(basename(path), new Uint8Array(readFileSync(path)));
      const recall = tokenRecall(text, prepared.text);
      const order = tokenOrder(text, prepared.text);
      const row = `${kind} | ${basename(file)} | ${recall.toFixed(4)} | ${order.toFixed(4)} (${arabicTokens(text).length} words)`;
      table.push(row);
      t.diagnostic(row);
      assert.equal(prepared.direction, 'rtl');
      // Brackets come back the right way round (a right-to-left run draws them mirrored).
      const flat = prepared.text.replace(/\s+/g, ' ');
      const missing = bracketed(text).filter((phrase) => !flat.includes(phrase));
      assert.deepEqual(missing, [], 'bracketed phrases of the original');
      // Harakat and tanween on the letters they belong to (the metric above ignores them).
      const vocalized = vocalizedWords(text);
      const kept = vocalized.filter((w) => prepared.text.includes(w)).length / (vocalized.length || 1);
      t.diagnostic(`vocalized words with their marks in place: ${(kept * 100).toFixed(1)} % of ${vocalized.length}`);
      assert.ok(kept >= 0.95, `vocalized words kept: ${kept}`);
      assert.ok(recall >= 0.99, `recall ${recall}`);
      assert.ok(order >= 0.98, `order ${order}`);
    });
  }
}

test('the order metric catches text read in visual order', () => {
  const logical = 'في الواقع أجرت الولايات المتحدة اختبارا';
  const visual = [...logical].reverse().join('');
  assert.ok(tokenOrder(logical, visual) < 0.2);
  assert.ok(tokenRecall(logical, visual) < 0.2);
});
