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
  /** Marks of a lam-alef glyph on its lam and on its alef (see addMark). */
  lamAlef?: [string, string];
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
  const marks = glyphs.filter((g) => MARK.test(g.text));
  const groups = baselines(glyphs.filter((g) => !MARK.test(g.text)));
  // Marks sit above or below the baseline (a damma over a hamza is raised by half the font size): each goes to
  // the nearest baseline whose glyphs it lies among, never into a line of its own.
  for (const mark of marks) {
    const group = nearestGroup(groups, mark);
    if (group) group.push(mark);
  }
  const lines: VisualLine[] = [];
  for (const group of groups) lines.push(...cutAtWideGaps(group));
  return lines;
}

function nearestGroup(groups: Glyph[][], mark: Glyph): Glyph[] | undefined {
  let best: Glyph[] | undefined;
  let distance = Infinity;
  const x = (mark.x0 + mark.x1) / 2;
  for (const group of groups) {
    const first = group[0]!;
    const d = Math.abs(first.y - mark.y);
    if (first.turn !== mark.turn || d > first.size || d >= distance) continue;
    if (!group.some((g) => x >= g.x0 - first.size && x <= g.x1 + first.size)) continue;
    [best, distance] = [group, d];
  }
  return best;
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
    const base = drawnWith(inked, mark, size);
    addMark(base >= 0 ? glyphs[base]! : nearest(glyphs, centre), mark.text, centre);
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

/** Lam-alef ligatures (any form) and the alef each holds; also "لا" or "ال" given as the glyph's text. */
const LAM_ALEF: Readonly<Record<string, string>> = {
  '\uFEF5': '\u0622',
  '\uFEF6': '\u0622',
  '\uFEF7': '\u0623',
  '\uFEF8': '\u0623',
  '\uFEF9': '\u0625',
  '\uFEFA': '\u0625',
  '\uFEFB': '\u0627',
  '\uFEFC': '\u0627',
};
const ALEFS = new Set(['\u0622', '\u0623', '\u0625', '\u0627']);

/** The alef of a lam-alef glyph's text, or undefined. */
function lamAlef(text: string): string | undefined {
  if (LAM_ALEF[text]) return LAM_ALEF[text];
  const [a, b] = [...text];
  if (text.length === 2 && a === '\u0644' && ALEFS.has(b!)) return b;
  if (text.length === 2 && b === '\u0644' && ALEFS.has(a!)) return a;
  return undefined;
}

/** Share of a lam-alef glyph's width, from its left edge, that holds the alef (the ligature's left stroke). */
const ALEF_SHARE = 0.15;

/**
 * Appends a mark to the glyph it belongs to. A lam-alef glyph holds two letters, and a mark may sit on either
 * ("قليلًا" on the lam, "أولاً" on the alef): it is split into lam + alef and the mark put after the letter
 * whose stroke it is drawn at.
 */
function addMark(glyph: VisualGlyph, mark: string, x: number): void {
  const alef = lamAlef([...glyph.text].filter((c) => !MARK.test(c)).join(''));
  if (alef === undefined) {
    glyph.text += mark;
    return;
  }
  const [lamMarks, alefMarks] = glyph.lamAlef ?? ['', ''];
  const onAlef = x < glyph.x0 + ALEF_SHARE * (glyph.x1 - glyph.x0);
  glyph.lamAlef = onAlef ? [lamMarks, alefMarks + mark] : [lamMarks + mark, alefMarks];
  glyph.text = `\u0644${glyph.lamAlef[0]}${alef}${glyph.lamAlef[1]}`;
}

/**
 * The letter a mark belongs to, by drawing order. A mark's position is ambiguous (shapers attach an Arabic mark
 * at its letter's edge, which touches the next letter), its order is not: it is drawn right next to its letter.
 * Which side depends on the producer. Chromium and LibreOffice draw a right-to-left run in visual order, left
 * to right, with the mark just before its letter; our own report draws it in logical order, right to left, with
 * the mark just after. So an Arabic mark goes with the letter before it when the run is drawn right to left
 * there (the letter after it stands to the left of the one before, by centres), else with the letter after it. A Latin
 * combining mark always follows its letter. -1 when that letter is not near the mark (then the nearest letter
 * is taken).
 */
function drawnWith(inked: readonly Glyph[], mark: Glyph, size: number): number {
  if (mark.seq === undefined) return -1;
  const before = neighbour(inked, mark.seq, -1);
  const after = neighbour(inked, mark.seq, 1);
  const arabic = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED]/u.test(mark.text);
  // By centres: kerning lets a letter overlap its neighbour ("رًا": the alef reaches under the ra).
  const centre = (g: Glyph) => (g.x0 + g.x1) / 2;
  const drawnRightToLeft = before >= 0 && after >= 0 && centre(inked[after]!) < centre(inked[before]!);
  const best = !arabic || drawnRightToLeft ? before : after >= 0 ? after : before;
  if (best < 0) return -1;
  const g = inked[best]!;
  const x = (mark.x0 + mark.x1) / 2;
  return x >= g.x0 - 0.5 * size && x <= g.x1 + 0.5 * size ? best : -1;
}

/** The letter drawn closest before (`step` -1) or after (+1) drawing position `seq`, or -1. */
function neighbour(inked: readonly Glyph[], seq: number, step: -1 | 1): number {
  let best = -1;
  inked.forEach((g, i) => {
    if (g.seq === undefined || !/\p{L}/u.test(g.text) || (g.seq - seq) * step <= 0) return;
    if (best < 0 || Math.abs(g.seq - seq) < Math.abs(inked[best]!.seq! - seq)) best = i;
  });
  return best;
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
