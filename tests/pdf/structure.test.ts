// The report as a document readers can navigate and restyle: /Lang, a tagged structure (sections, paragraphs,
// the claims table as a Table, annotations in Annot elements, headers as artifacts), bookmarks, highlights whose
// appearance stream carries the tint in every tag's colour while the page stays untinted, and the claims table's
// page references. Read back with pdf.js, qpdf-free raw parsing of the uncompressed objects, and Poppler.
import assert from 'node:assert/strict';
import { inflateSync } from 'node:zlib';
import { test } from 'node:test';
import { renderReport } from '../../electron/services/pdf/report.ts';
import { DEFAULT_TAGS } from '../../shared/workspace/model.ts';
import { tempDir } from '../support/temp.ts';
import { claimAt } from './support/claims-fixture.ts';
import { openPdf, pdfjsAnnotations, popplerText } from './support/extract.ts';

const LINES = [
  'أجري الاختبار في 14 يوليو 2011 على طائرة u-2 فوق ألاسكا.',
  'وقال المتحدث إن الاختبار نجح، ونقلت الصحف الخبر في اليوم التالي.',
  'The test on the u-2 plane was a success.',
];
const text = LINES.join('\n');
const at = (q: string) => [text.indexOf(q), text.indexOf(q) + q.length] as const;

const rendered = (async () => {
  const [a, b] = at('14 يوليو 2011');
  const [c, d] = at('نجح');
  const annotations = [
    claimAt(text, a, b, { id: 'urn:x:two-tags', tags: ['sourced', 'disputed'], correction: '2001' }),
    claimAt(text, c, d, { id: 'urn:x:one', tags: ['likely-typo'] }),
  ];
  const { pdf, summary } = await renderReport({
    source: { title: 'بنية', text, direction: 'rtl' },
    annotations,
    tags: DEFAULT_TAGS,
  });
  return { pdf, summary, doc: await openPdf(pdf), raw: Buffer.from(pdf).toString('latin1') };
})();

/** Every stream of the file, inflated where it is compressed. */
function streams(raw: string): string[] {
  return [...raw.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)].map((m) => {
    const bytes = Buffer.from(m[1]!, 'latin1');
    try {
      return inflateSync(bytes).toString('latin1');
    } catch {
      return bytes.toString('latin1');
    }
  });
}

test('the document says its language, is tagged (with PDF/UA identification) and shows its title', async () => {
  const { raw, doc } = await rendered;
  assert.match(raw, /\/Lang \(ar\)/);
  assert.match(raw, /\/MarkInfo \d+ 0 R/);
  assert.match(raw, /\/Marked true/);
  assert.match(raw, /\/DisplayDocTitle true/);
  assert.ok(streams(raw).some((s) => s.includes('<pdfuaid:part>1</pdfuaid:part>')));
  const tree = await (await doc.getPage(2)).getStructTree();
  const roles = JSON.stringify(tree);
  for (const role of ['"Document"', '"Sect"', '"P"'])
    assert.ok(roles.includes(role), `${role} in the text page's structure`);
  const table = JSON.stringify(await (await doc.getPage(3)).getStructTree());
  for (const role of ['"Table"', '"TR"', '"TH"', '"TD"', '"Link"'])
    assert.ok(table.includes(role), `${role} in the claims table`);
});

test('bookmarks lead to the report’s parts', async () => {
  const { doc } = await rendered;
  const outline = (await doc.getOutline()) ?? [];
  assert.deepEqual(
    outline.map((o) => o.title),
    ['تقرير الادعاءات', 'بنية', 'جدول الادعاءات'],
  );
});

test('highlights carry their tint in an appearance stream, in every tag’s colour; the page has no tint of its own', async () => {
  const { raw, pdf, doc } = await rendered;
  const annots = (await pdfjsAnnotations(doc, pdf)).filter((a) => a.subtype === 'Highlight');
  assert.deepEqual(annots.map((a) => a.id).sort(), ['urn:x:one', 'urn:x:two-tags']);
  const forms = streams(raw).filter((s) => s.startsWith('/GS0 gs'));
  assert.equal(forms.length, 2, 'one appearance per highlight');
  const colours = (form: string) =>
    [...form.matchAll(/([\d.]+) ([\d.]+) ([\d.]+) rg/g)].map((m) => m.slice(1, 4).join(' '));
  const twoTags = forms.find((f) => colours(f).length === 2)!;
  assert.ok(twoTags, 'the claim with two tags is drawn in two bands');
  assert.deepEqual(new Set(colours(twoTags)).size, 2, 'of two colours');
  assert.match(raw, /\/BM \/Multiply/);
  assert.match(raw, /\/CA 0\.32/);
  const page2 = streams(raw).find((s) => s.includes('BT') && s.includes(' Tm') && s.includes('/P <<'))!;
  assert.ok(!/ re\s+f/.test(page2.split('BT')[0]!), 'no filled box is drawn under the text in the page itself');
});

test('the claims table gives each claim’s page and prints its correction as "2011 › 2001"', async () => {
  const { pdf, summary } = await rendered;
  const table = popplerText(pdf, await tempDir(), summary.bodyPages.last + 1, summary.pages);
  assert.match(table, /صفحة/);
  assert.match(table, /2001 › 2011|2011 › 2001/);
  const rows = table.split('\n').map((l) => l.replace(/[\u202a-\u202e]/g, '').trim());
  assert.ok(rows.filter((l) => l === '2').length >= 2, `page 2 is given for both claims: ${rows.join(' | ')}`);
});
