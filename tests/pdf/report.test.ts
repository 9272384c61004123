// The report read back as a reader would: pdf.js for pages and annotations, Poppler for the text under each
// highlight. One report of corpus 003 (100 claims, the two wrong years, a claim over a page break, an orphan).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { renderReport } from '../../electron/services/pdf/report.ts';
import { DEFAULT_TAGS } from '../../shared/workspace/model.ts';
import { corpusFiles } from '../support/corpus.ts';
import { tempDir } from '../support/temp.ts';
import { claimAt, corpus003Typos, spreadClaims } from './support/claims-fixture.ts';
import { openPdf, pdfjsAnnotations, popplerText, type ReadAnnotation } from './support/extract.ts';

const corpus = corpusFiles();
const file = corpus.files.find((f) => f.includes('003_'));
const skip = corpus.skip ?? (file ? false : 'corpus 003 is missing');
const text = file ? readFileSync(file, 'utf8').replace(/\r\n?/g, '\n').normalize('NFC') : '';

const ORPHAN_ID = 'urn:uuid:99999999-9999-4999-8999-999999999999';
const LONG_ID = 'urn:uuid:88888888-8888-4888-8888-888888888888';

function annotations() {
  const orphan = claimAt(text, 0, 3, { id: ORPHAN_ID, tags: ['disputed'] });
  orphan.target.selector = [
    { type: 'TextQuoteSelector', exact: 'This sentence is nowhere in the source text at all.' },
  ];
  return [
    ...spreadClaims(text, 100),
    ...corpus003Typos(text),
    claimAt(text, 5000, 9000, { id: LONG_ID, tags: ['sourced'], note: 'مقطع طويل' }),
    orphan,
  ];
}

const rendered = skip
  ? undefined
  : (async () => {
      const input = {
        workspaceName: 'مساحة الاختبار',
        source: { title: 'أرشيف البيت الأبيض', text, direction: 'rtl' as const },
        annotations: annotations(),
        tags: DEFAULT_TAGS,
      };
      const { pdf, summary } = await renderReport(input, { now: new Date('2026-11-22T10:00:00Z') });
      const doc = await openPdf(pdf);
      return { pdf, summary, doc, annots: await pdfjsAnnotations(doc, pdf), dir: await tempDir() };
    })();
const report = () => rendered!;

