// Numbers shaped from their digits. A report of 10,000 claims has 10,000 distinct note markers and as many
// claim numbers in its table; shaped one fontkit call each, they were 21,000 calls and ~3 s of a 12 s export,
// almost all of it fontkit's per-call set-up (a shaping plan), not the shaping. A string of digits is instead
// put together from each digit's shaped glyphs — but only where that is measured to be the same thing: once per
// font and digit set, every ordered pair of digits is shaped whole and compared with its two digits side by
// side (glyph ids, advances, offsets). A font with contextual forms or kerning between digits fails the check
// and keeps being shaped whole.

import type { ChainFont } from './fonts.ts';
import type { ShapedGlyph, ShapedRun } from './shaped-run.ts';

/** Western, Arabic-Indic and Extended Arabic-Indic (Persian, Urdu) digits: each set is checked on its own. */
const DIGIT_SETS = [0x30, 0x660, 0x6f0] as const;

type Shape = (font: ChainFont, text: string) => ShapedRun;

const checked = new WeakMap<ChainFont, Map<number, boolean>>();

/** The set a code unit's digit belongs to (its zero), or undefined. */
function digitSet(code: number): number | undefined {
  return DIGIT_SETS.find((zero) => code >= zero && code <= zero + 9);
}

/**
 * `text` (left to right) shaped from its digits with `shape`, or undefined when it is not a number of one digit
 * set of at least two digits, or the font does not shape that set's digits independently.
 */
export function composedDigits(font: ChainFont, text: string, shape: Shape): ShapedRun | undefined {
  if (text.length < 2) return undefined;
  const zero = digitSet(text.charCodeAt(0));
  if (zero === undefined) return undefined;
  for (let i = 1; i < text.length; i++) if (digitSet(text.charCodeAt(i)) !== zero) return undefined;
  if (!independent(font, zero, shape)) return undefined;
  return concatenate(Array.from(text, (digit) => shape(font, digit)));
}

function independent(font: ChainFont, zero: number, shape: Shape): boolean {
  let sets = checked.get(font);
  if (!sets) checked.set(font, (sets = new Map()));
  let ok = sets.get(zero);
  if (ok === undefined) sets.set(zero, (ok = pairsAgree(font, zero, shape)));
  return ok;
}

function pairsAgree(font: ChainFont, zero: number, shape: Shape): boolean {
  const digits = Array.from({ length: 10 }, (_, i) => String.fromCharCode(zero + i));
  const singles = digits.map((d) => shape(font, d));
  // A font without these digits draws .notdef; composing is harmless then too, but there is nothing to win.
  if (singles.some((run) => run.glyphs.length !== 1 || run.glyphs[0]!.id === 0)) return false;
  for (let a = 0; a < 10; a++)
    for (let b = 0; b < 10; b++) {
      const whole = shape(font, digits[a]! + digits[b]!).glyphs;
      if (whole.length !== 2 || !sameGlyph(whole[0]!, singles[a]!.glyphs[0]!)) return false;
      if (!sameGlyph(whole[1]!, singles[b]!.glyphs[0]!)) return false;
    }
  return true;
}

function sameGlyph(a: ShapedGlyph, b: ShapedGlyph): boolean {
  return a.id === b.id && a.xAdvance === b.xAdvance && a.xOffset === b.xOffset && a.yOffset === b.yOffset;
}

/** Left-to-right runs of one code unit each, side by side: one run, as shapeRun would have made it. */
function concatenate(parts: readonly ShapedRun[]): ShapedRun {
  const glyphs: ShapedGlyph[] = [];
  const clusters: [number, number][] = [];
  const edges = new Float32Array(parts.length * 2);
  let x = 0;
  parts.forEach((part, i) => {
    glyphs.push(part.glyphs[0]!);
    clusters.push([i, i + 1]);
    edges[2 * i] = x + part.edges[0]!;
    edges[2 * i + 1] = x + part.edges[1]!;
    x += part.width;
  });
  return { glyphs, clusters, width: x, edges };
}
