// The window and the screen: which line is at the viewport's top edge (in a rendered line, or estimated inside
// a block of hidden lines), putting that line back where it was after the window moved (so nothing jumps),
// and measuring the rendered lines' real heights. DOM reads only; no editor updates.

import type { LexicalEditor } from 'lexical';
import type { LineHeights } from './line-heights.ts';
import type { LineMap } from './line-map.ts';

export interface ViewportAnchor {
  line: number;
  /** How far the viewport's top edge is below the line's top (px; negative above the first line). */
  offset: number;
  /** The viewport's top edge, in client coordinates. */
  edge: number;
}

export function viewportAnchor(
  editor: LexicalEditor,
  map: LineMap,
  heights: LineHeights,
  scroller: HTMLElement,
): ViewportAnchor | null {
  const edge = scroller.getBoundingClientRect().top;
  const box = (i: number) => editor.getElementByKey(map.spans[i]!.key)?.getBoundingClientRect() ?? null;
  // The first span whose bottom is below the edge (spans are in document order).
  let low = 0;
  let high = map.spans.length - 1;
  while (low < high) {
    const mid = (low + high) >> 1;
    const rect = box(mid);
    if (rect && rect.bottom <= edge) low = mid + 1;
    else high = mid;
  }
  const span = map.spans[low];
  const rect = span && box(low);
  if (!span || !rect) return null;
  if (!span.hidden) return { line: span.first, offset: edge - rect.top, edge };
  // Inside hidden lines: as far into their estimated heights as the edge is into the block.
  const modelled = heights.sum(span.first, span.first + span.count);
  const y = heights.top(span.first) + (edge - rect.top) * (rect.height > 0 ? modelled / rect.height : 1);
  const line = Math.min(Math.max(heights.lineAt(y), span.first), span.first + span.count - 1);
  return { line, offset: y - heights.top(line), edge };
}

/** Scrolls so that the anchor's line is again where it was relative to the viewport's top edge. */
export function restoreAnchor(element: HTMLElement | null, anchor: ViewportAnchor, scroller: HTMLElement): void {
  if (!element) return;
  const delta = element.getBoundingClientRect().top - (anchor.edge - anchor.offset);
  if (Math.abs(delta) >= 0.5) scroller.scrollTop += delta;
}

/** Real heights of the rendered lines, for the estimates of the hidden ones. */
export function measureRendered(editor: LexicalEditor, map: LineMap, heights: LineHeights): void {
  for (const span of map.spans) {
    if (span.hidden) continue;
    const element = editor.getElementByKey(span.key);
    if (element) heights.measure(span.first, element.getBoundingClientRect().height);
  }
}
