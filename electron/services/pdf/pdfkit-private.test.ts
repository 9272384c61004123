// Covers every pdfkit private member pdfkit-private.ts uses (EmbeddedFont subset/unicode/widths/id/ref,
// PDFReference.compress, doc._font, page.fonts, addContent): if a pdfkit update moves them, these fail before a
// report goes wrong.
import assert from 'node:assert/strict';
import { inflateSync } from 'node:zlib';
import { test } from 'node:test';
import { openPdf, pdfjsText } from '../../../tests/pdf/support/extract.ts';
import { loadFontChain } from './fonts.ts';
import { PageFlow } from './page-flow.ts';
import { drawGlyphRuns, endStream, registerFont } from './pdfkit-private.ts';
import { shapeRun } from './shaping.ts';

const chain = await loadFontChain('vazirmatn', 'regular');
const font = chain.fonts[0]!;

async function draw(runs: { display: string; source?: string; rtl: boolean; x: number }[]) {
  const flow = new PageFlow('A4', {}, { compress: false });
  flow.newPage();
  const slot = registerFont(flow.doc, font);
  drawGlyphRuns(
    flow.doc,
    runs.map((r) => ({
      slot,
      size: 20,
      x: r.x,
      baseline: 100,
      glyphs: shapeRun(font, r.display, r.source ?? r.display, r.rtl).glyphs,
      rtl: r.rtl,
    })),
  );
  const pdf = await flow.finish();
  return { pdf, raw: Buffer.from(pdf).toString('latin1') };
}

/** The ToUnicode CMap (pdfkit compresses it even when content streams are not). */
function toUnicode(raw: string): string {
  const streams = [...raw.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)].map((m) => Buffer.from(m[1]!, 'latin1'));
  for (const s of streams) {
    let text = s.toString('latin1');
    try {
      text = inflateSync(s).toString('latin1');
    } catch {
      // not compressed
    }
    if (text.includes('beginbfrange')) return text;
  }
  throw new Error('no ToUnicode CMap');
}

test('registerFont reaches pdfkit’s embedded font (subset, ToUnicode and widths tables)', () => {
  const flow = new PageFlow('A4', {});
  flow.newPage();
  const slot = registerFont(flow.doc, font);
  assert.equal(typeof slot.embedded.subset.includeGlyph, 'function');
  assert.ok(Array.isArray(slot.embedded.unicode) && Array.isArray(slot.embedded.widths));
  assert.match(slot.embedded.id, /^F\d+$/);
  assert.equal(registerFont(flow.doc, font).embedded, slot.embedded, 'the same font is registered once');
});

test('glyph runs are written as positioned TJ arrays in the page font resources', async () => {
  const { raw } = await draw([{ display: 'AVA', rtl: false, x: 50 }]);
  assert.match(
    raw,
    /\/F1 20 Tf\n1 0 0 1 50 741\.89 Tm\n\[<0001>(-?\d+(\.\d+)?)?<0002>/,
    'Tf, Tm, then a TJ array (with kerning)',
  );
  assert.match(raw, /\/Font <<\n\/F1 \d+ 0 R/);
});

test('a lam-alef ligature maps to its presentation form, which extracts as the two letters', async () => {
  const { pdf, raw } = await draw([{ display: 'لا', rtl: true, x: 50 }]);
  assert.match(toUnicode(raw), /<FEFB>/i, 'one character: readers reverse the letters of a multi-letter glyph');
  assert.equal((await pdfjsText(await openPdf(pdf), 1, 1)).trim().normalize('NFKC'), 'لا');
});

test('a right-to-left run is written glyph by glyph in logical order, each with its Tf; its spaces carry U+200B', async () => {
  const { pdf, raw } = await draw([{ display: 'كتب ولد', rtl: true, x: 50 }]);
  const shows = [
    ...raw.matchAll(
      /\/F1 20 Tf\n1 0 0 1 ([\d.]+) [\d.]+ Tm\n(?:\/Span <<\/ActualText <FEFF0020>>> BDC )?<[0-9a-f]{4}> Tj/g,
    ),
  ].map((m) => Number(m[1]));
  assert.equal(shows.length, 7, 'seven glyphs, one Tf + Tm + Tj each');
  assert.deepEqual(
    shows,
    [...shows].sort((a, b) => b - a),
    'the first letter is the rightmost: logical order, moving left',
  );
  assert.match(toUnicode(raw), /<0020 200B>/i);
  assert.match(raw, /\/ActualText <FEFF0020>/, 'Poppler, which reads /ActualText, gets a plain space');
  assert.equal((await pdfjsText(await openPdf(pdf), 1, 1)).replace('\u200B', '').trim(), 'كتب ولد');
});

test('a mirrored bracket, or a glyph drawn for other characters, gets its own /ActualText span', async () => {
  // In RTL "(" is drawn with the ")" glyph; the first use of ")" below (LTR) fixes that glyph's ToUnicode.
  const { raw } = await draw([
    { display: ')', rtl: false, x: 50 },
    { display: ')ب', source: '(ب', rtl: true, x: 100 },
  ]);
  assert.match(raw, /\/Span <<\/ActualText <FEFF0028>>> BDC <[0-9a-f]{4}> Tj EMC/);
  assert.equal(raw.match(/ActualText/g)?.length, 1, 'only the glyph that needs it');
});

test('harakat are positioned by offsets from the shaper, not drawn on the baseline', async () => {
  const { raw } = await draw([{ display: 'كُتِبَ', rtl: true, x: 50 }]);
  const tms = [...raw.matchAll(/1 0 0 1 ([\d.]+) ([\d.]+) Tm/g)].map((m) => Number(m[2]));
  assert.ok(
    tms.some((y) => y !== 741.89),
    'some glyph is raised or lowered',
  );
});

test('endStream writes a small stream as it is and deflates a large one (PDFReference.compress)', async () => {
  const flow = new PageFlow('A4', {});
  flow.newPage();
  const small = flow.doc.ref({ Type: 'XObject', Subtype: 'Form', BBox: [0, 0, 10, 10] });
  endStream(small, '0 0 1 rg 0 0 10 10 re f');
  const large = flow.doc.ref({ Type: 'XObject', Subtype: 'Form', BBox: [0, 0, 10, 10] });
  const big = Array.from({ length: 200 }, (_, i) => `0 0 1 rg ${i} 0 10 10 re f`).join('\n');
  endStream(large, big);
  const raw = Buffer.from(await flow.finish()).toString('latin1');
  const objects = [...raw.matchAll(/\/Subtype \/Form[\s\S]*?stream\r?\n([\s\S]*?)\r?\nendstream/g)];
  const plain = objects.find((m) => m[1]!.includes('0 0 10 10 re f'));
  assert.ok(plain, 'the small stream is in the file as written');
  assert.doesNotMatch(plain[0], /FlateDecode/);
  const deflated = objects.find((m) => m[0].includes('FlateDecode'));
  assert.ok(deflated, 'the large stream is deflated');
  assert.equal(inflateSync(Buffer.from(deflated[1]!, 'latin1')).toString('latin1').trim(), big);
});
