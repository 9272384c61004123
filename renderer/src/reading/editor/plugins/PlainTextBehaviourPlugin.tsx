// Plain-text editing (typing, deleting, pasting plain text, line breaks) without PlainTextPlugin's placeholder,
// which reads the whole document's text on every keystroke: on a 1 MB source that alone made typing lag.

import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { registerPlainText } from '@lexical/plain-text';
import { useEffect } from 'react';

export function PlainTextBehaviourPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => registerPlainText(editor), [editor]);
  return null;
}
