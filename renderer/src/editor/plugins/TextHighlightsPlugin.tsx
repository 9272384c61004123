// Paints spans that are not claims — suspicions now, search hits later — with the CSS Custom Highlight API:
// no DOM change, so the editor, the marks and Arabic letter joining are untouched. Ranges are rebuilt after
// every editor update (a rebuilt line replaces the text nodes they pointed into).

import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useLayoutEffect, useRef } from 'react';
import { domRange } from '../dom-ranges.ts';
import type { SourceLines } from '../line-model.ts';

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
    const { starts } = lines;
    const styles = new Set(spans.map((s) => s.style));
    let frame = 0;
    const paint = () => {
      frame = 0;
      const root = editor.getRootElement();
      for (const style of styles) CSS.highlights.delete(style);
      if (!root || !enabled) return;
      const byStyle = new Map<string, Range[]>();
      for (const span of latest.current) {
        const range = domRange(root, starts, span.start, span.end);
        if (!range) continue;
        const list = byStyle.get(span.style);
        if (list) list.push(range);
        else byStyle.set(span.style, [range]);
      }
      for (const [style, ranges] of byStyle) CSS.highlights.set(style, new Highlight(...ranges));
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(paint);
    };
    paint();
    // A selection-only update changes no text node, so the ranges still hold (thousands of spans take 0.1 s).
    const unregister = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size > 0 || dirtyLeaves.size > 0) schedule();
    });
    return () => {
      unregister();
      cancelAnimationFrame(frame);
      for (const style of styles) CSS.highlights.delete(style);
    };
  }, [editor, lines, spans, enabled]);
  return null;
}
