// One visual line → its characters in LOGICAL order, each with the x-range it occupies on the page. PDF
// producers draw right-to-left text in visual order (and bidi-unaware extractors hand it out that way: the
// zotero #2509 bug). Running UAX #9's reordering over the visual sequence gives the logical one back for text
// of one or two levels (an Arabic line with numbers and Latin words in it), as pdf.js and Poppler also do;
// glyphs stay whole while reordering (a ligature's characters keep the order the file gives them), brackets
// drawn mirrored in right-to-left runs are turned back, and presentation forms fold to the letters they show.

import bidiFactory from 'bidi-js';
import type { VisualGlyph, VisualLine } from './pdf-lines.ts';

const bidi = bidiFactory();

export interface LogicalChar {
  char: string;
  x0: number;
  x1: number;
  /** Put by the importer (a word gap or a line joint), not drawn in the file. */
  synthetic: boolean;
  /** The character as the file gave it, when it was a bracket mirrored back here (see unmirrorIfBetter). */
  drawnAs?: string;
}

const ARABIC_LETTER = /[\p{Script=Arabic}\p{Script=Hebrew}]/u;
const LATIN_LETTER = /\p{Script=Latin}/u;
/** Arabic presentation forms A and B and the Latin ligatures (ﬁ): folded with NFKC, nothing else is. */
const PRESENTATION = /[\uFB00-\uFB06\uFB50-\uFDFF\uFE70-\uFEFF]/u;

/** 'rtl' when the line has more right-to-left letters than Latin ones, `fallback` when it has neither. */
export function lineDirection(line: VisualLine, fallback: 'rtl' | 'ltr'): 'rtl' | 'ltr' {
  let rtl = 0;
  let ltr = 0;
  for (const glyph of line.glyphs) {
    for (const char of glyph.text) {
      if (ARABIC_LETTER.test(char)) rtl++;
      else if (LATIN_LETTER.test(char)) ltr++;
    }
  }
  if (rtl === ltr) return fallback;
  return rtl > ltr ? 'rtl' : 'ltr';
}

export function logicalChars(line: VisualLine, direction: 'rtl' | 'ltr'): LogicalChar[] {
  // One stand-in character per glyph (its first strong character) so glyphs reorder as units.
  const units = line.glyphs.map(standIn).join('');
  const levels = bidi.getEmbeddingLevels(units, direction);
  const order = bidi.getReorderedIndices(units, levels);
  const mirrored = bidi.getMirroredCharactersMap(units, levels.levels);
  const out: LogicalChar[] = [];
  for (const index of order) {
    const glyph = line.glyphs[index]!;
    const rtl = (levels.levels[index]! & 1) === 1;
    const mirror = glyph.text.length === 1 ? mirrored.get(index) : undefined;
    const text = mirror ?? logicalLigature(glyph.text, rtl);
    const chars = split(fold(text), glyph, rtl);
    if (mirror) chars[0]!.drawnAs = glyph.text;
    out.push(...chars);
  }
  return out;
}

/**
 * Letters that never join the letter after them (alef, dal, thal, ra, zay, waw, teh marbuta, alef maqsura…).
 * In a ligature glyph every letter but the last joins the next, so "ال" as one glyph can only be lam-alef
 * written backwards: some producers (our own report among them) give ligatures' characters in visual order.
 */
const NON_JOINING_NEXT =
  /[\u0622-\u0625\u0627\u0629\u062F-\u0632\u0648\u0649\u0671-\u0673\u0675-\u0677\u0688-\u0699\u06C0\u06C3-\u06CB\u06CD\u06CF\u06D2\u06D3\u06D5]/u;

function logicalLigature(text: string, rtl: boolean): string {
  const chars = [...text];
  if (!rtl || chars.length < 2 || !chars.every((c) => ARABIC_LETTER.test(c))) return text;
  const joins = (seq: string[]) => seq.slice(0, -1).every((c) => !NON_JOINING_NEXT.test(c));
  return !joins(chars) && joins([...chars].reverse()) ? chars.reverse().join('') : text;
}

function standIn(glyph: VisualGlyph): string {
  for (const char of glyph.text) {
    if (ARABIC_LETTER.test(char) || LATIN_LETTER.test(char) || /\p{N}/u.test(char)) return char;
  }
  const first = [...glyph.text][0] ?? ' ';
  // bidi-js indexes UTF-16 code units: a stand-in outside the BMP would take two.
  return first.length === 1 ? first : 'x';
}

const PRESENTATION_ALL = new RegExp(PRESENTATION.source, 'gu');
const folded = new Map<string, string>();

/** NFKC of one presentation-form character, memoized (a 60-page PDF has ~200,000 of them). */
function foldChar(char: string): string {
  let out = folded.get(char);
  if (out === undefined) folded.set(char, (out = char.normalize('NFKC')));
  return out;
}

function fold(text: string): string {
  const plain = PRESENTATION.test(text) ? text.replace(PRESENTATION_ALL, foldChar) : text;
  // A space glyph given as space + zero-width space (our own report does that so that pdf.js keeps the spaces
  // of right-to-left lines, electron/services/pdf/pdfkit-private.ts): the zero-width space carries nothing.
  return plain.length > 1 && plain.includes('\u200B') && /\s/.test(plain) ? plain.replace(/\u200B/g, '') : plain;
}

/** A glyph's characters share its width evenly, the first logical one at the right in right-to-left runs. */
function split(text: string, glyph: VisualGlyph, rtl: boolean): LogicalChar[] {
  const units = [...text];
  const width = (glyph.x1 - glyph.x0) / units.length;
  return units.map((char, i) => {
    const k = rtl ? units.length - 1 - i : i;
    return { char, x0: glyph.x0 + k * width, x1: glyph.x0 + (k + 1) * width, synthetic: glyph.synthetic === true };
  });
}

const PAIRS: Readonly<Record<string, string>> = { ')': '(', ']': '[', '}': '{', '»': '«', '›': '‹' };
const OPENING = new Set(Object.values(PAIRS));

/** Brackets that close nothing or are never closed, line by line: few in any real text. */
function bracketErrors(lines: readonly LogicalChar[][], drawn: boolean): number {
  let errors = 0;
  for (const line of lines) {
    const stack: string[] = [];
    for (const c of line) {
      const char = drawn ? (c.drawnAs ?? c.char) : c.char;
      if (OPENING.has(char)) stack.push(char);
      else if (PAIRS[char] !== undefined) {
        if (stack[stack.length - 1] === PAIRS[char]) stack.pop();
        else errors++;
      }
    }
    errors += stack.length;
  }
  return errors;
}

/**
 * Producers differ on brackets in right-to-left runs: most map the mirrored glyph to the character it shows
 * (Chromium: the logical "(" is drawn as ")" and says ")"), so it must be mirrored back; some map it to the
 * logical character already (LibreOffice). Per document, the reading whose brackets pair up better wins.
 */
export function unmirrorIfBetter(lines: LogicalChar[][]): void {
  if (bracketErrors(lines, true) >= bracketErrors(lines, false)) return;
  for (const line of lines) {
    for (const c of line) {
      if (c.drawnAs !== undefined) c.char = c.drawnAs;
    }
  }
}
