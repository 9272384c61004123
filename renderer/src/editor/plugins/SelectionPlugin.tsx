// Reports the selected span of the stored text whenever the Lexical selection changes (null when collapsed
// or while editing, when paragraphs no longer match lines).

import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect, useRef } from 'react';
import type { SourceLines } from '../line-model.ts';
import { $selectionOffsets } from '../offsets.ts';

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
    return editor.registerUpdateListener(({ editorState }) => {
      onChange.current(editorState.read(() => $selectionOffsets(starts, text.length)));
    });
  }, [editor, props.lines, props.enabled]);
  return null;
}
