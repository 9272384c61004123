// The reading view's text: Lexical with one paragraph per source line, in the source's direction, claims as
// MarkNodes; for a long source only the lines near the viewport are paragraphs (window/). Read-only unless the
// researcher switches to correcting the text.

import { MarkNode } from '@lexical/mark';
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { useEffect, useId, useImperativeHandle, useMemo, useRef, type Ref } from 'react';
import type { Direction } from '../../../../shared/bidi/line-direction.ts';
import { $documentText } from './build.ts';
import { sourceLines, type DecoratedRange } from './line-model.ts';
import { CopyPlugin } from './plugins/CopyPlugin.tsx';
import { DocumentPlugin } from './plugins/DocumentPlugin.tsx';
import { MarkDecorationPlugin, SELECTED_MARK, type Decorate } from './plugins/MarkDecorationPlugin.tsx';
import { PassagesPlugin } from './plugins/PassagesPlugin.tsx';
import type { ShownPassage } from './plugins/passage-lines.ts';
import { PlainTextBehaviourPlugin } from './plugins/PlainTextBehaviourPlugin.tsx';
import { useReadOnlyGuard } from './plugins/ReadOnlyGuardPlugin.tsx';
import { liveSelectionSpan, SelectionPlugin, type SpanListener } from './plugins/SelectionPlugin.tsx';
import { TextHighlightsPlugin, type PaintedSpan } from './plugins/TextHighlightsPlugin.tsx';
import { WindowPlugin } from './plugins/WindowPlugin.tsx';
import { markSelector, revealClaim, showSpan } from './reveal.ts';
import { HiddenLinesNode } from './window/hidden-lines-node.ts';
import { ReadingWindow } from './window/reading-window.ts';

export interface SourceEditorHandle {
  /** The edited text, lines joined by line breaks. */
  getText(): string;
  /** Scrolls a claim's first mark into view and flashes all of its marks. */
  reveal(id: string): void;
  /** Scrolls a span of the text into view and selects it. */
  revealSpan(start: number, end: number): void;
  /** The span selected in the page at this moment (null when collapsed), not as of the last update. */
  selectedSpan(): { start: number; end: number } | null;
  /** Scrolls a span into view without touching the selection or focus (stepping through search hits). */
  scrollToSpan(start: number, end: number): void;
  focus(): void;
}

export interface SourceEditorProps {
  sourceId: string;
  text: string;
  direction: Direction;
  /** Changes force a full rebuild: a new text revision, new tag colours, a cancelled edit. */
  buildKey: string;
  ranges: readonly DecoratedRange[];
  decorate: Decorate;
  editMode: boolean;
  selectedId: string | null;
  label: string;
  /** Told to assistive technology when only part of a long source is in the document. */
  windowHint: string;
  onSelectionChange: SpanListener;
  onMarkActivate: (ids: string[], mark: HTMLElement) => void;
  handle: Ref<SourceEditorHandle>;
  /**
   * Spans painted without marks (suspicions, search hits, shared sentences), in layers: each layer is
   * repainted only when its own spans change, so stepping through search hits does not rebuild thousands
   * of shared-sentence ranges. Hidden while correcting the text.
   */
  painted: readonly (readonly PaintedSpan[])[];
  /** Set-aside passages (repeated, boilerplate): dimmed, or collapsed behind a fold button. */
  passages?: readonly ShownPassage[];
  onPassageExpand?: (key: string) => void;
}

const NO_PASSAGES: readonly ShownPassage[] = [];

const THEME = { paragraph: 'source-line', mark: 'claim-mark', markOverlap: 'claim-mark--overlap' };

export function SourceEditor(props: SourceEditorProps) {
  const config = {
    namespace: `source-${props.sourceId}`,
    nodes: [MarkNode, HiddenLinesNode],
    theme: THEME,
    onError: (error: Error) => {
      throw error;
    },
  };
  return (
    <LexicalComposer key={props.sourceId} initialConfig={config}>
      <EditorBody {...props} />
    </LexicalComposer>
  );
}

