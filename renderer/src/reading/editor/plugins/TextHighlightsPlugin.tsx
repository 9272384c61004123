// Paints spans that are not claims — suspicions, search hits, shared sentences — with the CSS Custom Highlight
// API: no DOM change, so the editor, the marks and Arabic letter joining are untouched. Only the rendered lines
// are painted (a long source has a window of lines in the DOM); ranges are rebuilt after every update that
// replaced text nodes, at once when the window moved (the lines it brings in are painted in the same frame).

import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useLayoutEffect, useRef } from 'react';
import { RenderedText } from '../dom-ranges.ts';
import type { SourceLines } from '../line-model.ts';
import { WINDOW_TAG } from '../window/reading-window.ts';

export interface PaintedSpan {
  start: number;
  end: number;
  /** The ::highlight() name that styles it, e.g. "suspicion-high". */
  style: string;
}

export function TextHighlightsPlugin({
  lines,
  spans,
  enabled,
}: {
  lines: SourceLines;
  spans: readonly PaintedSpan[];
  enabled: boolean;
}) {
  const [editor] = useLexicalComposerContext();
  const latest = useRef(spans);
  latest.current = spans;
  // A layout effect that paints at once: new spans replace the old ones in the same frame as the rest of the
  // change (the list beside the text, the search count), with no frame where neither is painted.
  useLayoutEffect(() => {
    if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
    const { starts, text } = lines;
    const styles = new Set(spans.map((s) => s.style));
    let frame = 0;
    const paint = () => {
      cancelAnimationFrame(frame);
      frame = 0;
      for (const style of styles) CSS.highlights.delete(style);
      if (!editor.getRootElement() || !enabled) return;
      const rendered = new RenderedText(editor, starts, text.length);
      const byStyle = new Map<string, Range[]>();
      for (const span of latest.current) {
        const ranges = rendered.ranges(span.start, span.end);
        if (ranges.length === 0) continue;
        const list = byStyle.get(span.style);
        if (list) list.push(...ranges);
        else byStyle.set(span.style, ranges);
      }
      for (const [style, ranges] of byStyle) CSS.highlights.set(style, new Highlight(...ranges));
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(paint);
    };
    paint();
    // A selection-only update changes no text node, so the ranges still hold (thousands of spans take 0.1 s).
    const unregister = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves, tags }) => {
      if (tags.has(WINDOW_TAG)) paint();
      else if (dirtyElements.size > 0 || dirtyLeaves.size > 0) schedule();
    });
    return () => {
      unregister();
      cancelAnimationFrame(frame);
      for (const style of styles) CSS.highlights.delete(style);
    };
  }, [editor, lines, spans, enabled]);
  return null;
}
