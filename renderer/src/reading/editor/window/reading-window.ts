// The reading view of a long source keeps only the lines near the viewport in the DOM (one screen of overscan
// each way), the lines around the selection's ends, and one HiddenLinesNode per run of other lines. This
// object owns that window for one editor and one text: it builds lines with their claims, moves the window
// when the view scrolls (one synchronous editor update, the line at the top edge kept in place), renders
// lines on demand (a search hit, a claim, Ctrl+Home/End) and knows the lines' heights. A source of up to
// WHOLE_SOURCE is rendered whole after its first screen.

import { HISTORY_MERGE_TAG, $getNodeByKey, $getRoot, $getSelection, $isRangeSelection, $setSelection } from 'lexical';
import type { LexicalEditor, NodeKey, ParagraphNode } from 'lexical';
import { lineDirection, type Direction } from '../../../../../shared/bidi/line-direction.ts';
import { $buildLine } from '../build.ts';
import { rangesByLine, type ClaimRange, type SourceLines } from '../line-model.ts';
import { $createHiddenLinesNode, $isHiddenLinesNode, type LineOrigin } from './hidden-lines-node.ts';
import { $applyLayout, $plainParagraph, type LineBuilder } from './layout.ts';
import { LineHeights } from './line-heights.ts';
import { $lineMap, lineMapOf, type LineMap } from './line-map.ts';
import { containsRanges, planWindow, WHOLE_SOURCE, type LineRange } from './plan.ts';
import { textScale, watchTextScale } from '../../text-size.ts';
import { measureRendered, restoreAnchor, viewportAnchor, type ViewportAnchor } from './viewport.ts';

export const WINDOW_TAG = 'cw-window';

/** Lines kept rendered on each side of a selection's end, so the caret can move to them. */
const PIN_AROUND = 3;
const FIRST_SCREEN_PX = 1200;

export class ReadingWindow {
  readonly whole: boolean;
  private heights: LineHeights;
  private readonly origins = new Map<NodeKey, LineOrigin>();
  private claims: readonly ClaimRange[] = [];
  private byLine: Map<number, ClaimRange[]> | null = null;
  private hidden: (line: number) => boolean = () => false;
  private editing = false;
  private readonly listeners = new Set<() => void>();
  readonly builder: LineBuilder;

  constructor(
    private readonly editor: LexicalEditor,
    readonly lines: SourceLines,
    private readonly direction: Direction,
    /** The element that scrolls the text. */
    private readonly scrollerOf: () => HTMLElement | null,
  ) {
    this.whole = lines.count <= WHOLE_SOURCE.lines && lines.text.length <= WHOLE_SOURCE.chars;
    this.heights = new LineHeights(Array.from({ length: lines.count }, (_, i) => lineLength(lines, i)));
    this.builder = {
      lines,
      origins: this.origins,
      $build: (origin) => this.$build(origin),
      $plain: (text) => {
        const paragraph = $plainParagraph(text);
        const own = lineDirection(text, direction);
        if (own !== direction) paragraph.setDirection(own);
        return paragraph;
      },
      heightOf: (from, to) => this.heights.sum(from, to),
    };
  }

  /** The claims that lines entering the window are built with. */
  setClaims(claims: readonly ClaimRange[]): void {
    this.claims = claims;
    this.byLine = null;
  }

  /** Lines not shown (collapsed passages): height 0, never rendered unless the selection is there. */
  setHidden(hidden: (line: number) => boolean, lines: Iterable<number>): void {
    this.hidden = hidden;
    this.heights.setOverrides(new Map([...lines].map((i) => [i, 0])));
    // Hidden blocks get their new heights and folded lines leave the DOM, even when the viewport is covered.
    this.schedule(true);
  }

  setEditing(editing: boolean): void {
    this.editing = editing;
  }

