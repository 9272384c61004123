// Step 2: shape one piece with fontkit, in the direction of its bidi level, and work out what each glyph stands
// for (text extraction) and where each source character lies (highlights). Results are cached per font: the
// same words come back all through a text, and a warm export shapes almost nothing.

import { composedDigits } from './digit-runs.ts';
import type { ChainFont } from './fonts.ts';
import type { ShapedGlyph, ShapedRun } from './shaped-run.ts';

const MAX_CACHED_PER_FONT = 50_000;
/**
 * Code units of cached runs per font: a shaped glyph weighs ~100 bytes, so this keeps the cache near 30 MB. A
 * normal source's runs all fit (a warm export shapes nothing); a one-line 10 MB text's windows would not.
 */
const MAX_CACHED_UNITS_PER_FONT = 300_000;
const caches = new WeakMap<ChainFont, Map<string, ShapedRun>>();
const cachedUnits = new WeakMap<Map<string, ShapedRun>, number>();

/**
 * `display` is what is drawn (brackets already mirrored), `source` the same characters as written.
 * fontkit needs the direction forced: left to guess, it reverses Arabic-Indic digits and punctuation runs.
 */
export function shapeRun(font: ChainFont, display: string, source: string, rtl: boolean): ShapedRun {
  // Numbers (note markers, claim numbers) are put together from their digits where the font allows it.
  const number = !rtl && display === source ? composedDigits(font, display, shapeLeftToRight) : undefined;
  return number ?? shapeCached(font, display, source, rtl);
}

/** Shaped whole by fontkit, never composed: what digit-runs.ts compares its compositions with. */
function shapeLeftToRight(font: ChainFont, text: string): ShapedRun {
  return shapeCached(font, text, text, false);
}

function shapeCached(font: ChainFont, display: string, source: string, rtl: boolean): ShapedRun {
  let cache = caches.get(font);
  if (!cache) caches.set(font, (cache = new Map()));
  const key = `${rtl ? 'r' : 'l'}${display}${display === source ? '' : `\u0000${source}`}`;
  let run = cache.get(key);
  if (!run) {
    const units = (cachedUnits.get(cache) ?? 0) + display.length;
    if (cache.size >= MAX_CACHED_PER_FONT || units > MAX_CACHED_UNITS_PER_FONT) cache.clear();
    cachedUnits.set(cache, cache.size === 0 ? display.length : units);
    run = shapeUncached(font, display, source, rtl);
    cache.set(key, run);
  }
  return run;
}

function shapeUncached(font: ChainFont, display: string, source: string, rtl: boolean): ShapedRun {
  const scale = 1000 / font.font.unitsPerEm;
  const layout = font.font.layout(display, undefined, undefined, undefined, rtl ? 'rtl' : 'ltr');
  const clusters = clustersOf(
    layout.glyphs.map((g) => g.codePoints),
    display.length,
    rtl,
  );
  const glyphs: ShapedGlyph[] = layout.glyphs.map((glyph, i) => {
    const position = layout.positions[i]!;
    const cluster = clusters[i];
    const chars = cluster ? source.slice(cluster[0], cluster[1]) : String.fromCodePoint(...glyph.codePoints);
    const text = chars;
    return {
      id: glyph.id,
      advanceWidth: glyph.advanceWidth * scale,
      xAdvance: position.xAdvance * scale,
      xOffset: position.xOffset * scale,
      yOffset: position.yOffset * scale,
      text,
      codePoints: codePointsOf(text),
    };
  });
  const width = glyphs.reduce((sum, g) => sum + g.xAdvance, 0);
  const edges = charEdges(glyphs, clusters, display.length, rtl, width);
  return clusters.every((c) => c)
    ? { glyphs, width, edges, clusters: clusters as [number, number][] }
    : { glyphs, width, edges };
}

/**
 * Shapes a whole run (one level, one font: often a whole paragraph) in ONE fontkit call and cuts it into the
 * pieces given by `bounds` (run-relative, contiguous). fontkit builds a shaping plan per call, which costs far
 * more than the shaping: word by word, a cold export of corpus 003 spent 1.6 s in 2,200 calls.
 * Falls back to shaping piece by piece if a glyph straddles two pieces.
 */
