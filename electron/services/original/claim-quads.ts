// A claim's offsets in the stored text → its boxes on the original PDF's pages, from the import's page map
// (pdf-map.json). Per line, the characters' x-ranges are merged where they touch, so a claim gets one box per
// line per bidi run (an Arabic sentence with a number in it stays one box; a claim whose logical range is
// split visually by a Latin run gets two) and one set of boxes per page it reaches.

import { fromFrame } from '../import/pdf/pdf-frame.ts';
import type { PdfMap } from '../import/pdf/pdf-map.ts';

/** A box in user space as four corners in /QuadPoints order: upper-left, upper-right, lower-left, lower-right. */
export type Quad = [number, number, number, number, number, number, number, number];

export interface PageQuads {
  /** 0-based page index. */
  page: number;
  quads: Quad[];
}

/** Ranges closer than this (a share of the line height) are one box: the gap of a space, a kerned pair. */
const TOUCHING = 0.35;

export function claimQuads(map: PdfMap, start: number, end: number): PageQuads[] {
  const pages = new Map<number, Quad[]>();
  for (const line of map.lines) {
    if (line.end <= start || line.start >= end) continue;
    const ranges: Array<[number, number]> = [];
    for (let unit = Math.max(start, line.start); unit < Math.min(end, line.end); unit++) {
      const k = (unit - line.start) * 2;
      ranges.push([line.x[k]!, line.x[k + 1]!]);
    }
    const quads = merge(ranges, TOUCHING * (line.y1 - line.y0)).map(([x0, x1]) =>
      quad(line.turn, x0, x1, line.y0, line.y1),
    );
    pages.set(line.page, [...(pages.get(line.page) ?? []), ...quads]);
  }
  return [...pages].sort(([a], [b]) => a - b).map(([page, quads]) => ({ page, quads }));
}

function merge(ranges: Array<[number, number]>, tolerance: number): Array<[number, number]> {
  const sorted = ranges.filter(([a, b]) => b >= a).sort((p, q) => p[0] - q[0]);
  const out: Array<[number, number]> = [];
  for (const [a, b] of sorted) {
    const last = out[out.length - 1];
    if (last && a <= last[1] + tolerance) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

function quad(turn: number, x0: number, x1: number, y0: number, y1: number): Quad {
  const corners = [fromFrame(turn, x0, y1), fromFrame(turn, x1, y1), fromFrame(turn, x0, y0), fromFrame(turn, x1, y0)];
  return corners.flat().map((n) => Math.round(n * 100) / 100) as Quad;
}

/** The smallest upright rectangle holding the quads: [x0, y0, x1, y1]. */
export function boundingRect(quads: readonly Quad[]): [number, number, number, number] {
  const xs = quads.flatMap((q) => [q[0], q[2], q[4], q[6]]);
  const ys = quads.flatMap((q) => [q[1], q[3], q[5], q[7]]);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}
