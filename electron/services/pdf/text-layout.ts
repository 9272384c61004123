// Step 3: a paragraph laid out in lines — greedy wrapping on logical text, then each line reordered on its own
// (UAX-9 rule L2) and placed. Pure: no PDF here, so it can be tested and measured alone.

import type { FontChain } from './fonts.ts';
import { analyzeParagraph, type Paragraph, type Piece } from './paragraph.ts';
import { shapeRun, shapeSlices } from './shaping.ts';
import { splitWideUnit, wrapUnits, type Item } from './wrap.ts';

/** Note markers are set smaller and raised, like footnote numbers. */
const MARKER_SCALE = 0.62;
export const MARKER_RISE = 0.42;

interface PlacedItem extends Item {
  /** Left edge in pt from the line's left edge. */
  x: number;
}

export interface Line {
  /** The paragraph code units this line holds, [start, end). */
  start: number;
  end: number;
  /** Without trailing whitespace, in pt. */
  width: number;
  /** Left to right, trailing whitespace left out. */
  items: PlacedItem[];
}

export interface ParagraphLayout {
  paragraph: Paragraph;
  rtl: boolean;
  lines: Line[];
}

export interface LayoutOptions {
  chain: FontChain;
  direction: 'rtl' | 'ltr';
  size: number;
  /** Line width in pt. */
  width: number;
  markers?: readonly { at: number; label: string }[];
  /** `direction` is the paragraph's own, not a fallback (a window of a long paragraph). */
  forceDirection?: boolean;
}

export function layoutParagraph(text: string, options: LayoutOptions): ParagraphLayout {
  const paragraph = analyzeParagraph(text, options.direction, options.chain, options.markers, options.forceDirection);
  const shape = (piece: Piece): Item => shapeItem(paragraph, piece, options);
  const items = shapeAll(paragraph, options);
  const lines = wrapUnits(items, options.width, (unit) => splitWideUnit(unit, options.width, paragraph, shape));
  return { paragraph, rtl: paragraph.baseLevel % 2 === 1, lines: lines.map(placeLine) };
}

/**
 * Pieces of one level and font in a row are shaped together (see shapeSlices), across any note markers among
 * them: markers are not in the text, so they do not cut it, and a paragraph with a claim every few words is
 * still one fontkit call instead of one per stretch between markers. Markers are shaped alone (and cached).
 */
function shapeAll(paragraph: Paragraph, options: LayoutOptions): Item[] {
  const { pieces } = paragraph;
  const items: Item[] = new Array<Item>(pieces.length);
  for (let i = 0; i < pieces.length;) {
    const first = pieces[i]!;
    if (first.marker !== undefined) {
      items[i] = shapeItem(paragraph, first, options);
      i++;
      continue;
    }
    const group = [i];
    let end = first.end;
    for (let j = i + 1; j < pieces.length; j++) {
      const piece = pieces[j]!;
      if (piece.marker !== undefined) continue;
      if (piece.level !== first.level || piece.font !== first.font || piece.start !== end) break;
      group.push(j);
      end = piece.end;
    }
    const last = group[group.length - 1]!;
    if (group.length === 1) items[i] = shapeItem(paragraph, first, options);
    else {
      const start = first.start;
      const bounds = group.map((k): [number, number] => [pieces[k]!.start - start, pieces[k]!.end - start]);
      const font = options.chain.fonts[first.font]!;
      const display = paragraph.display.slice(start, end);
      const runs = shapeSlices(font, display, paragraph.text.slice(start, end), first.level % 2 === 1, bounds);
      runs.forEach((shaped, n) => {
        const piece = pieces[group[n]!]!;
        items[group[n]!] = { piece, shaped, size: options.size, width: (shaped.width * options.size) / 1000 };
      });
      for (let k = i + 1; k < last; k++)
        if (pieces[k]!.marker !== undefined) items[k] = shapeItem(paragraph, pieces[k]!, options);
    }
    i = last + 1;
  }
  return items;
}

function shapeItem(paragraph: Paragraph, piece: Piece, options: LayoutOptions): Item {
  if (piece.marker !== undefined) {
    const font = options.chain.fonts[piece.font]!;
    const shaped = shapeRun(font, piece.marker, piece.marker, false);
    const size = options.size * MARKER_SCALE;
    return { piece, shaped, size, width: (shaped.width * size) / 1000 };
  }
  const font = options.chain.fonts[piece.font]!;
  const display = paragraph.display.slice(piece.start, piece.end);
  const shaped = shapeRun(font, display, paragraph.text.slice(piece.start, piece.end), piece.level % 2 === 1);
  return { piece, shaped, size: options.size, width: (shaped.width * options.size) / 1000 };
}

function placeLine(logical: Item[]): Line {
  const start = logical[0]?.piece.start ?? 0;
  const end = logical[logical.length - 1]?.piece.end ?? start;
  let last = logical.length;
  while (last > 0 && logical[last - 1]!.piece.space) last--;
  const kept = logical.slice(0, last);
  let x = 0;
  const items = visualOrder(kept.map((item) => item.piece.level)).map((i) => {
    const placed = { ...kept[i]!, x };
    x += placed.width;
    return placed;
  });
  return { start, end, width: x, items };
}

/** UAX-9 L2: from the highest level down to the lowest odd one, reverse every run at that level or above. */
export function visualOrder(levels: readonly number[]): number[] {
  const order = levels.map((_, i) => i);
  if (levels.length === 0) return order;
  const highest = Math.max(...levels);
  const lowestOdd = Math.min(...levels) | 1;
  for (let level = highest; level >= lowestOdd; level--) {
    for (let i = 0; i < order.length;) {
      if (levels[order[i]!]! < level) {
        i++;
        continue;
      }
      let j = i;
      while (j < order.length && levels[order[j]!]! >= level) j++;
      order.splice(i, j - i, ...order.slice(i, j).reverse());
      i = j;
    }
  }
  return order;
}

/**
 * The visual boxes [left, right] (pt from the line's left) of the paragraph code units [start, end) on a line:
 * one box per contiguous stretch, so a claim across bidi runs gets several. Note markers strictly inside the
 * span count as inside (no hole in a highlight around a nested claim's number).
 */
export function spanBoxes(line: Line, start: number, end: number): [number, number][] {
  const ranges: [number, number][] = [];
  for (const item of line.items) {
    const { piece, shaped, size, x } = item;
    if (piece.marker !== undefined) {
      if (piece.start > start && piece.start < end) ranges.push([x, x + item.width]);
      continue;
    }
    const from = Math.max(start, piece.start);
    const to = Math.min(end, piece.end);
    for (let i = from; i < to; i++) {
      const k = 2 * (i - piece.start);
      ranges.push([x + (shaped.edges[k]! * size) / 1000, x + (shaped.edges[k + 1]! * size) / 1000]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [left, right] of ranges) {
    const prev = merged[merged.length - 1];
    if (prev && left <= prev[1] + 0.01) prev[1] = Math.max(prev[1], right);
    else merged.push([left, right]);
  }
  return merged.filter(([left, right]) => right - left > 0.01);
}
