// Set-aside passages in the reading view: their lines dimmed (a data attribute on each line's paragraph),
// collapsed ones hidden with a fold button in their place, part-line ones (a dateline prefix) dimmed with a
// ::highlight. Nothing in the editor's content changes: the text, the offsets and the claims stay as they are.
// Only rendered lines are touched (the window knows which lines a collapsed passage hides, so it does not
// render them); attributes are re-applied after every update that touched the DOM (synchronously, before the
// frame is painted: no flash of undimmed text).

import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getNearestNodeFromDOMNode, type LexicalEditor } from 'lexical';
import { useEffect, useMemo, useRef, useState } from 'react';
import { RenderedText } from '../dom-ranges.ts';
import type { SourceLines } from '../line-model.ts';
import { lineMapOf } from '../window/line-map.ts';
import type { ReadingWindow } from '../window/reading-window.ts';
import { passageLayout, type PassageLayout, type ShownPassage } from './passage-lines.ts';

const HIGHLIGHT = 'passage-dim';

interface PlacedFold {
  key: string;
  line: number;
  label: string;
  top: number;
  left: number;
  width: number;
  height: number;
}

export function PassagesPlugin(props: {
  lines: SourceLines;
  view: ReadingWindow;
  passages: readonly ShownPassage[];
  /** Off while the text is being corrected: paragraphs no longer match lines then. */
  enabled: boolean;
  onExpand: (key: string) => void;
}) {
  const { lines, passages, enabled, view } = props;
  const [editor] = useLexicalComposerContext();
  const layout = useMemo(
    () => passageLayout(lines.starts, lines.text.length, enabled ? passages : []),
    [lines, passages, enabled],
  );
  const [folds, setFolds] = useState<PlacedFold[]>([]);
  const onExpand = useRef(props.onExpand);
  onExpand.current = props.onExpand;
  /** Set when a selection landed in hidden lines (a search hit, "show"): scroll to it once they are shown. */
  const scrollToSelection = useRef(false);

  useEffect(() => {
    const hidden = [...layout.lines].flatMap(([i, shade]) => (shade.fold === 'hidden' ? [i] : []));
    const set = new Set(hidden);
    view.setHidden((line) => set.has(line), hidden);
  }, [view, layout]);

  useEffect(() => {
    let frame = 0;
    const apply = () => {
      applyShades(editor, layout);
      if (!frame) frame = requestAnimationFrame(place);
    };
    const place = () => {
      frame = 0;
      const next = placeFolds(view, layout);
      setFolds((prev) => (JSON.stringify(prev) === JSON.stringify(next) ? prev : next));
      paintPartial(editor, lines, layout);
      if (scrollToSelection.current) {
        scrollToSelection.current = false;
        const selection = window.getSelection();
        const node = selection?.rangeCount ? selection.getRangeAt(0).startContainer : null;
        (node instanceof Element ? node : node?.parentElement)?.scrollIntoView({ block: 'center' });
      }
    };
    apply();
    const unregister = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size > 0 || dirtyLeaves.size > 0) apply();
    });
    // Lines above a fold get their real height as they are laid out: follow them.
    const root = editor.getRootElement();
    const resize =
      root && typeof ResizeObserver !== 'undefined'
        ? new ResizeObserver(() => (frame ||= requestAnimationFrame(place)))
        : null;
    if (root) resize?.observe(root);
    // A selection put into hidden lines (a search hit, a suspicion shown) opens the passage that hides them.
    const onSelection = () => {
      const node = window.getSelection()?.anchorNode;
      const element = node instanceof Element ? node : node?.parentElement;
      const line = element?.closest<HTMLElement>('[data-passage-fold]');
      if (!line || line.parentElement !== editor.getRootElement()) return;
      const shade = layout.lines.get(lineOfElement(editor, line) ?? -1);
      if (!shade) return;
      scrollToSelection.current = true;
      onExpand.current(shade.key);
    };
    document.addEventListener('selectionchange', onSelection);
    return () => {
      unregister();
      resize?.disconnect();
      cancelAnimationFrame(frame);
      document.removeEventListener('selectionchange', onSelection);
      if (typeof CSS !== 'undefined' && 'highlights' in CSS) CSS.highlights.delete(HIGHLIGHT);
    };
  }, [editor, layout, lines, view]);

  useEffect(() => () => applyShades(editor, { lines: new Map(), partial: [], folds: [] }), [editor]);

  if (folds.length === 0) return null;
  return (
    <div className="passage-folds">
      {folds.map((fold) => (
        <button
          key={`${fold.key}@${fold.line}`}
          type="button"
          className="passage-fold"
          data-testid="passage-fold"
          aria-expanded={false}
          style={{ top: fold.top, left: fold.left, width: fold.width, height: fold.height }}
          onClick={() => onExpand.current(fold.key)}
        >
          {fold.label}
        </button>
      ))}
    </div>
  );
}

function lineOfElement(editor: LexicalEditor, element: HTMLElement): number | undefined {
  const key = editor.read(() => $getNearestNodeFromDOMNode(element)?.getTopLevelElement()?.getKey());
  return key === undefined ? undefined : lineMapOf(editor).spanOfKey(key)?.first;
}

/** Writes data-passage (the kind) and data-passage-fold (stub / hidden) on the rendered lines. */
function applyShades(editor: LexicalEditor, layout: PassageLayout): void {
  for (const span of lineMapOf(editor).spans) {
    if (span.hidden) continue;
    const line = editor.getElementByKey(span.key);
    if (!line) continue;
    const shade = layout.lines.get(span.first);
    if (shade) {
      if (line.dataset.passage !== shade.kind) line.dataset.passage = shade.kind;
      if (shade.fold) {
        if (line.dataset.passageFold !== shade.fold) line.dataset.passageFold = shade.fold;
      } else if (line.dataset.passageFold !== undefined) delete line.dataset.passageFold;
    } else {
      if (line.dataset.passage !== undefined) delete line.dataset.passage;
      if (line.dataset.passageFold !== undefined) delete line.dataset.passageFold;
    }
  }
}

/** Each fold button over its stub line, in the wrapper's coordinates (the wrapper is the offset parent). */
function placeFolds(view: ReadingWindow, layout: PassageLayout): PlacedFold[] {
  const placed: PlacedFold[] = [];
  for (const fold of layout.folds) {
    const stub = view.lineElement(fold.line);
    if (!stub || stub.dataset.passageFold !== 'stub') continue;
    placed.push({
      key: fold.key,
      line: fold.line,
      label: fold.label,
      top: stub.offsetTop,
      left: stub.offsetLeft,
      width: stub.offsetWidth,
      height: stub.offsetHeight,
    });
  }
  return placed;
}

function paintPartial(editor: LexicalEditor, lines: SourceLines, layout: PassageLayout): void {
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
  CSS.highlights.delete(HIGHLIGHT);
  if (layout.partial.length === 0) return;
  const rendered = new RenderedText(editor, lines.starts, lines.text.length);
  const ranges = layout.partial.flatMap((span) => rendered.ranges(span.start, span.end));
  if (ranges.length) CSS.highlights.set(HIGHLIGHT, new Highlight(...ranges));
}
