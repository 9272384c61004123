// Copy (and cut, while correcting) give the selected text exactly as stored, lines that are not in the DOM
// included: the selection may span a run of hidden lines, whose text the DOM does not hold and Lexical's own
// plain-text copy would join to the line before it without a line break.

import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  $addUpdateTag,
  $getSelection,
  $isRangeSelection,
  COMMAND_PRIORITY_HIGH,
  COPY_COMMAND,
  CUT_COMMAND,
  CUT_TAG,
  mergeRegister,
} from 'lexical';
import { useEffect } from 'react';
import { $documentText } from '../build.ts';
import { lineStarts } from '../line-model.ts';
import { $selectionOffsets } from '../offsets.ts';
import { $takeDomSelection } from './SelectionPlugin.tsx';

export function CopyPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    const put = (event: ClipboardEvent | KeyboardEvent | null, cut: boolean): boolean => {
      const data = event && 'clipboardData' in event ? event.clipboardData : null;
      $takeDomSelection(editor);
      const selection = $getSelection();
      if (!data || !$isRangeSelection(selection) || selection.isCollapsed()) return false;
      const text = $documentText();
      const span = $selectionOffsets(lineStarts(text), text.length);
      if (!span) return false;
      event!.preventDefault();
      data.setData('text/plain', text.slice(span.start, span.end));
      if (cut) {
        $addUpdateTag(CUT_TAG);
        selection.removeText();
      }
      return true;
    };
    return mergeRegister(
      editor.registerCommand(COPY_COMMAND, (event) => put(event, false), COMMAND_PRIORITY_HIGH),
      editor.registerCommand(CUT_COMMAND, (event) => put(event, true), COMMAND_PRIORITY_HIGH),
    );
  }, [editor]);
  return null;
}
