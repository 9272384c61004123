// Design B: an editor per block of 100 lines, mounted when the block comes within one screen of the
// viewport (IntersectionObserver) and unmounted when it leaves; a block not mounted is a placeholder of its
// estimated height. Chromium's own scroll anchoring keeps the view still when a block's real height differs.

import { MarkNode } from '@lexical/mark';
import { registerPlainText } from '@lexical/plain-text';
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import {
  $getNearestNodeFromDOMNode,
  $getRoot,
  $setSelection,
  ParagraphNode,
  type LexicalEditor,
  type NodeKey,
} from 'lexical';
import { useEffect, useMemo, useRef, useState } from 'react';
import { $buildLine, addRange, sumHeights, type Doc } from './shared.ts';

const BLOCK = 100;
const editors = new Map<number, { editor: LexicalEditor; lineOfKey: Map<NodeKey, number> }>();

export function DesignB({ doc }: { doc: Doc }) {
  const scroller = useRef<HTMLDivElement>(null);
  const count = Math.ceil(doc.lines.count / BLOCK);
  const [mounted, setMounted] = useState<ReadonlySet<number>>(new Set([0]));
  useEffect(() => {
    const observer = new IntersectionObserver(
      (entries) =>
        setMounted((before) => {
          const next = new Set(before);
          for (const e of entries) {
            const b = Number((e.target as HTMLElement).dataset.block);
            if (e.isIntersecting) next.add(b);
            else next.delete(b);
          }
          return next;
        }),
      { root: scroller.current, rootMargin: '900px 0px' },
    );
    for (const el of scroller.current!.querySelectorAll('[data-block]')) observer.observe(el);
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== '3') return;
      event.preventDefault();
      addMarkAtSelection(doc);
    };
    document.addEventListener('keydown', onKey, true);
    return () => {
      observer.disconnect();
      document.removeEventListener('keydown', onKey, true);
    };
  }, [doc]);
  return (
    <div className="scroller scroller--anchored" ref={scroller}>
      <div className="content" data-testid="source-text" dir="rtl">
        {Array.from({ length: count }, (_, b) => (
          <div key={b} data-block={b}>
            {mounted.has(b) ? (
              <Block doc={doc} block={b} />
            ) : (
              <div
                className="block-placeholder"
                style={{ height: sumHeights(doc, b * BLOCK, Math.min(doc.lines.count, (b + 1) * BLOCK)) }}
              />
            )}
          </div>
        ))}
      </div>
    </div>
  );
}

function Block({ doc, block }: { doc: Doc; block: number }) {
  const lineOfKey = useMemo(() => new Map<NodeKey, number>(), []);
  const config = {
    namespace: `design-b-${block}`,
    nodes: [MarkNode],
    theme: { paragraph: 'line', mark: 'claim-mark' },
    onError: (error: Error) => {
      throw error;
    },
    editorState: () => {
      const root = $getRoot();
      for (let i = block * BLOCK; i < Math.min(doc.lines.count, (block + 1) * BLOCK); i++)
        root.append($buildLine(doc, i, lineOfKey));
    },
  };
  return (
    <LexicalComposer initialConfig={config}>
      <ContentEditable className="block" />
      <BlockPlugin doc={doc} block={block} lineOfKey={lineOfKey} />
    </LexicalComposer>
  );
}

function BlockPlugin({ doc, block, lineOfKey }: { doc: Doc; block: number; lineOfKey: Map<NodeKey, number> }) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => registerPlainText(editor), [editor]);
  useEffect(() => {
    editors.set(block, { editor, lineOfKey });
    const unregister = editor.registerMutationListener(
      ParagraphNode,
      (mutations) => {
        for (const [key, type] of mutations) {
          const dom = type === 'destroyed' ? null : editor.getElementByKey(key);
          if (dom) dom.dataset.line = String(lineOfKey.get(key));
        }
      },
      { skipInitialization: false },
    );
    return () => {
      unregister();
      editors.delete(block);
      // Measured heights make the placeholder of an unmounted block its real height.
      const root = editor.getRootElement();
      for (const p of root?.querySelectorAll<HTMLElement>('p[data-line]') ?? [])
        doc.heights[Number(p.dataset.line)] = p.offsetHeight;
    };
  }, [editor, block, doc, lineOfKey]);
  return null;
}

function addMarkAtSelection(doc: Doc): void {
  const selection = window.getSelection();
  const paragraph = selection?.anchorNode?.parentElement?.closest<HTMLElement>('p[data-line]');
  if (!selection || selection.isCollapsed || !paragraph) return;
  const line = Number(paragraph.dataset.line);
  const mounted = editors.get(Math.floor(line / BLOCK));
  if (!mounted) return;
  const { editor, lineOfKey } = mounted;
  const offset = (node: Node, at: number) => {
    const range = document.createRange();
    range.setStart(paragraph, 0);
    range.setEnd(node, at);
    return range.toString().length;
  };
  const a = offset(selection.anchorNode!, selection.anchorOffset);
  const b = offset(selection.focusNode!, selection.focusOffset);
  addRange(doc, line, Math.min(a, b), Math.max(a, b));
  editor.update(
    () => {
      const node = $getNearestNodeFromDOMNode(paragraph);
      // The selection pointed into the old line; the text it selected is now a claim.
      $setSelection(null);
      node?.replace($buildLine(doc, line, lineOfKey));
    },
    { discrete: true },
  );
}
