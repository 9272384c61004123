// Set-aside passages in the reading view: their lines dimmed (a data attribute on each line's paragraph),
// collapsed ones hidden with a fold button in their place, part-line ones (a dateline prefix) dimmed with a
// ::highlight. Nothing in the editor's content changes: the text, the offsets and the claims stay as they are.
// Lexical replaces a paragraph's element when it rebuilds a line, so the attributes are re-applied after every
// update that touched the DOM (synchronously, before the frame is painted: no flash of undimmed text).

import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect, useMemo, useRef, useState } from 'react';
import { domRange } from '../dom-ranges.ts';
import type { SourceLines } from '../line-model.ts';
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
  passages: readonly ShownPassage[];
  /** Off while the text is being corrected: paragraphs no longer match lines then. */
  enabled: boolean;
  onExpand: (key: string) => void;
}) {
  const { lines, passages, enabled } = props;
  const [editor] = useLexicalComposerContext();
  const layout = useMemo(
    () => passageLayout(lines.starts, lines.text.length, enabled ? passages : []),
    [lines, passages, enabled],
  );
  const [folds, setFolds] = useState<PlacedFold[]>([]);
  const onExpand = useRef(props.onExpand);
  onExpand.current = props.onExpand;
  /** Line index → the attributes last written, so lines that leave a passage are cleared. */
  const applied = useRef(new Map<number, string>());
  /** Set when a selection landed in hidden lines (a search hit, "show"): scroll to it once they are shown. */
  const scrollToSelection = useRef(false);

  useEffect(() => {
    let frame = 0;
    const apply = () => {
      const root = editor.getRootElement();
      if (root) applied.current = applyShades(root, layout, applied.current);
      if (!frame) frame = requestAnimationFrame(place);
    };
    const place = () => {
      frame = 0;
      const root = editor.getRootElement();
      const next = root ? placeFolds(root, layout) : [];
      setFolds((prev) => (JSON.stringify(prev) === JSON.stringify(next) ? prev : next));
      paintPartial(root, lines.starts, layout);
      if (scrollToSelection.current && root) {
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
    // Lines above a fold get their real height as they scroll into view (content-visibility): follow them.
    const root = editor.getRootElement();
    const resize =
      root && typeof ResizeObserver !== 'undefined'
        ? new ResizeObserver(() => (frame ||= requestAnimationFrame(place)))
        : null;
    if (root) resize?.observe(root);
    // A selection put into hidden lines (a search hit, a suspicion shown) opens the passage that hides them.
    const onSelection = () => {
      const root = editor.getRootElement();
      const selection = window.getSelection();
      const node = selection?.anchorNode;
      const element = node instanceof Element ? node : node?.parentElement;
      const line = element?.closest<HTMLElement>('[data-passage-fold]');
      if (!root || !line || line.parentElement !== root) return;
      const shade = layout.lines.get(Array.prototype.indexOf.call(root.children, line));
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
  }, [editor, layout, lines]);

  useEffect(
    () => () => {
      const root = editor.getRootElement();
      if (root) applyShades(root, { lines: new Map(), partial: [], folds: [] }, applied.current);
      applied.current = new Map();
    },
    [editor],
  );

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

/** Writes data-passage (the kind) and data-passage-fold (stub / hidden) on the lines; returns what it wrote. */
function applyShades(
  root: HTMLElement,
  layout: PassageLayout,
  before: ReadonlyMap<number, string>,
): Map<number, string> {
  const now = new Map<number, string>();
  for (const [i, shade] of layout.lines) now.set(i, `${shade.kind}|${shade.fold ?? ''}`);
  for (const i of new Set([...before.keys(), ...now.keys()])) {
    const line = root.children[i];
    if (!(line instanceof HTMLElement)) continue;
    const shade = layout.lines.get(i);
    if (shade) {
      if (line.dataset.passage !== shade.kind) line.dataset.passage = shade.kind;
      if (shade.fold) {
        if (line.dataset.passageFold !== shade.fold) line.dataset.passageFold = shade.fold;
      } else if (line.dataset.passageFold !== undefined) delete line.dataset.passageFold;
    } else {
      delete line.dataset.passage;
      delete line.dataset.passageFold;
    }
  }
  return now;
}

/** Each fold button over its stub line, in the wrapper's coordinates (the wrapper is the offset parent). */
function placeFolds(root: HTMLElement, layout: PassageLayout): PlacedFold[] {
  const placed: PlacedFold[] = [];
  for (const fold of layout.folds) {
    const stub = root.children[fold.line];
    if (!(stub instanceof HTMLElement) || stub.dataset.passageFold !== 'stub') continue;
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

function paintPartial(root: HTMLElement | null, starts: readonly number[], layout: PassageLayout): void {
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
  CSS.highlights.delete(HIGHLIGHT);
  if (!root || layout.partial.length === 0) return;
  const ranges = layout.partial.flatMap((span) => domRange(root, starts, span.start, span.end) ?? []);
  if (ranges.length) CSS.highlights.set(HIGHLIGHT, new Highlight(...ranges));
}
