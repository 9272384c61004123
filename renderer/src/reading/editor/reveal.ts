// Showing a place of the text in the reading view: the lines are rendered first (they may not be in the DOM),
// then scrolled to the middle of the view; a span can also become the selection (ready to tag), a claim's
// marks flash.

import type { LexicalEditor } from 'lexical';
import { RenderedText } from './dom-ranges.ts';
import { lineAt } from './line-model.ts';
import type { ReadingWindow } from './window/reading-window.ts';

/** Scrolls a span of the text into view and, with `select`, makes it the selection. */
export function showSpan(editor: LexicalEditor, view: ReadingWindow, start: number, end: number, select: boolean) {
  const { starts, text } = view.lines;
  view.ensure([lineAt(starts, start), lineAt(starts, Math.max(start, end - 1))]);
  const pieces = new RenderedText(editor, starts, text.length).ranges(start, end);
  const first = pieces[0];
  const last = pieces[pieces.length - 1];
  if (!first || !last) return;
  const container = first.startContainer;
  (container instanceof Element ? container : container.parentElement)?.scrollIntoView({ block: 'center' });
  if (!select) return;
  // From the first rendered piece to the last: lines between them that are not rendered are inside it.
  const range = document.createRange();
  range.setStart(first.startContainer, first.startOffset);
  range.setEnd(last.endContainer, last.endOffset);
  const selection = window.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}

export function markSelector(id: string): string {
  return `mark[data-ids~="${CSS.escape(id)}"]`;
}

/** Scrolls a claim's first mark into view and flashes all of its marks. */
export function revealClaim(
  editor: LexicalEditor,
  view: ReadingWindow,
  range: { start: number; end: number } | undefined,
  id: string,
): void {
  if (range) view.ensure([lineAt(view.lines.starts, range.start)]);
  const root = editor.getRootElement();
  const marks = root ? [...root.querySelectorAll<HTMLElement>(markSelector(id))] : [];
  marks[0]?.scrollIntoView({ block: 'center' });
  for (const mark of marks) {
    mark.classList.remove('claim-flash');
    void mark.offsetWidth; // restart the animation when the same claim is revealed twice
    mark.classList.add('claim-flash');
  }
}
