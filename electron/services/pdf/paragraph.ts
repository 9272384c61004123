// Step 1 of the layout: one paragraph (no '\n') → pieces of uniform bidi level and font, cut wherever a line may
// break (UAX-14) and around whitespace. Everything here works on LOGICAL text; lines are reordered later.
// pdfkit has no bidi at all (foliojs/pdfkit#219), hence this module.

import bidiFactory from 'bidi-js';
import LineBreaker from 'linebreak';
import type { FontChain } from './fonts.ts';

const bidi = bidiFactory();

export interface Piece {
  /** Code-unit offsets in the paragraph; a note marker has start === end. */
  start: number;
  end: number;
  level: number;
  font: number;
  /** A line may end before this piece. */
  breakBefore: boolean;
  /** Only whitespace: dropped at the end of a line, never highlighted there. */
  space: boolean;
  /** Set on inline note markers (superscript note numbers): their own text, not the source's. */
  marker?: string;
}

export interface Paragraph {
  /** The source characters (for text extraction and highlights). */
  text: string;
  /** What is shaped: `text` with brackets mirrored in right-to-left runs (same length). */
  display: string;
  baseLevel: number;
  pieces: Piece[];
}

/** Marks, joiners and other invisible characters stay in the font of the letter they belong to. */
const INHERITS_FONT = /[\p{M}\p{Cf}\s]/u;
const inheritsFont = new Map<number, boolean>();

/** Per code point, memoized: a regex test on a fresh one-character string for each of 20,000 characters is slow. */
function inheritsFontAt(codePoint: number): boolean {
  let inherits = inheritsFont.get(codePoint);
  if (inherits === undefined)
    inheritsFont.set(codePoint, (inherits = INHERITS_FONT.test(String.fromCodePoint(codePoint))));
  return inherits;
}

function isSpace(code: number): boolean {
  return (
    code === 0x20 ||
    code === 0x09 ||
    code === 0xa0 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0x0b ||
    code === 0x0c ||
    code === 0x1680 ||
    code === 0xfeff
  );
}

/**
 * `markers` are note numbers to show after the character at each offset (sorted, offsets within the text);
 * `direction` is used only when the paragraph has no strong character of its own — unless `forced`: a window
 * of a long paragraph (long-paragraph.ts) takes the whole paragraph's direction, not its own first letter's.
 */
export function analyzeParagraph(
  text: string,
  direction: 'rtl' | 'ltr',
  chain: FontChain,
  markers: readonly { at: number; label: string }[] = [],
  forced = false,
): Paragraph {
  const levels = bidi.getEmbeddingLevels(text, forced ? direction : (firstStrongDirection(text) ?? direction));
  const baseLevel = levels.paragraphs[0]?.level ?? (direction === 'rtl' ? 1 : 0);
  // getMirroredCharactersMap takes the levels ARRAY; given the result object it silently mirrors nothing.
  const mirrored = bidi.getMirroredCharactersMap(text, levels.levels);
  const chars = text.split('');
  for (const [index, char] of mirrored) chars[index] = char;
  const display = chars.join('');
  const fonts = fontPerCodeUnit(display, chain);
  const breaks = breakOpportunities(text);
  const pieces = cutPieces(text, levels.levels, fonts, breaks);
  return { text, display, baseLevel, pieces: insertMarkers(pieces, markers, levels.levels, baseLevel, chain) };
}

/** bidi-js's 'auto' would do the same, but the caller's direction must win for neutral-only paragraphs. */
export function firstStrongDirection(text: string): 'rtl' | 'ltr' | undefined {
  const match = /[\p{sc=Arabic}\p{sc=Hebrew}\p{sc=Syriac}\p{sc=Thaana}]|\p{L}/u.exec(text);
  if (!match) return undefined;
  return /[\p{sc=Arabic}\p{sc=Hebrew}\p{sc=Syriac}\p{sc=Thaana}]/u.test(match[0]) ? 'rtl' : 'ltr';
}

/** Chosen AFTER mirroring: the mirrored bracket is the glyph that is drawn. */
function fontPerCodeUnit(display: string, chain: FontChain): Int16Array {
  const fonts = new Int16Array(display.length).fill(-1);
  for (let i = 0; i < display.length; i++) {
    const codePoint = display.codePointAt(i)!;
    if (!inheritsFontAt(codePoint)) fonts[i] = chain.fontFor(codePoint);
    if (codePoint > 0xffff) fonts[++i] = -2; // the low surrogate follows its high one
  }
  // Inheriting characters take the previous letter's font, or the next one's at the start.
  let last = -1;
  for (let i = 0; i < fonts.length; i++)
    if (fonts[i]! >= 0) last = fonts[i]!;
    else fonts[i] = last;
  let next = 0;
  for (let i = fonts.length - 1; i >= 0; i--)
    if (fonts[i]! >= 0) next = fonts[i]!;
    else fonts[i] = next;
  return fonts;
}

function breakOpportunities(text: string): Set<number> {
  const breaks = new Set<number>();
  const breaker = new LineBreaker(text);
  for (let b = breaker.nextBreak(); b; b = breaker.nextBreak()) breaks.add(b.position);
  return breaks;
}

function cutPieces(text: string, levels: Uint8Array, fonts: Int16Array, breaks: Set<number>): Piece[] {
  const pieces: Piece[] = [];
  let start = 0;
  for (let i = 1; i <= text.length; i++) {
    const lowSurrogate = i < text.length && isLowSurrogate(text.charCodeAt(i));
    const cut =
      i === text.length ||
      (!lowSurrogate &&
        (levels[i] !== levels[i - 1] ||
          fonts[i] !== fonts[i - 1] ||
          breaks.has(i) ||
          isSpace(text.charCodeAt(i)) !== isSpace(text.charCodeAt(i - 1))));
    if (!cut) continue;
    const space = isSpace(text.charCodeAt(start));
    pieces.push({ start, end: i, level: levels[start]!, font: fonts[start]!, breakBefore: breaks.has(start), space });
    start = i;
  }
  return pieces;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * A marker sits right after the claim's last character, glued to it (no break before it). Its level is the lower
 * of the levels on either side: inside a run it stays in the run (at the paragraph's level it would split an
 * Arabic phrase in an English paragraph and swap its words); where an embedded run ends ("… 2011)" in Arabic) it
 * follows the run in the outer reading order instead of sitting between the number and the word before it.
 */
function insertMarkers(
  pieces: Piece[],
  markers: readonly { at: number; label: string }[],
  levels: Uint8Array,
  baseLevel: number,
  chain: FontChain,
): Piece[] {
  if (markers.length === 0) return pieces;
  const out: Piece[] = [];
  const marker = ({ at, label }: { at: number; label: string }): Piece => {
    const level = Math.min(levels[at - 1] ?? baseLevel, levels[at] ?? baseLevel);
    const font = chain.fontFor(label.codePointAt(0) ?? 0x30);
    return { start: at, end: at, level, font, breakBefore: false, space: false, marker: label };
  };
  let m = 0;
  for (const piece of pieces) {
    while (m < markers.length && markers[m]!.at <= piece.start) out.push(marker(markers[m++]!));
    out.push(piece);
  }
  while (m < markers.length) out.push(marker(markers[m++]!));
  return out;
}
