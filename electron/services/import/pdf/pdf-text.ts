// A PDF's visual lines, page by page → the stored text and its map back to the page. Lines of one paragraph
// are joined with a space (a PDF wraps lines; the reading view should not); a paragraph ends at a wider gap
// between lines, a change of size or direction, or a line that stops well short of the column's end. Pages
// are separated by a line break at an offset the map keeps; running headers and footers stay, on their own
// lines, listed as furniture.

import { BAND, findFurniture } from './pdf-furniture.ts';
import { lineDirection, logicalChars, unmirrorIfBetter, type LogicalChar } from './pdf-logical.ts';
import type { VisualLine } from './pdf-lines.ts';
import { PDF_MAP_SCHEMA_VERSION, type PdfMap, type PdfMapLine } from './pdf-map.ts';

export interface PageInput {
  /** The page's box in user space: [x0, y0, x1, y1]. */
  view: number[];
  lines: VisualLine[];
}

interface Row {
  page: number;
  line: VisualLine;
  direction: 'rtl' | 'ltr';
  text: string;
  /** Two numbers (x0, x1) per UTF-16 code unit of `text`. */
  x: number[];
  furniture: boolean;
}

const MARK = /^\p{M}/u;

/** Line box above and below the baseline, as shares of the font size (Arabic fonts reach deep below it). */
const ASCENT = 0.9;
const DESCENT = 0.35;

export function layoutPdfText(pages: readonly PageInput[]): { text: string; map: PdfMap } {
  const all = pages.flatMap((p) => p.lines);
  const fallback = all.reduce((n, l) => n + (lineDirection(l, 'ltr') === 'rtl' ? 1 : -1), 0) > 0 ? 'rtl' : 'ltr';
  const read = pages.flatMap((page, n) =>
    orderOnBaseline(page.lines, fallback).map((line) => {
      const direction = lineDirection(line, fallback);
      return { page: n, line, direction, chars: logicalChars(line, direction) };
    }),
  );
  unmirrorIfBetter(read.map((r) => r.chars));
  const rows = read.map((r) => row(r));
  markFurniture(rows, pages);
  return assemble(rows, pages, fallback);
}

/** Lines cut from one baseline come left to right; a right-to-left document reads them right to left. */
function orderOnBaseline(lines: VisualLine[], direction: 'rtl' | 'ltr'): VisualLine[] {
  if (direction === 'ltr') return lines;
  const out: VisualLine[] = [];
  let i = 0;
  while (i < lines.length) {
    let j = i + 1;
    while (j < lines.length && lines[j]!.turn === lines[i]!.turn && lines[j]!.y === lines[i]!.y) j++;
    out.push(...lines.slice(i, j).reverse());
    i = j;
  }
  return out;
}

function row(r: { page: number; line: VisualLine; direction: 'rtl' | 'ltr'; chars: LogicalChar[] }): Row {
  const { text, x } = lineText(r.chars);
  return { page: r.page, line: r.line, direction: r.direction, text, x, furniture: false };
}

/** NFC per cluster (a letter and its marks), trimmed; every code unit keeps an x-range. */
function lineText(chars: LogicalChar[]): { text: string; x: number[] } {
  let text = '';
  const x: number[] = [];
  let i = 0;
  while (i < chars.length) {
    let j = i + 1;
    let cluster = chars[i]!.char;
    let x0 = chars[i]!.x0;
    let x1 = chars[i]!.x1;
    while (j < chars.length && MARK.test(chars[j]!.char)) {
      cluster += chars[j]!.char;
      x0 = Math.min(x0, chars[j]!.x0);
      x1 = Math.max(x1, chars[j]!.x1);
      j++;
    }
    const composed = cluster.normalize('NFC');
    for (let k = 0; k < composed.length; k++) x.push(x0, x1);
    text += composed;
    i = j;
  }
  const start = text.length - text.trimStart().length;
  const trimmed = text.trim();
  return { text: trimmed.replace(/\s/g, ' '), x: x.slice(start * 2, (start + trimmed.length) * 2) };
}

function markFurniture(rows: Row[], pages: readonly PageInput[]): void {
  const candidates = rows.map((r) => {
    const [, y0 = 0, , y1 = 0] = pages[r.page]!.view;
    const band = (y1 - y0) * BAND;
    const inBand = r.line.turn === 0 && (r.line.y > y1 - band || r.line.y < y0 + band);
    return { page: r.page, text: r.text, inBand };
  });
  for (const i of findFurniture(candidates, pages.length)) rows[i]!.furniture = true;
}

function startsParagraph(previous: Row | undefined, current: Row, pitch: number, column: [number, number]): boolean {
  if (!previous || previous.page !== current.page || previous.furniture || current.furniture) return true;
  const a = previous.line;
  const b = current.line;
  if (a.turn !== b.turn || previous.direction !== current.direction) return true;
  if (Math.abs(a.size - b.size) > 0.2 * b.size) return true;
  if (a.y - b.y > 1.6 * pitch || a.y - b.y < 0) return true;
  // The previous line stopped short of the column's far end: the paragraph ended there.
  const short = previous.direction === 'rtl' ? a.left - column[0] : column[1] - a.right;
  return short > 4 * b.size;
}

/** The usual distance between consecutive baselines of a page's body text. */
function typicalPitch(rows: Row[]): number {
  const pitches: number[] = [];
  for (let i = 1; i < rows.length; i++) {
    const d = rows[i - 1]!.line.y - rows[i]!.line.y;
    if (d > 0 && rows[i - 1]!.page === rows[i]!.page) pitches.push(d);
  }
  pitches.sort((p, q) => p - q);
  return pitches[Math.floor(pitches.length / 2)] ?? 0;
}

function assemble(rows: Row[], pages: readonly PageInput[], direction: 'rtl' | 'ltr') {
  let text = '';
  const lines: PdfMapLine[] = [];
  const furniture: Array<[number, number]> = [];
  const pageStarts: number[] = [];
  for (let page = 0; page < pages.length; page++) {
    if (page > 0) text += '\n';
    pageStarts.push(text.length);
    const body = rows.filter((r) => r.page === page && r.text !== '');
    const normal = body.filter((r) => !r.furniture);
    const pitch = typicalPitch(normal) || 1.2 * (normal[0]?.line.size ?? 12);
    const column: [number, number] = [
      Math.min(...normal.map((r) => r.line.left)),
      Math.max(...normal.map((r) => r.line.right)),
    ];
    body.forEach((current, i) => {
      if (i > 0) text += startsParagraph(body[i - 1], current, pitch, column) ? '\n' : ' ';
      const start = text.length;
      text += current.text;
      const { line } = current;
      lines.push({
        start,
        end: text.length,
        page,
        turn: line.turn,
        y0: round(line.y - DESCENT * line.size),
        y1: round(line.y + ASCENT * line.size),
        x: current.x.map(round),
      });
      if (current.furniture) furniture.push([start, text.length]);
    });
  }
  const map: PdfMap = {
    schemaVersion: PDF_MAP_SCHEMA_VERSION,
    direction,
    pages: pages.map((p, i) => ({ start: pageStarts[i]!, view: p.view.map(round) })),
    lines,
    furniture,
  };
  return { text, map };
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