export function shapeSlices(
  font: ChainFont,
  display: string,
  source: string,
  rtl: boolean,
  bounds: [number, number][],
): ShapedRun[] {
  const whole = shapeRun(font, display, source, rtl);
  const owner = new Int32Array(display.length + 1).fill(-1);
  bounds.forEach(([start, end], k) => owner.fill(k, start, end));
  const pieceOf = (cluster: [number, number]) =>
    owner[cluster[0] < cluster[1] ? cluster[0] : Math.max(0, cluster[0] - 1)]!;
  const straddles = whole.clusters?.some((c) => c[1] > c[0] && owner[c[1] - 1] !== owner[c[0]]);
  if (!whole.clusters || straddles)
    return bounds.map(([s, e]) => shapeRun(font, display.slice(s, e), source.slice(s, e), rtl));
  const parts = bounds.map(() => ({ glyphs: [] as ShapedGlyph[], left: Number.NaN }));
  let x = 0;
  whole.glyphs.forEach((glyph, i) => {
    const part = parts[pieceOf(whole.clusters![i]!)];
    if (part) {
      if (Number.isNaN(part.left)) part.left = x;
      part.glyphs.push(glyph);
    }
    x += glyph.xAdvance;
  });
  return bounds.map(([start, end], k) => {
    const { glyphs, left } = parts[k]!;
    const edges = whole.edges.slice(2 * start, 2 * end).map((e) => (Number.isNaN(left) ? 0 : e - left));
    return { glyphs, width: glyphs.reduce((sum, g) => sum + g.xAdvance, 0), edges };
  });
}

const single = new Map<number, number[]>();

/** One shared array per single character: a long text has hundreds of thousands of glyphs. */
function codePointsOf(text: string): number[] {
  if (text.length !== 1) return Array.from(text, (c) => c.codePointAt(0)!);
  const code = text.charCodeAt(0);
  let shared = single.get(code);
  if (!shared) single.set(code, (shared = [code]));
  return shared;
}

/**
 * Which code units [start, end) each glyph covers. Glyphs in logical order consume the text by the length of
 * their codePoints; if the counts do not add up (a shaper that recomposed characters) there is no cluster
 * information and the caller falls back to spreading the run evenly.
 */
function clustersOf(codePoints: number[][], length: number, rtl: boolean): ([number, number] | undefined)[] {
  const clusters: [number, number][] = new Array(codePoints.length);
  let cursor = 0;
  for (let k = 0; k < codePoints.length; k++) {
    const i = rtl ? codePoints.length - 1 - k : k;
    const units = codePoints[i]!.reduce((n, cp) => n + (cp > 0xffff ? 2 : 1), 0);
    clusters[i] = [cursor, cursor + units];
    cursor += units;
  }
  return cursor === length ? clusters : new Array(codePoints.length).fill(undefined);
}

function charEdges(
  glyphs: ShapedGlyph[],
  clusters: ([number, number] | undefined)[],
  length: number,
  rtl: boolean,
  width: number,
): Float32Array {
  const edges = new Float32Array(length * 2).fill(Number.NaN);
  let x = 0;
  glyphs.forEach((glyph, i) => {
    const cluster = clusters[i];
    if (cluster) spreadOver(edges, cluster, x, glyph.xAdvance, rtl);
    x += glyph.xAdvance;
  });
  if (clusters.some((c) => c === undefined)) spreadOver(edges, [0, length], 0, width, rtl);
  // A haraka has no advance of its own: it is highlighted with the letter it sits on.
  for (let i = 0; i < length; i++) {
    const empty = Number.isNaN(edges[2 * i]!) || edges[2 * i] === edges[2 * i + 1];
    if (empty && i > 0) edges.copyWithin(2 * i, 2 * (i - 1), 2 * i);
    else if (Number.isNaN(edges[2 * i]!)) edges.fill(0, 2 * i, 2 * i + 2);
  }
  return edges;
}

/** A ligature's advance is shared evenly by its characters; in RTL the first character takes the right part. */
function spreadOver(
  edges: Float32Array,
  [start, end]: [number, number],
  x: number,
  advance: number,
  rtl: boolean,
): void {
  const n = end - start;
  for (let k = 0; k < n; k++) {
    const slot = rtl ? n - 1 - k : k;
    edges[2 * (start + k)] = x + (advance * slot) / n;
    edges[2 * (start + k) + 1] = x + (advance * (slot + 1)) / n;
  }
}
