// Stored-text offsets → DOM Ranges over the lines that are in the DOM (text nodes walked in order), for painting
// things that are not claims (suspicions, search hits, passages) without touching the editor's DOM. A span
// reaching lines that are not rendered is clipped to the rendered ones; one entirely outside gives nothing.

import type { LexicalEditor } from 'lexical';
import { lineAt } from './line-model.ts';
import { lineMapOf, type LineMap } from './window/line-map.ts';
import type { LineRange } from './window/plan.ts';

export class RenderedText {
  private readonly runs: { range: LineRange; start: number; end: number }[];

  constructor(
    private readonly editor: LexicalEditor,
    private readonly starts: readonly number[],
    private readonly textLength: number,
    private readonly map: LineMap = lineMapOf(editor),
  ) {
    const lineEnd = (i: number) => (i + 1 < starts.length ? starts[i + 1]! - 1 : textLength);
    this.runs = map.rendered().map((range) => ({ range, start: starts[range[0]]!, end: lineEnd(range[1] - 1) }));
  }

  /** Ranges covering the rendered parts of [start, end); empty when none of it is rendered. */
  ranges(start: number, end: number): Range[] {
    const out: Range[] = [];
    for (const run of this.runs) {
      const from = Math.max(start, run.start);
      const to = Math.min(end, run.end);
      if (to < from || (to === from && end > start)) continue;
      const a = this.point(from);
      const b = this.point(to);
      if (!a || !b) continue;
      const range = document.createRange();
      range.setStart(a[0], a[1]);
      range.setEnd(b[0], b[1]);
      out.push(range);
    }
    return out;
  }

  /** The element of a rendered line, or null. */
  lineElement(line: number): HTMLElement | null {
    const key = this.map.keyOfLine(line);
    return key ? this.editor.getElementByKey(key) : null;
  }

  private point(offset: number): [Node, number] | null {
    const line = lineAt(this.starts, offset);
    const paragraph = this.lineElement(line);
    if (!paragraph) return null;
    let remaining = offset - this.starts[line]!;
    const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const length = node.textContent?.length ?? 0;
      if (remaining <= length) return [node, remaining];
      remaining -= length;
    }
    return remaining === 0 ? [paragraph, 0] : null;
  }
}
