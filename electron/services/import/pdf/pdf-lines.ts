// A page's glyphs → its text lines, each in VISUAL order (left to right, as drawn): glyphs that share a
// baseline, combining marks attached to the letter they sit on, spaces put where the gap between glyphs is a
// word gap (some producers draw no space glyphs; a gap inside a word — at a letter that does not join — is no
// space), and a baseline cut where the gap is so wide it separates two things (a header's date and its title).

import type { Glyph } from './pdf-glyphs.ts';

export interface VisualGlyph {
  /** Characters of the glyph, with the combining marks drawn on it appended. */
  text: string;
  x0: number;
  x1: number;
  /** A space put in a word gap (no glyph of the file). */
  synthetic?: boolean;
}

export interface VisualLine {
  turn: number;
  /** Baseline (across the line) and the line's font size. */
  y: number;
  size: number;
  glyphs: VisualGlyph[];
  /** Left and right ends of the inked part. */
  left: number;
  right: number;
}

/** Baselines closer than this share a line (a fraction of the font size). */
const SAME_LINE = 0.4;
/** A gap wider than this between two glyphs of a line is a word gap. */
const WORD_GAP = 0.18;
/** A gap wider than this cuts a baseline into two lines (columns, header fields). */
const CUT_GAP = 2.5;

const MARK = /^\p{M}+$/u;
const SPACE = /^\s+$/u;

export function visualLines(glyphs: readonly Glyph[]): VisualLine[] {
  const lines: VisualLine[] = [];
  for (const group of baselines(glyphs)) lines.push(...cutAtWideGaps(group));
  return lines;
}

/** Glyph groups sharing a baseline, top of the page first (per quarter turn). */
function baselines(glyphs: readonly Glyph[]): Glyph[][] {
  const sorted = [...glyphs].sort((a, b) => a.turn - b.turn || b.y - a.y);
  const groups: Glyph[][] = [];
  let current: Glyph[] = [];
  let y = Number.NaN;
  for (const glyph of sorted) {
    const tolerance = SAME_LINE * Math.max(glyph.size, current[0]?.size ?? 0);
    if (current.length > 0 && (glyph.turn !== current[0]!.turn || Math.abs(glyph.y - y) > tolerance)) {
      groups.push(current);
      current = [];
    }
    if (current.length === 0) y = glyph.y;
    current.push(glyph);
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

function cutAtWideGaps(group: Glyph[]): VisualLine[] {
  const inked = group.filter((g) => !MARK.test(g.text) && !SPACE.test(g.text)).sort((a, b) => a.x0 - b.x0);
  if (inked.length === 0) return [];
  const size = median(inked.map((g) => g.size));
  const pieces: Glyph[][] = [[inked[0]!]];
  for (let i = 1; i < inked.length; i++) {
    const gap = inked[i]!.x0 - inked[i - 1]!.x1;
    if (gap > CUT_GAP * size) pieces.push([]);
    pieces[pieces.length - 1]!.push(inked[i]!);
  }
  const marks = group.filter((g) => MARK.test(g.text));
  const spaces = group.filter((g) => SPACE.test(g.text)).map((g) => (g.x0 + g.x1) / 2);
  return pieces.map((piece) => buildLine(piece, marks, spaces, size, group[0]!.turn));
}

function buildLine(inked: Glyph[], marks: Glyph[], spaces: number[], size: number, turn: number): VisualLine {
  const left = inked[0]!.x0;
  const right = Math.max(...inked.map((g) => g.x1));
  const glyphs: VisualGlyph[] = inked.map((g) => ({ text: g.text, x0: g.x0, x1: g.x1 }));
  for (const mark of marks) {
    const centre = (mark.x0 + mark.x1) / 2;
    if (centre < left - size || centre > right + size) continue;
    nearest(glyphs, centre).text += mark.text;
  }
  const spaced: VisualGlyph[] = [];
  for (const glyph of glyphs) {
    const previous = spaced[spaced.length - 1];
    const drawnSpace = (x: number) => x > previous!.x1 - 0.1 * size && x < glyph.x0 + 0.1 * size;
    if (previous && (glyph.x0 - previous.x1 > WORD_GAP * size || spaces.some(drawnSpace))) {
      spaced.push({ text: ' ', x0: previous.x1, x1: glyph.x0, synthetic: true });
    }
    spaced.push(glyph);
  }
  const y = median(inked.map((g) => g.y));
  return { turn, y, size, glyphs: spaced, left, right };
}

/** The glyph a mark sits on: the nearest letter (a haraka drawn beside a bracket belongs to the letter). */
function nearest(glyphs: VisualGlyph[], x: number): VisualGlyph {
  const letters = glyphs.filter((g) => /\p{L}/u.test(g.text));
  let best = glyphs[0]!;
  let distance = Infinity;
  for (const glyph of letters.length > 0 ? letters : glyphs) {
    const d = x < glyph.x0 ? glyph.x0 - x : x > glyph.x1 ? x - glyph.x1 : 0;
    if (d < distance) [best, distance] = [glyph, d];
  }
  return best;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}
