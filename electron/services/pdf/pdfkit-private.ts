// THE ONLY FILE THAT TOUCHES PDFKIT'S PRIVATE API (pdfkit is pinned at exactly 0.20.2; pdfkit-private.test.ts
// covers every member used here). pdfkit's own text path cannot be used: it has no bidi and re-shapes text
// itself, so glyphs we shaped are written the way its `_fragment` does — through the document's font subset,
// as TJ arrays — with our own ToUnicode entries and /ActualText spans for text extraction.
//
// Right-to-left runs are written in LOGICAL order, one positioned glyph at a time, so that every reader returns
// Arabic in reading order (measured with pdf.js 6.5, Poppler 22.12, MuPDF 1.21, pypdf 3.4; notes in
// docs/benchmarks.md): MuPDF and pypdf return glyphs in content order and apply no bidi; pdf.js makes each glyph
// that moves backwards its own text item, so its visual-to-logical reordering has nothing to reverse; Poppler
// orders by position anyway. Three details make it hold for all four:
// - each right-to-left glyph is preceded by its Tf: pypdf reverses right-to-left characters within a stretch
//   between font changes, which would undo the logical order;
// - whitespace in a right-to-left run maps to itself plus U+200B: pdf.js drops space glyphs and infers spaces
//   only where the next glyph moves forwards, which never happens in a logical right-to-left run;
// - lam-alef and Allah ligatures map to their Unicode presentation forms: pdf.js and Poppler reverse the
//   letters of a multi-letter glyph in right-to-left text, not a single character (NFKC gives the letters);
// - such remapped glyphs also carry /ActualText with the plain text, which only Poppler reads (MuPDF 1.21,
//   pypdf and pdf.js ignore it), so Poppler's text has neither the U+200B nor the presentation forms.

import type PDFDocument from 'pdfkit';
import type { PdfRef } from 'pdfkit';
import type { ChainFont } from './fonts.ts';
import type { ShapedGlyph } from './shaped-run.ts';

/** The members of pdfkit's EmbeddedFont this file relies on. */
interface EmbeddedFont {
  id: string;
  subset: { includeGlyph(glyphId: number): number };
  /** Per subset glyph: the code points its ToUnicode entry gives. */
  unicode: number[][];
  /** Per subset glyph: the /W width in 1/1000 em. */
  widths: number[];
  ref(): unknown;
}

interface DocumentInternals {
  _font: EmbeddedFont;
  page: { fonts: Record<string, unknown>; height: number };
  addContent(operators: string | Uint8Array): unknown;
}

export interface FontSlot {
  embedded: EmbeddedFont;
}

const internals = (doc: PDFDocument) => doc as unknown as DocumentInternals;

/**
 * Writes operators into the page as they are, in ONE write: each pdfkit drawing call is a write (and a buffer)
 * of its own, which adds up over thousands of table rows and note markers.
 */
export function addRawContent(doc: PDFDocument, operators: string): void {
  // As bytes, the way pdfkit would make them (its own conversion goes character by character in JavaScript).
  internals(doc).addContent(Buffer.from(`${operators}\n`, 'latin1'));
}

interface StreamInternals {
  _write(data: unknown): void;
  _offset: number;
  read(): Uint8Array | null;
  resume(): void;
}

/**
 * Hands the document's bytes straight to `sink` as pdfkit makes them, not through its Readable stream: 10,000
 * claims make about a million small chunks, and the stream's buffering of each one (with pdfkit's character by
 * character string to bytes) took over a second. Same bytes in the same order: what the constructor wrote (the
 * header) is taken from the stream's buffer first. The stream still emits 'end' when the document ends.
 */
export function sendBytesTo(doc: PDFDocument, sink: (chunk: Uint8Array) => void): void {
  const d = doc as unknown as StreamInternals;
  if (typeof d._write !== 'function' || typeof d._offset !== 'number') {
    throw new Error('pdfkit internals changed: PDFDocument has no _write/_offset (pdfkit must be 0.20.2)');
  }
  for (let chunk = d.read(); chunk !== null; chunk = d.read()) sink(chunk);
  d._write = (data: unknown) => {
    const bytes = data instanceof Uint8Array ? data : Buffer.from(`${String(data)}\n`, 'latin1');
    d._offset += bytes.byteLength;
    sink(bytes);
  };
  d.resume();
}

