// The reading view's text: Lexical with one paragraph per source line, in the source's direction, claims as
// MarkNodes. Read-only unless the researcher switches to correcting the text.

import { MarkNode } from '@lexical/mark';
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { useEffect, useImperativeHandle, useMemo, useRef, type Ref } from 'react';
import type { Direction } from '../../../shared/bidi/line-direction.ts';
import { $documentText } from './build.ts';
import type { ClaimRange } from './line-model.ts';
import { DocumentPlugin } from './plugins/DocumentPlugin.tsx';
import { MarkDecorationPlugin, type Decorate } from './plugins/MarkDecorationPlugin.tsx';
import { PlainTextBehaviourPlugin } from './plugins/PlainTextBehaviourPlugin.tsx';
import { useReadOnlyGuard } from './plugins/ReadOnlyGuardPlugin.tsx';
import { SelectionPlugin, type SpanListener } from './plugins/SelectionPlugin.tsx';
import { TextHighlightsPlugin, type PaintedSpan } from './plugins/TextHighlightsPlugin.tsx';
import { PassagesPlugin } from './plugins/PassagesPlugin.tsx';
import type { ShownPassage } from './plugins/passage-lines.ts';
import { domRange } from './dom-ranges.ts';
import { sourceLines } from './line-model.ts';

export interface DecoratedRange extends ClaimRange {
  tags: string[];
}

export interface SourceEditorHandle {
  /** The edited text, paragraphs joined by line breaks; throws while a long source is still being built. */
  getText(): string;
  /** Scrolls a claim's first mark into view and flashes all of its marks. */
  reveal(id: string): void;
  /** Scrolls a span of the text into view and selects it. */
  revealSpan(start: number, end: number): void;
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
    nodes: [MarkNode],
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
  const complete = useRef(false);
  const pendingSpan = useRef<{ start: number; end: number; select: boolean } | null>(null);
  const lines = useMemo(() => sourceLines(props.text), [props.text]);
  useReadOnlyGuard(wrapper, !props.editMode);
  useSelectedMarks(wrapper, props.selectedId, props.ranges);
  useImperativeHandle(
    props.handle,
    () => ({
      getText: () => {
        if (!complete.current) throw new Error('The source is still being laid out; try again in a moment.');
        return editor.getEditorState().read($documentText);
      },
      reveal: (id) => revealMarks(wrapper.current, id),
      revealSpan: (start, end) => {
        // A long source is built in two steps: a span past the first lines is revealed once it exists.
        if (!complete.current) pendingSpan.current = { start, end, select: true };
        else showSpan(editor.getRootElement(), lines.starts, start, end, true);
      },
      scrollToSpan: (start, end) => {
        if (!complete.current) pendingSpan.current = { start, end, select: false };
        else showSpan(editor.getRootElement(), lines.starts, start, end, false);
      },
      focus: () => editor.focus(),
    }),
    [editor, lines],
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
        className="source-editor__content"
        aria-label={props.label}
        aria-readonly={!props.editMode}
        aria-multiline
        spellCheck={false}
        dir={props.direction}
        lang={props.direction === 'rtl' ? 'ar' : undefined}
        data-testid="source-text"
      />
      <PlainTextBehaviourPlugin />
      {props.editMode && <HistoryPlugin />}
      <DocumentPlugin
        lines={lines}
        direction={props.direction}
        ranges={props.ranges}
        buildKey={props.buildKey}
        onComplete={(done) => {
          complete.current = done;
          const span = pendingSpan.current;
          if (!done || !span) return;
          pendingSpan.current = null;
          requestAnimationFrame(() =>
            showSpan(editor.getRootElement(), lines.starts, span.start, span.end, span.select),
          );
        }}
      />
      <MarkDecorationPlugin decorate={props.decorate} />
      <SelectionPlugin lines={lines} enabled={!props.editMode} onChange={props.onSelectionChange} />
      {props.painted.map((spans, layer) => (
        <TextHighlightsPlugin key={layer} lines={lines} spans={spans} enabled={!props.editMode} />
      ))}
      <PassagesPlugin
        lines={lines}
        passages={props.passages ?? NO_PASSAGES}
        enabled={!props.editMode}
        onExpand={props.onPassageExpand ?? (() => {})}
      />
    </div>
  );
}

/** Scrolls a span of the text into view and, with `select`, makes it the selection (ready to tag). */
function showSpan(
  root: HTMLElement | null,
  starts: readonly number[],
  start: number,
  end: number,
  select: boolean,
): void {
  const range = root && domRange(root, starts, start, end);
  if (!range) return;
  range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
  if (!select) return;
  const selection = window.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}

function markSelector(id: string): string {
  return `mark[data-ids~="${CSS.escape(id)}"]`;
}

/** The chosen claim's marks get a ring (a class: the CSP allows no inline style sheets). */
function useSelectedMarks(root: React.RefObject<HTMLElement | null>, selectedId: string | null, ranges: unknown): void {
  useEffect(() => {
    const element = root.current;
    if (!element) return;
    for (const mark of element.querySelectorAll('.claim-mark--selected')) mark.classList.remove('claim-mark--selected');
    if (!selectedId) return;
    for (const mark of element.querySelectorAll(markSelector(selectedId))) mark.classList.add('claim-mark--selected');
  }, [root, selectedId, ranges]);
}

function revealMarks(root: HTMLElement | null, id: string): void {
  const marks = root ? [...root.querySelectorAll<HTMLElement>(markSelector(id))] : [];
  marks[0]?.scrollIntoView({ block: 'center' });
  for (const mark of marks) {
    mark.classList.remove('claim-flash');
    void mark.offsetWidth; // restart the animation when the same claim is revealed twice
    mark.classList.add('claim-flash');
  }
}