function EditorBody(props: SourceEditorProps) {
  const [editor] = useLexicalComposerContext();
  const wrapper = useRef<HTMLDivElement>(null);
  const hintId = useId();
  const lines = useMemo(() => sourceLines(props.text), [props.text]);
  const view = useMemo(
    () => new ReadingWindow(editor, lines, props.direction, () => wrapper.current),
    [editor, lines, props.direction],
  );
  useReadOnlyGuard(wrapper, !props.editMode);
  useSelectedMarks(wrapper, props.selectedId);
  const ranges = useRef(props.ranges);
  ranges.current = props.ranges;
  useImperativeHandle(
    props.handle,
    () => ({
      getText: () => editor.getEditorState().read($documentText),
      reveal: (id) =>
        revealClaim(
          editor,
          view,
          ranges.current.find((r) => r.id === id),
          id,
        ),
      revealSpan: (start, end) => showSpan(editor, view, start, end, true),
      scrollToSpan: (start, end) => showSpan(editor, view, start, end, false),
      selectedSpan: () => liveSelectionSpan(editor, lines),
      focus: () => editor.focus(),
    }),
    [editor, view, lines],
  );
  return (
    // Clicking a highlight is a pointer shortcut for choosing its claim; the keyboard way is the claims list.
    // eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-static-element-interactions
    <div
      ref={wrapper}
      className={`source-editor${props.editMode ? ' source-editor--editing' : ''}`}
      onClick={(event) => {
        if (!window.getSelection()?.isCollapsed) return;
        const mark = (event.target as Element).closest<HTMLElement>('mark[data-ids]');
        if (mark?.dataset.ids) props.onMarkActivate(mark.dataset.ids.split(' '), mark);
      }}
    >
      <ContentEditable
        className={`source-editor__content${view.whole ? '' : ' source-editor__content--windowed'}`}
        aria-label={props.label}
        tabIndex={0}
        aria-describedby={view.whole ? undefined : hintId}
        aria-readonly={!props.editMode}
        aria-multiline
        spellCheck={false}
        dir={props.direction}
        lang={props.direction === 'rtl' ? 'ar' : undefined}
        data-testid="source-text"
      />
      {!view.whole && (
        <p id={hintId} className="visually-hidden">
          {props.windowHint}
        </p>
      )}
      <PlainTextBehaviourPlugin />
      <CopyPlugin />
      {props.editMode && <HistoryPlugin />}
      <WindowPlugin view={view} editing={props.editMode} />
      <DocumentPlugin view={view} ranges={props.ranges} buildKey={props.buildKey} />
      <MarkDecorationPlugin decorate={props.decorate} selectedId={props.selectedId} />
      <SelectionPlugin lines={lines} enabled={!props.editMode} onChange={props.onSelectionChange} />
      {props.painted.map((spans, layer) => (
        <TextHighlightsPlugin key={layer} lines={lines} spans={spans} enabled={!props.editMode} />
      ))}
      <PassagesPlugin
        lines={lines}
        view={view}
        passages={props.passages ?? NO_PASSAGES}
        enabled={!props.editMode}
        onExpand={props.onPassageExpand ?? (() => {})}
      />
    </div>
  );
}

/** The chosen claim's marks get a ring (a class: the CSP allows no inline style sheets). */
function useSelectedMarks(root: React.RefObject<HTMLElement | null>, selectedId: string | null): void {
  useEffect(() => {
    const element = root.current;
    if (!element) return;
    for (const mark of element.querySelectorAll(`.${SELECTED_MARK}`)) mark.classList.remove(SELECTED_MARK);
    if (!selectedId) return;
    for (const mark of element.querySelectorAll(markSelector(selectedId))) mark.classList.add(SELECTED_MARK);
  }, [root, selectedId]);
}
