// Design A: ONE Lexical editor over a window of lines. Lines near the viewport (one screen of overscan each
// way) are paragraphs; the lines before and after are one spacer node each, as tall as their estimated
// heights. The lines holding the selection's ends stay in (pinned), so a selection can reach lines that are
// not rendered. The window moves in one synchronous update per frame, with the scroll position kept.

import { MarkNode } from '@lexical/mark';
import { registerPlainText } from '@lexical/plain-text';
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import {
  $getNearestNodeFromDOMNode,
  $setSelection,
  $getRoot,
  $getSelection,
  $isRangeSelection,
  ParagraphNode,
  type LexicalEditor,
  type LexicalNode,
} from 'lexical';
import { useEffect, useRef, type RefObject } from 'react';
import { $buildLine, $isGap, addRange, GapNode, sumHeights, type Doc } from './shared.ts';

const OVERSCAN_PX = 900;
const FIRST_LINES = 60;

export function DesignA({ doc }: { doc: Doc }) {
  const scroller = useRef<HTMLDivElement>(null);
  const config = {
    namespace: 'design-a',
    nodes: [MarkNode, GapNode],
    theme: { paragraph: 'line', mark: 'claim-mark' },
    onError: (error: Error) => {
      throw error;
    },
    editorState: () => $layout(doc, [[0, Math.min(FIRST_LINES, doc.lines.count)]]),
  };
  return (
    <LexicalComposer initialConfig={config}>
      <div className="scroller" ref={scroller}>
        <ContentEditable className="content" data-testid="source-text" dir="rtl" />
      </div>
      <WindowPlugin doc={doc} scroller={scroller} />
    </LexicalComposer>
  );
}

/** The children become: a spacer, the lines of each range (kept nodes reused), spacers between, a spacer. */
function $layout(doc: Doc, ranges: [number, number][]): void {
  const root = $getRoot();
  const want = new Set<number>();
  for (const [a, b] of ranges) for (let i = a; i < b; i++) want.add(i);
  const kept = new Map<number, LexicalNode>();
  for (const child of root.getChildren()) {
    const line = $isGap(child) ? -1 : (doc.lineOfKey.get(child.getKey()) ?? -1);
    if (line >= 0 && want.has(line)) kept.set(line, child);
    else child.remove();
  }
  const order: LexicalNode[] = [];
  let cursor = 0;
  for (const [a, b] of ranges) {
    if (a > cursor) order.push(new GapNode(cursor, a, sumHeights(doc, cursor, a)));
    for (let i = a; i < b; i++) order.push(kept.get(i) ?? $buildLine(doc, i));
    cursor = b;
  }
  if (cursor < doc.lines.count)
    order.push(new GapNode(cursor, doc.lines.count, sumHeights(doc, cursor, doc.lines.count)));
  let previous: LexicalNode | null = null;
  for (const node of order) {
    if (node.getParent() === null) {
      if (previous) previous.insertAfter(node);
      else {
        const first = root.getFirstChild();
        if (first) first.insertBefore(node);
        else root.append(node);
      }
    }
    previous = node;
  }
}

function merge(ranges: [number, number][]): [number, number][] {
  const sorted = [...ranges].sort((x, y) => x[0] - y[0]);
  const out: [number, number][] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}

function WindowPlugin({ doc, scroller }: { doc: Doc; scroller: RefObject<HTMLDivElement | null> }) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => registerPlainText(editor), [editor]);
  useEffect(
    () =>
      editor.registerMutationListener(
        ParagraphNode,
        (mutations) => {
          for (const [key, type] of mutations) {
            const dom = type === 'destroyed' ? null : editor.getElementByKey(key);
            if (dom) dom.dataset.line = String(doc.lineOfKey.get(key));
          }
        },
        { skipInitialization: false },
      ),
    [editor, doc],
  );
  useEffect(() => {
    const el = scroller.current!;
    let window_: [number, number] = [0, Math.min(FIRST_LINES, doc.lines.count)];
    let frame = 0;
    const lineAtY = (y: number) => {
      let acc = 0;
      for (let i = 0; i < doc.lines.count; i++) {
        acc += doc.heights[i]!;
        if (acc > y) return i;
      }
      return doc.lines.count - 1;
    };
    const update = () => {
      frame = 0;
      const root = editor.getRootElement()!;
      for (const p of root.querySelectorAll<HTMLElement>('p[data-line]'))
        doc.heights[Number(p.dataset.line)] = p.offsetHeight;
      const top = Math.max(0, el.scrollTop - root.offsetTop - 20);
      const bottom = top + el.clientHeight;
      const needA = lineAtY(top - OVERSCAN_PX / 2);
      const needB = lineAtY(bottom + OVERSCAN_PX / 2) + 1;
      if (window_[0] <= needA && window_[1] >= needB) return;
      const next: [number, number] = [lineAtY(top - OVERSCAN_PX), lineAtY(bottom + OVERSCAN_PX) + 1];
      const anchor = lineAtY(top);
      const within = top - sumHeights(doc, 0, anchor);
      const pins = selectionLines(editor, doc);
      editor.update(() => $layout(doc, merge([next, ...pins.map((l): [number, number] => [l, l + 1])])), {
        discrete: true,
        tag: 'window',
      });
      window_ = next;
      const anchorEl = root.querySelector<HTMLElement>(`p[data-line="${anchor}"]`);
      if (anchorEl) {
        const y = anchorEl.getBoundingClientRect().top - el.getBoundingClientRect().top + el.scrollTop;
        el.scrollTop = y + within;
      }
    };
    const onScroll = () => (frame ||= requestAnimationFrame(update));
    el.addEventListener('scroll', onScroll);
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== '3') return;
      event.preventDefault();
      addMarkAtSelection(editor, doc);
    };
    document.addEventListener('keydown', onKey, true);
    return () => {
      el.removeEventListener('scroll', onScroll);
      document.removeEventListener('keydown', onKey, true);
      cancelAnimationFrame(frame);
    };
  }, [editor, doc, scroller]);
  return null;
}

function selectionLines(editor: LexicalEditor, doc: Doc): number[] {
  return editor.getEditorState().read(() => {
    const selection = $getSelection();
    if (!$isRangeSelection(selection)) return [];
    return [selection.anchor, selection.focus].flatMap((point) => {
      const top = point.getNode().getTopLevelElement();
      const line = top ? doc.lineOfKey.get(top.getKey()) : undefined;
      return line === undefined ? [] : [line];
    });
  });
}

/** "3": a claim over the selection (inside one line), its line rebuilt in one synchronous update. */
function addMarkAtSelection(editor: LexicalEditor, doc: Doc): void {
  const selection = window.getSelection();
  const paragraph = selection?.anchorNode?.parentElement?.closest<HTMLElement>('p[data-line]');
  if (!selection || selection.isCollapsed || !paragraph) return;
  const line = Number(paragraph.dataset.line);
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
      node?.replace($buildLine(doc, line));
    },
    { discrete: true },
  );
}
