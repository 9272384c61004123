// MarkNodes hold only claim ids. This writes data-ids, data-tags and the tag colours onto each mark's DOM
// element when Lexical creates or updates it — also when the window brings a line in — and the chosen claim's
// ring. Colours change only backgrounds: never padding, borders or fonts, which would break Arabic letter
// joining across the mark's edge.

import { $isMarkNode, MarkNode } from '@lexical/mark';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getNodeByKey } from 'lexical';
import { useEffect, useRef } from 'react';

export type Decorate = (ids: string[]) => { tags: string[]; background: string };

export const SELECTED_MARK = 'claim-mark--selected';

export function MarkDecorationPlugin({ decorate, selectedId }: { decorate: Decorate; selectedId: string | null }) {
  const [editor] = useLexicalComposerContext();
  const latest = useRef({ decorate, selectedId });
  latest.current = { decorate, selectedId };
  useEffect(
    () =>
      editor.registerMutationListener(
        MarkNode,
        (mutations) => {
          editor.getEditorState().read(() => {
            for (const [key, type] of mutations) {
              if (type === 'destroyed') continue;
              const node = $getNodeByKey(key);
              const element = editor.getElementByKey(key);
              if (!$isMarkNode(node) || !element) continue;
              const ids = node.getIDs();
              const { tags, background } = latest.current.decorate(ids);
              element.dataset.ids = ids.join(' ');
              element.dataset.tags = tags.join(' ');
              element.style.background = background;
              const chosen = latest.current.selectedId;
              element.classList.toggle(SELECTED_MARK, chosen !== null && ids.includes(chosen));
            }
          });
        },
        { skipInitialization: false },
      ),
    [editor],
  );
  return null;
}
