// Reports the selected span of the stored text whenever it changes (null when collapsed or while editing,
// when lines no longer match the stored text). The window moving (an editor update that keeps the
// selection) reports nothing: the span is the same.

import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $createRangeSelectionFromDom, $setSelection, type LexicalEditor } from 'lexical';
import { useEffect, useRef } from 'react';
import type { SourceLines } from '../line-model.ts';
import { $selectionOffsets } from '../offsets.ts';
import { lineMapOf } from '../window/line-map.ts';

export type SpanListener = (span: { start: number; end: number } | null) => void;

export function SelectionPlugin(props: { lines: SourceLines; enabled: boolean; onChange: SpanListener }) {
  const [editor] = useLexicalComposerContext();
  const onChange = useRef(props.onChange);
  onChange.current = props.onChange;
  useEffect(() => {
    if (!props.enabled) {
      onChange.current(null);
      return;
    }
    const { starts, text } = props.lines;
    let last = '';
    return editor.registerUpdateListener(({ editorState }) => {
      const map = lineMapOf(editor);
      const span = editorState.read(() => $selectionOffsets(starts, text.length, map));
      const key = span ? `${span.start}:${span.end}` : '';
      if (key === last) return;
      last = key;
      onChange.current(span);
    });
  }, [editor, props.lines, props.enabled]);
  return null;
}

/**
 * Takes the page's selection into Lexical. Lexical learns of a DOM selection a task later (selectionchange), so
 * a tag key or Ctrl+C pressed right after a selection was made (by the app revealing a hit, or by a fast hand)
 * would act on the previous one. Must run inside an editor update (a command listener is one).
 */
export function $takeDomSelection(editor: LexicalEditor): void {
  const fresh = $createRangeSelectionFromDom(window.getSelection(), editor);
  if (fresh) $setSelection(fresh);
}

/** The span selected in the page now (see $takeDomSelection). Null when collapsed. */
export function liveSelectionSpan(editor: LexicalEditor, lines: SourceLines): { start: number; end: number } | null {
  let span: { start: number; end: number } | null = null;
  editor.update(
    () => {
      $takeDomSelection(editor);
      span = $selectionOffsets(lines.starts, lines.text.length, lineMapOf(editor));
    },
    { discrete: true },
  );
  return span;
}
