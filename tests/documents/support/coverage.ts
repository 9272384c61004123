// Reading an annotated original back with three independent readers: pdf.js lists its annotations (subtype,
// quads, contents, colour), Poppler (pdftotext -bbox) and MuPDF (mutool's structured text) give the boxes of
// the words and characters on the page, so "the highlight sits on the claim's words" is measured by readers
// that are not ours. Letters are compared as multisets: Poppler's and MuPDF's Arabic words come in visual
// order, which says nothing about where they are.

import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalizeForMetric } from '../../pdf/support/fidelity.ts';

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Arabic and Latin letters and digits of a text, normalized (presentation forms, harakat, digit scripts). */
export function letters(text: string): string[] {
  return [...normalizeForMetric(text)].filter((c) => /[\p{L}\p{N}]/u.test(c));
}

/** Share of `want`'s letters found in `got` (multiset), and share of `got`'s letters that are wanted. */
export function overlap(want: string[], got: string[]): { recall: number; precision: number } {
  const pool = new Map<string, number>();
  for (const c of got) pool.set(c, (pool.get(c) ?? 0) + 1);
  let hit = 0;
  for (const c of want) {
    const n = pool.get(c) ?? 0;
    if (n > 0) {
      hit++;
      pool.set(c, n - 1);
    }
  }
  return { recall: want.length ? hit / want.length : 1, precision: got.length ? hit / got.length : 1 };
}

/** PDF quads (y up) → boxes in top-left page coordinates (y down), as Poppler and MuPDF report them. */
export function quadBoxes(quadPoints: ArrayLike<number>, pageHeight: number): Box[] {
  const boxes: Box[] = [];
  for (let i = 0; i + 7 < quadPoints.length; i += 8) {
    const xs = [quadPoints[i]!, quadPoints[i + 2]!, quadPoints[i + 4]!, quadPoints[i + 6]!];
    const ys = [quadPoints[i + 1]!, quadPoints[i + 3]!, quadPoints[i + 5]!, quadPoints[i + 7]!];
    boxes.push({
      x0: Math.min(...xs),
      x1: Math.max(...xs),
      y0: pageHeight - Math.max(...ys),
      y1: pageHeight - Math.min(...ys),
    });
  }
  return boxes;
}

function centreInside(b: Box, boxes: Box[]): boolean {
  const x = (b.x0 + b.x1) / 2;
  const y = (b.y0 + b.y1) / 2;
  return boxes.some((q) => x >= q.x0 && x <= q.x1 && y >= q.y0 && y <= q.y1);
}

function tempCopy(pdf: Uint8Array, dir: string): string {
  const file = join(dir, `read-${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, pdf);
  return file;
}

const unescapeXml = (s: string) =>
  s
    .replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(Number.parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(Number(d)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

/**
 * A Poppler word is a run of text between spaces ("12:47", "يناير/كانون"), so a claim on part of one ("47",
 * "يناير") may leave the word's centre outside the highlight: such a word counts when a box holds its
 * vertical centre and covers a third of its width. A highlight sitting a third over a neighbouring word still
 * shows, as letters the claim does not have.
 */
function coveredByBox(b: Box, boxes: Box[]): boolean {
  const y = (b.y0 + b.y1) / 2;
  const width = b.x1 - b.x0;
  return boxes.some(
    (q) => y >= q.y0 && y <= q.y1 && Math.min(b.x1, q.x1) - Math.max(b.x0, q.x0) >= PART_OF_WORD * width,
  );
}

const PART_OF_WORD = 1 / 3;

/** Poppler's words on a page (1-based) whose centres lie in the boxes, or a part of which the boxes cover. */
export function popplerWordsIn(pdf: Uint8Array, dir: string, page: number, boxes: Box[]): string[] {
  const xml = execFileSync('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), tempCopy(pdf, dir), '-'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const words: string[] = [];
  for (const m of xml.matchAll(
    /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
  )) {
    const box = { x0: Number(m[1]), y0: Number(m[2]), x1: Number(m[3]), y1: Number(m[4]) };
    if (centreInside(box, boxes) || coveredByBox(box, boxes)) words.push(unescapeXml(m[5]!));
  }
  return words;
}

/** MuPDF's characters on a page (1-based) whose centres lie in the boxes. */
export function mupdfCharsIn(pdf: Uint8Array, dir: string, page: number, boxes: Box[]): string[] {
  const xml = execFileSync('mutool', ['draw', '-q', '-F', 'stext', '-o', '-', tempCopy(pdf, dir), String(page)], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const chars: string[] = [];
  for (const m of xml.matchAll(/<char quad="([^"]+)"[^>]*c="([^"]*)"/g)) {
    const q = m[1]!.split(' ').map(Number);
    const box = {
      x0: Math.min(q[0]!, q[4]!),
      y0: Math.min(q[1]!, q[3]!),
      x1: Math.max(q[2]!, q[6]!),
      y1: Math.max(q[5]!, q[7]!),
    };
    if (centreInside(box, boxes)) chars.push(unescapeXml(m[2]!));
  }
  return chars;
}

/** The raw bytes of every page's content, as MuPDF reads them (decoded), for an unchanged-content check. */
export function mupdfPageContents(pdf: Uint8Array, dir: string, pages: number): string[] {
  const file = tempCopy(pdf, dir);
  const out: string[] = [];
  for (let n = 1; n <= pages; n++) {
    out.push(
      execFileSync('mutool', ['show', '-b', file, `pages/${n}/Contents`], {
        encoding: 'latin1',
        maxBuffer: 64 * 1024 * 1024,
        stdio: ['ignore', 'pipe', 'ignore'],
      }),
    );
  }
  return out;
}