const highlights = (annots: ReadAnnotation[]) => annots.filter((a) => a.subtype === 'Highlight');
const baseId = (name = '') => name.replace(/#part-\d+$/, '');

test('title page, body pages, claims table and the orphan appendix, in that order', { skip }, async () => {
  const { pdf, summary, doc, dir } = await report();
  assert.equal(doc.numPages, summary.pages);
  assert.equal(summary.bodyPages.first, 2);
  assert.ok(summary.bodyPages.last > 5 && summary.bodyPages.last < summary.pages - 1);
  const title = popplerText(pdf, dir, 1, 1);
  for (const expected of ['تقرير الادعاءات', 'أرشيف البيت الأبيض', 'مساحة الاختبار', '2026/11/22', 'خطأ مطبعي محتمل'])
    assert.ok(title.includes(expected), expected);
  assert.ok(popplerText(pdf, dir, summary.bodyPages.last + 1, summary.bodyPages.last + 1).includes('جدول الادعاءات'));
  assert.ok(popplerText(pdf, dir, summary.pages, summary.pages).includes('ادعاءات يتيمة'));
  assert.deepEqual(
    summary.orphans.map((o) => o.id),
    [ORPHAN_ID],
  );
});

test(
  'every anchored claim is a /Highlight named by its id, one per page it covers, only on body pages',
  { skip },
  async () => {
    const { summary, annots } = await report();
    const marks = highlights(annots);
    const expected = annotations()
      .map((a) => a.id)
      .filter((id) => id !== ORPHAN_ID);
    assert.deepEqual(new Set(marks.map((m) => baseId(m.id))), new Set(expected));
    assert.equal(summary.claims, expected.length);
    for (const m of marks) {
      assert.ok(m.page >= summary.bodyPages.first && m.page <= summary.bodyPages.last, `${m.id} on page ${m.page}`);
      const quads = m.quadPoints as ArrayLike<number>;
      assert.ok(quads.length > 0 && quads.length % 8 === 0);
    }
    const long = marks.filter((m) => baseId(m.id) === LONG_ID);
    assert.ok(long.length >= 2, 'a claim over a page break has one highlight per page');
    assert.deepEqual(
      long.map((m) => m.id),
      long.map((_, i) => (i === 0 ? LONG_ID : `${LONG_ID}#part-${i + 1}`)),
    );
    assert.deepEqual(
      long.map((m) => m.page),
      long.map((_, i) => long[0]!.page + i),
    );
  },
);

test('/Contents carries number, tag label, note and citation; /T the creator', { skip }, async () => {
  const { annots } = await report();
  const first = highlights(annots).find((m) => m.id === 'urn:uuid:00000000-0000-4000-8000-000000000000')!;
  assert.match(first.contents, /^\d+\. موثّق \/ Sourced\n/);
  assert.match(first.contents, /ملاحظة: ملاحظة رقم 0 حول هذا الادعاء \(see p\. 1\)\./);
  assert.match(first.contents, /مرجع: أرشيف البيت الأبيض https:\/\/example\.org\/أرشيف\/0\?q=بوتين/);
  assert.equal(first.title, 'باحث الاختبار');
});

test('citation URLs are link annotations with percent-encoded targets', { skip }, async () => {
  const { annots, summary } = await report();
  const links = annots.filter((a) => a.subtype === 'Link' && a.url);
  assert.equal(links.length, 20, 'every fifth of the 100 claims has a citation URL');
  const back = annots.filter((a) => a.subtype === 'Link' && !a.url);
  assert.equal(back.length, summary.claims, 'each claim number in the table links back to its highlight');
  assert.ok(links.map((l) => l.url).includes(new URL('https://example.org/أرشيف/0?q=بوتين').href));
  for (const l of links) assert.match(l.url ?? '', /^https:\/\/example\.org\/%D8%A3[\x21-\x7e]*$/);
});

test('corpus 003: both wrong years are highlighted as likely typos and carry their corrections', { skip }, async () => {
  const { pdf, doc, annots, dir } = await report();
  const cases = [
    { id: 'urn:uuid:11111111-1111-4111-8111-111111111111', year: '2011', correction: '2011 → 2001' },
    { id: 'urn:uuid:22222222-2222-4222-8222-222222222222', year: '2020', correction: '2020 → 2002' },
  ];
  for (const { id, year, correction } of cases) {
    const [mark, ...rest] = highlights(annots).filter((m) => m.id === id);
    assert.ok(mark && rest.length === 0, `${id} is one highlight`);
    assert.match(mark.contents, /خطأ مطبعي محتمل \/ Likely typo/);
    assert.ok(mark.contents.includes(`تصحيح: ${correction}`), mark.contents);
    assert.deepEqual([...(mark.color ?? [])], [0xc2, 0x3b, 0x7a]);
    // The words under the highlight's box on the page are the wrong year and nothing else.
    const q = mark.quadPoints as ArrayLike<number>;
    const [xs, ys] = [
      [q[0]!, q[2]!, q[4]!, q[6]!],
      [q[1]!, q[3]!, q[5]!, q[7]!],
    ];
    const page = await doc.getPage(mark.page);
    const height = page.view[3]!;
    const box = {
      x: Math.min(...xs) + 1,
      y: height - Math.max(...ys) + 1,
      w: Math.max(...xs) - Math.min(...xs) - 2,
      h: Math.max(...ys) - Math.min(...ys) - 2,
    };
    assert.equal(popplerCrop(pdf, dir, mark.page, box).trim(), year);
  }
});

function popplerCrop(
  pdf: Uint8Array,
  dir: string,
  page: number,
  b: { x: number; y: number; w: number; h: number },
): string {
  const r = (n: number) => String(Math.round(n));
  return popplerText(pdf, dir, page, page, ['-x', r(b.x), '-y', r(b.y), '-W', r(b.w), '-H', r(b.h)]);
}

test('without orphans asked for, there is no appendix; the warning list is still returned', { skip }, async () => {
  const { summary } = await report();
  const input = {
    source: { title: 't', text, direction: 'rtl' as const },
    annotations: annotations(),
    tags: DEFAULT_TAGS,
  };
  const without = await renderReport(input, { includeOrphans: false, paper: 'Letter', digits: 'arabic-indic' });
  assert.ok(without.summary.pages < summary.pages + 2);
  const doc = await openPdf(without.pdf);
  const last = await (await doc.getPage(doc.numPages)).getTextContent();
  assert.ok(!last.items.some((i) => 'str' in i && i.str.includes('يتيمة')));
  assert.deepEqual(
    without.summary.orphans.map((o) => o.id),
    [ORPHAN_ID],
  );
  const [, , width, height] = (await doc.getPage(1)).view;
  assert.deepEqual([width, height], [612, 792]);
});