/**
 * Streams shorter than this are written as they are. Deflating one costs ~35 µs of zlib set-up whatever its size,
 * and a highlight's appearance stream is ~100 bytes: 10,000 claims made 10,000 such calls (~0.4 s) to save a few
 * bytes each.
 */
const SMALL_STREAM = 512;

/** Ends a stream object (`doc.ref(…)`) with `content`; a small one is not compressed (pdfkit's `compress` flag). */
export function endStream(ref: PdfRef, content: string): void {
  const r = ref as unknown as { compress?: boolean };
  if (typeof r.compress !== 'boolean') {
    throw new Error('pdfkit internals changed: PDFReference has no compress flag (pdfkit must be 0.20.2)');
  }
  if (content.length < SMALL_STREAM) r.compress = false;
  ref.end(content);
}

/** A number as pdfkit writes it in operators (six decimals at most). */
export function pdfNumber(n: number): string {
  return String(Math.round(n * 1e6) / 1e6);
}

/** Makes `font` one of the document's fonts (pdfkit accepts a fontkit font object) and returns its handle. */
export function registerFont(doc: PDFDocument, font: ChainFont, variant = ''): FontSlot {
  const d = internals(doc);
  (doc as unknown as { font(src: unknown, family: string): void }).font(font.font, `wb-${font.key}${variant}`);
  if (!d._font?.subset || !Array.isArray(d._font.unicode) || !Array.isArray(d._font.widths)) {
    throw new Error('pdfkit internals changed: EmbeddedFont has no subset/unicode/widths (pdfkit must be 0.20.2)');
  }
  return { embedded: d._font };
}

export interface GlyphRun {
  slot: FontSlot;
  size: number;
  /** Left edge and baseline in pdfkit's top-down page coordinates (pt). */
  x: number;
  baseline: number;
  glyphs: readonly ShapedGlyph[];
  /** A right-to-left run: written in logical order (see the header). Its slot should be used for such runs only. */
  rtl?: boolean;
}

/** Writes runs as one text object; call with pdfkit's default (unscaled) transform in place. */
export function drawGlyphRuns(doc: PDFDocument, runs: readonly GlyphRun[]): void {
  const d = internals(doc);
  const ops: string[] = ['BT'];
  let lastFont = '';
  for (const run of runs) {
    if (run.glyphs.length === 0) continue;
    const font = run.slot.embedded;
    d.page.fonts[font.id] ??= font.ref();
    const tf = `/${font.id} ${num(run.size)} Tf`;
    if (run.rtl) writeLogicalRun(ops, run, d.page.height - run.baseline, tf);
    else {
      if (tf !== lastFont) ops.push(tf);
      writeRun(ops, run, d.page.height - run.baseline);
    }
    lastFont = tf;
  }
  ops.push('ET');
  // Text space is PDF's own (y up): undo pdfkit's top-down page transform around the text object.
  doc.save();
  addRawContent(doc, `1 0 0 -1 0 ${num(d.page.height)} cm\n${ops.join('\n')}`);
  doc.restore();
}

function writeRun(ops: string[], run: GlyphRun, y: number): void {
  const scale = run.size / 1000;
  let tj: string[] = [];
  let positioned = false;
  let pen = run.x;
  const flush = () => {
    if (tj.length > 0) ops.push(`[${tj.join('')}] TJ`);
    tj = [];
  };
  for (const glyph of run.glyphs) {
    const { gid, width, actualText } = useGlyph(run.slot.embedded, glyph);
    const special = glyph.xOffset !== 0 || glyph.yOffset !== 0 || actualText !== undefined;
    if (special || !positioned) {
      flush();
      ops.push(`1 0 0 1 ${num(pen + glyph.xOffset * scale)} ${num(y + glyph.yOffset * scale)} Tm`);
      positioned = !special;
    }
    if (actualText !== undefined) {
      ops.push(`/Span <</ActualText <FEFF${utf16Hex(actualText)}>>> BDC <${hex4(gid)}> Tj EMC`);
    } else {
      tj.push(`<${hex4(gid)}>`);
      const adjust = width - glyph.xAdvance; // kerning
      if (Math.abs(adjust) > 0.001) tj.push(num(adjust));
    }
    pen += glyph.xAdvance * scale;
  }
  flush();
}

