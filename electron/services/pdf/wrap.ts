// Greedy line filling on LOGICAL order. A unit is what lies between two UAX-14 break opportunities (a word
// with its trailing spaces, or "u-2" across its bidi runs); lines end only between units. Trailing spaces do
// not count against the width. RTL paragraphs are set ragged-left: no kashida justification exists here.

import type { Paragraph, Piece } from './paragraph.ts';
import type { ShapedRun } from './shaped-run.ts';

/** A piece of a paragraph, shaped: what lines are filled with (text-layout.ts places them). */
export interface Item {
  piece: Piece;
  shaped: ShapedRun;
  /** Font size of this item in pt (smaller for markers). */
  size: number;
  /** Advance in pt. */
  width: number;
}

type Unit = Item[];

export function wrapUnits(items: Item[], maxWidth: number, splitWide: (unit: Unit) => Unit[]): Item[][] {
  const lines: Item[][] = [];
  let line: Item[] = [];
  let used = 0; // width of the line up to its last non-space item
  let trailing = 0; // width of the spaces after it
  const place = (unit: Unit) => {
    const { content, spaces } = measure(unit);
    if (line.length > 0 && used + trailing + content > maxWidth) {
      lines.push(line);
      line = [];
      used = trailing = 0;
    }
    line.push(...unit);
    if (content > 0 || unit.some((item) => !item.piece.space)) {
      used += trailing + content;
      trailing = spaces;
    } else {
      trailing += spaces;
    }
  };
  for (const unit of unitsOf(items)) {
    const { content } = measure(unit);
    if (content > maxWidth) splitWide(unit).forEach(place);
    else place(unit);
  }
  if (line.length > 0 || lines.length === 0) lines.push(line);
  return lines;
}

function unitsOf(items: Item[]): Unit[] {
  const units: Unit[] = [];
  for (const item of items) {
    const last = units[units.length - 1];
    if (!last || item.piece.breakBefore) units.push([item]);
    else last.push(item);
  }
  return units;
}

function measure(unit: Unit): { content: number; spaces: number } {
  let end = unit.length;
  while (end > 0 && unit[end - 1]!.piece.space) end--;
  const total = unit.reduce((sum, item) => sum + item.width, 0);
  const content = unit.slice(0, end).reduce((sum, item) => sum + item.width, 0);
  return { content, spaces: total - content };
}

/**
 * A unit wider than the line (a long URL in a narrow table cell) is cut between characters — never inside a
 * surrogate pair or before a combining mark — into pieces that fit, each shaped again.
 */
export function splitWideUnit(
  unit: Unit,
  maxWidth: number,
  paragraph: Paragraph,
  shape: (piece: Piece) => Item,
): Unit[] {
  const parts: Unit[] = [];
  let current: Unit = [];
  let width = 0;
  for (const item of unit) {
    for (const chunk of item.width > maxWidth ? cutItem(item, maxWidth, paragraph).map(shape) : [item]) {
      if (current.length > 0 && width + chunk.width > maxWidth) {
        parts.push(current);
        current = [];
        width = 0;
      }
      current.push({ ...chunk, piece: { ...chunk.piece, breakBefore: current.length === 0 } });
      width += chunk.width;
    }
  }
  if (current.length > 0) parts.push(current);
  return parts;
}

function cutItem(item: Item, maxWidth: number, paragraph: Paragraph): Piece[] {
  const { piece, shaped, size } = item;
  const pieces: Piece[] = [];
  let start = piece.start;
  let width = 0;
  for (let i = piece.start; i < piece.end; i++) {
    const k = 2 * (i - piece.start);
    const charWidth = ((shaped.edges[k + 1]! - shaped.edges[k]!) * size) / 1000;
    if (i > start && width + charWidth > maxWidth && canCutBefore(paragraph.text, i)) {
      pieces.push({ ...piece, start, end: i });
      start = i;
      width = 0;
    }
    width += charWidth;
  }
  pieces.push({ ...piece, start, end: piece.end });
  return pieces;
}

function canCutBefore(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  return !(code >= 0xdc00 && code <= 0xdfff) && !/\p{M}/u.test(text[i]!);
}