  /** Told after every move of the window (painted spans, passages and folds follow the rendered lines). */
  onMove(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private $build(origin: number): ParagraphNode {
    this.byLine ??= rangesByLine(this.lines.starts, this.claims);
    const paragraph = $buildLine(this.lines, origin, this.byLine.get(origin) ?? [], this.direction);
    this.origins.set(paragraph.getKey(), origin);
    return paragraph;
  }

  /** Inside editor.update(): the whole content again, the lines around `anchor` rendered. */
  $rebuild(anchor: ViewportAnchor | null): void {
    const root = $getRoot();
    $setSelection(null);
    root.clear();
    root.setDirection(this.direction);
    this.origins.clear();
    const all = Array.from({ length: this.lines.count }, (_, i) => this.lines.line(i));
    root.append(
      $createHiddenLinesNode(
        all,
        all.map((_, i) => i),
        this.heights.total(),
      ),
    );
    const viewport = this.scrollerOf()?.clientHeight || FIRST_SCREEN_PX;
    $applyLayout(this.plan(anchor ?? { line: 0, offset: 0, edge: 0 }, viewport, viewport), this.builder);
  }

  /** Inside editor.update(): rebuilds the rendered lines among `which` (their claims changed). */
  $rebuildLines(which: ReadonlySet<number>): void {
    if (this.editing) return; // the lines hold edits; the whole text is rebuilt once they are saved
    const map = $lineMap();
    const keys = [...which].flatMap((line) => map.keyOfLine(line) ?? []);
    if (keys.length === 0) return;
    $setSelection(null);
    for (const key of keys) {
      const origin = this.origins.get(key);
      if (origin !== undefined) $getNodeByKey(key)?.replace(this.$build(origin));
    }
  }

  /** A source small enough to render whole: every line, after its first screen was painted. */
  expandWhole(): void {
    if (!this.whole || lineMapOf(this.editor).whole) return;
    this.update(() => $applyLayout([[0, this.lines.count]], this.builder));
  }

  /** Follows the scroller and the column's width while the view is mounted. */
  attach(): () => void {
    const scroller = this.scrollerOf();
    const root = this.editor.getRootElement();
    if (!scroller) return () => undefined;
    const onScroll = () => this.schedule();
    let width = root?.clientWidth ?? 0;
    const resize = new ResizeObserver(() => {
      if (!root || root.clientWidth === width) return;
      width = root.clientWidth;
      this.heights.forgetMeasurements();
      this.schedule();
    });
    if (root) resize.observe(root);
    // Ctrl+Home / Ctrl+End (with Shift: extending the selection) must find the real first and last line.
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || (event.key !== 'Home' && event.key !== 'End')) return;
      this.relayout(true, [event.key === 'Home' ? 0 : lineMapOf(this.editor).count - 1]);
    };
    scroller.addEventListener('scroll', onScroll, { passive: true });
    root?.addEventListener('keydown', onKey, true);
    const unwatch = watchTextScale(() => {
      const anchor = this.viewportAnchor();
      const scale = textScale();
      return (next) => this.resized(anchor && { ...anchor, offset: (anchor.offset * next) / scale });
    });
    return () => {
      unwatch();
      scroller.removeEventListener('scroll', onScroll);
      root?.removeEventListener('keydown', onKey, true);
      resize.disconnect();
      cancelAnimationFrame(this.frame);
      this.frame = 0;
    };
  }

  private frame = 0;
  private forced = false;
  private schedule(force = false): void {
    this.forced ||= force;
    if (!this.frame)
      this.frame = requestAnimationFrame(() => {
        const forced = this.forced;
        this.frame = 0;
        this.forced = false;
        this.relayout(forced);
      });
  }

  /** The text size changed: heights are measured again and the line that was at the top edge stays there. */
  private resized(anchor: ViewportAnchor | null): void {
    const root = this.editor.getRootElement();
    this.heights.restart(root ? parseFloat(getComputedStyle(root).lineHeight) : NaN);
    if (!this.whole) this.relayout(true, [], anchor);
    this.keepAnchor(anchor);
  }

  /** Renders these lines now (with the ones around the viewport), before scrolling to or selecting them. */
  ensure(lines: readonly number[]): void {
    if (this.whole) return this.expandWhole();
    this.relayout(true, lines);
  }

  /**
   * Moves the window if the viewport (with half the overscan) is not covered, or when forced. `at`: the line to
   * keep at the top edge when the one there now is not it (the text was just resized).
   */
  relayout(force = false, extra: readonly number[] = [], at?: ViewportAnchor | null): void {
    const scroller = this.scrollerOf();
    if (this.whole || !scroller) return;
    let map = lineMapOf(this.editor);
    if (map.count !== this.heights.count) this.heights = new LineHeights(this.currentLengths());
    measureRendered(this.editor, map, this.heights);
    const anchor = at ?? viewportAnchor(this.editor, map, this.heights, scroller);
    if (!anchor) return;
    const viewport = scroller.clientHeight;
    const overscan = Math.max(600, viewport);
    const pins = [...this.selectionPins(map), ...extra];
    const needed = this.plan(anchor, viewport, overscan / 2, pins);
    if (!force && containsRanges(map.rendered(), needed)) return;
    const next = this.plan(anchor, viewport, overscan, pins);
    this.update(() => $applyLayout(next, this.builder));
    map = lineMapOf(this.editor);
    restoreAnchor(this.lineElement(anchor.line, map), anchor, scroller);
    measureRendered(this.editor, map, this.heights);
  }

  lineElement(line: number, map: LineMap = lineMapOf(this.editor)): HTMLElement | null {
    const key = map.keyOfLine(line);
    return key ? this.editor.getElementByKey(key) : null;
  }

  viewportAnchor(): ViewportAnchor | null {
    const scroller = this.scrollerOf();
    return scroller && viewportAnchor(this.editor, lineMapOf(this.editor), this.heights, scroller);
  }

  /** After a rebuild: the line that was at the top edge is put back there. */
  keepAnchor(anchor: ViewportAnchor | null): void {
    const scroller = this.scrollerOf();
    if (anchor && scroller) restoreAnchor(this.lineElement(anchor.line), anchor, scroller);
  }

  private plan(anchor: ViewportAnchor, viewportPx: number, overscanPx: number, pinned: number[] = []): LineRange[] {
    const hidden = this.editing ? undefined : this.hidden;
    return planWindow({ heights: this.heights, anchor, viewportPx, overscanPx, pinned, hidden });
  }

  private update(fn: () => void): void {
    this.editor.update(fn, { discrete: true, tag: [WINDOW_TAG, HISTORY_MERGE_TAG] });
    for (const listener of this.listeners) listener();
  }

  private selectionPins(map: LineMap): number[] {
    return this.editor.getEditorState().read(() => {
      const selection = $getSelection();
      if (!$isRangeSelection(selection)) return [];
      return [selection.anchor, selection.focus].flatMap((point) => {
        const node = point.getNode();
        const top = node.getParent() === null ? null : node.getTopLevelElement();
        const span = top && map.spanOfKey(top.getKey());
        if (!span) return [];
        return Array.from({ length: 2 * PIN_AROUND + 1 }, (_, i) => span.first - PIN_AROUND + i);
      });
    });
  }

  /** Line lengths of the text being corrected (lines were added or removed). */
  private currentLengths(): number[] {
    return this.editor.getEditorState().read(() =>
      $getRoot()
        .getChildren()
        .flatMap((child) =>
          $isHiddenLinesNode(child) ? child.lines().map((l) => l.length) : [child.getTextContentSize()],
        ),
    );
  }
}

function lineLength(lines: SourceLines, i: number): number {
  const end = i + 1 < lines.count ? lines.starts[i + 1]! - 1 : lines.text.length;
  return end - lines.starts[i]!;
}
