// Which lines of a long source are in the DOM: those within the viewport plus an overscan above and below,
// the lines holding the selection's ends (so a selection can reach lines that scrolled away), minus the lines
// of collapsed passages (not shown, so not rendered). Pure: the window plugin and its tests share it.

import type { LineHeights } from './line-heights.ts';

/** Lines [from, to). */
export type LineRange = readonly [number, number];

/** Sources up to this size are rendered whole: a window gains nothing measurable there (docs/benchmarks.md). */
export const WHOLE_SOURCE = { lines: 1_000, chars: 200_000 };

/** Never more lines than this in the DOM around the viewport, whatever the heights say. */
const MAX_WINDOW_LINES = 1_500;

export interface PlanInput {
  heights: LineHeights;
  /** The line at the viewport's top edge, and how far below that line's top the edge is (px). */
  anchor: { line: number; offset: number };
  viewportPx: number;
  /** Rendered beyond each edge of the viewport. */
  overscanPx: number;
  /** Lines rendered whatever the viewport: the selection's ends, a span being revealed. */
  pinned?: readonly number[];
  /** Lines not shown at all (a collapsed passage): never rendered unless pinned. */
  hidden?: (line: number) => boolean;
}

export function planWindow(input: PlanInput): LineRange[] {
  const { heights, anchor, overscanPx } = input;
  const count = heights.count;
  if (count === 0) return [];
  const edge = heights.top(Math.min(anchor.line, count - 1)) + anchor.offset;
  const from = heights.lineAt(edge - overscanPx);
  const to = Math.min(count, heights.lineAt(edge + input.viewportPx + overscanPx) + 1, from + MAX_WINDOW_LINES);
  const ranges: LineRange[] = [];
  let start = -1;
  for (let i = from; i < to; i++) {
    const shown = !input.hidden?.(i);
    if (shown && start === -1) start = i;
    if (!shown && start !== -1) {
      ranges.push([start, i]);
      start = -1;
    }
  }
  if (start !== -1) ranges.push([start, to]);
  for (const line of input.pinned ?? []) if (line >= 0 && line < count) ranges.push([line, line + 1]);
  return mergeRanges(ranges);
}

/** Sorted, disjoint, adjacent ranges joined. */
export function mergeRanges(ranges: readonly LineRange[]): LineRange[] {
  const sorted = ranges.filter(([a, b]) => b > a).sort((x, y) => x[0] - y[0]);
  const out: [number, number][] = [];
  for (const [a, b] of sorted) {
    const last = out[out.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

/** Every line of `needed` is in `current` (both sorted and disjoint). */
export function containsRanges(current: readonly LineRange[], needed: readonly LineRange[]): boolean {
  return needed.every(([a, b]) => current.some(([c, d]) => c <= a && b <= d));
}

export function inRanges(ranges: readonly LineRange[], line: number): boolean {
  let low = 0;
  let high = ranges.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const [a, b] = ranges[mid]!;
    if (line < a) high = mid - 1;
    else if (line >= b) low = mid + 1;
    else return true;
  }
  return false;
}