/** A right-to-left run, glyph by glyph in logical order, each at the place the visual layout gave it. */
function writeLogicalRun(ops: string[], run: GlyphRun, y: number, tf: string): void {
  const scale = run.size / 1000;
  let pen = run.x;
  const placed = run.glyphs.map((glyph) => {
    const at = { glyph, x: pen + glyph.xOffset * scale, y: y + glyph.yOffset * scale };
    pen += glyph.xAdvance * scale;
    return at;
  });
  for (let i = placed.length - 1; i >= 0; i--) {
    const { glyph, x, y: gy } = placed[i]!;
    const mapped = forRtlExtraction(glyph);
    const used = useGlyph(run.slot.embedded, mapped);
    const { gid } = used;
    // A remapped glyph, and any glyph of several letters (Amiri has many), also says what it is in /ActualText,
    // which of the four only Poppler reads: it gets a plain space and a ligature's letters (reversed, as Poppler
    // reverses a multi-letter glyph in RTL text).
    const ligature = [...glyph.text.replace(/\p{M}/gu, '')].length > 1;
    const actualText = used.actualText ?? (mapped !== glyph || ligature ? popplerText(glyph.text) : undefined);
    ops.push(tf, `1 0 0 1 ${num(x)} ${num(gy)} Tm`);
    if (actualText !== undefined)
      ops.push(`/Span <</ActualText <FEFF${utf16Hex(actualText)}>>> BDC <${hex4(gid)}> Tj EMC`);
    else ops.push(`<${hex4(gid)}> Tj`);
  }
}

function popplerText(text: string): string {
  return /^\s+$/u.test(text) ? text : [...text].reverse().join('');
}

/** Ligatures with a presentation form of their own; any harakat of the cluster follow the form. */
const PRESENTATION_FORMS = new Map([
  ['الله', '\uFDF2'],
  ['لآ', '\uFEF5'],
  ['لأ', '\uFEF7'],
  ['لإ', '\uFEF9'],
  ['لا', '\uFEFB'],
]);
const rtlGlyphs = new WeakMap<ShapedGlyph, ShapedGlyph>();

/** What a right-to-left glyph's ToUnicode says (see the header): the same glyph, another text. */
function forRtlExtraction(glyph: ShapedGlyph): ShapedGlyph {
  let mapped = rtlGlyphs.get(glyph);
  if (mapped) return mapped;
  const letters = glyph.text.replace(/\p{M}/gu, '');
  const form = PRESENTATION_FORMS.get(letters);
  let text = glyph.text;
  if (form !== undefined) text = form + glyph.text.replace(/\P{M}/gu, '');
  else if (/^\s+$/u.test(text)) text = `${text}\u200B`;
  mapped = text === glyph.text ? glyph : { ...glyph, text, codePoints: [...text].map((c) => c.codePointAt(0)!) };
  rtlGlyphs.set(glyph, mapped);
  return mapped;
}

/**
 * Adds the glyph to the subset. The first use of a glyph sets its ToUnicode entry (its characters in visual
 * order); a later use standing for other characters (a mirrored bracket, a glyph shared by two letters, a
 * joining part that stands for none) gets an /ActualText span of its own — never one per line, which
 * extractors handle far worse.
 */
function useGlyph(font: EmbeddedFont, glyph: ShapedGlyph): { gid: number; width: number; actualText?: string } {
  const gid = font.subset.includeGlyph(glyph.id);
  // A mark (no advance once positioned) gets width 0: with its nominal width Poppler sees a gap in the word
  // around every haraka and splits it ("عل ًنا").
  const width = (font.widths[gid] ??= glyph.xAdvance === 0 ? 0 : glyph.advanceWidth);
  const wanted = glyph.codePoints;
  const mapped = font.unicode[gid];
  if (mapped === undefined) {
    font.unicode[gid] = wanted.length > 0 ? wanted : [NO_CHARACTER];
    return wanted.length > 0 ? { gid, width } : { gid, width, actualText: '' };
  }
  return sameCodePoints(mapped, wanted) ? { gid, width } : { gid, width, actualText: glyph.text };
}

/** ToUnicode needs some entry for a glyph of no character; a zero-width space extracts as nothing visible. */
const NO_CHARACTER = 0x200b;

function sameCodePoints(a: readonly number[], b: readonly number[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

const HEX4: string[] = [];

function hex4(n: number): string {
  return (HEX4[n] ??= n.toString(16).padStart(4, '0'));
}

function utf16Hex(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += hex4(text.charCodeAt(i));
  return out;
}

function num(n: number): string {
  return String(Math.round(n * 1000) / 1000);
}
