// A paragraph laid out window by window, so memory stays bounded however long its line is (a 10 MB text on one
// line held every glyph, bidi level and break opportunity of the whole paragraph at once, and ran out of heap).
// Each window ends at a safe break point; all its lines but the last are kept, and the next window starts where
// that last line started. Greedy filling is the same whichever window a line was filled in, so the lines are the
// ones the whole paragraph would get: a paragraph that fits in one window is laid out exactly as before.

import { firstStrongDirection } from './paragraph.ts';
import { layoutParagraph, type LayoutOptions, type Line, type ParagraphLayout } from './text-layout.ts';

/** Code units per window: a few dozen lines, large enough that a window's first lines never feel its end. */
export const WINDOW = 6000;

export interface LayoutWindow {
  layout: ParagraphLayout;
  /** Where the window's text starts in the paragraph: its lines' offsets are relative to it. */
  offset: number;
  /** The lines this window contributes. */
  lines: Line[];
}

export function* layoutWindows(text: string, options: LayoutOptions, window = WINDOW): Generator<LayoutWindow> {
  if (text.length <= window) {
    const layout = layoutParagraph(text, options);
    yield { layout, offset: 0, lines: layout.lines };
    return;
  }
  // The paragraph's direction, from its first strong character, holds for every window.
  const direction = firstStrongDirection(text) ?? options.direction;
  const markers = options.markers ?? [];
  let start = 0;
  while (start < text.length) {
    const end = safeCut(text, start, window);
    const inWindow = markers
      .filter((m) => (m.at > start || start === 0) && m.at <= end)
      .map((m) => ({ at: m.at - start, label: m.label }));
    const layout = layoutParagraph(text.slice(start, end), {
      ...options,
      direction,
      forceDirection: true,
      markers: inWindow,
    });
    const final = end >= text.length || layout.lines.length < 2;
    const lines = final ? layout.lines : layout.lines.slice(0, -1);
    yield { layout, offset: start, lines };
    start = final ? end : start + layout.lines[layout.lines.length - 1]!.start;
  }
}

const SENTENCE_END = /[.!?؟۔…]/u;
const SPACE = /\s/u;
let graphemes: Intl.Segmenter | undefined;

/**
 * Where a window starting at `start` may end (at most `max` code units on): after a sentence end and its space
 * in the window's last quarter, else after any space, else at a grapheme boundary — never inside a word's
 * letters that could join, nor between a letter and its marks or a surrogate pair's halves.
 */
export function safeCut(text: string, start: number, max: number): number {
  const limit = start + max;
  if (limit >= text.length) return text.length;
  const floor = start + Math.floor(max / 2);
  let space = -1;
  for (let i = limit; i > floor; i--) {
    if (!SPACE.test(text[i - 1]!) || SPACE.test(text[i]!)) continue;
    if (i >= start + (3 * max) / 4 && i >= 2 && SENTENCE_END.test(text[i - 2]!)) return i;
    if (space < 0) space = i;
  }
  if (space > 0) return space;
  graphemes ??= new Intl.Segmenter('und', { granularity: 'grapheme' });
  // A few units past the limit: whether a boundary lies AT the limit depends on what follows it (a skin tone).
  const from = Math.max(start + 1, limit - 64);
  let cut = -1;
  for (const { index } of graphemes.segment(text.slice(from, limit + 16))) {
    if (from + index > limit) break;
    if (from + index > start) cut = from + index;
  }
  return cut > start ? cut : limit;
}
