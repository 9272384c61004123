// Moving the window: the root's children become paragraphs for the lines in `ranges` and HiddenLinesNodes for
// every run of other lines. Paragraphs already there are kept (their DOM, marks and selection stay); a hidden
// run that did not change is kept too. The selection's ends are carried over by line and offset, so a
// selection whose lines stay rendered is untouched and one on the root (select-all) keeps meaning the same
// lines. Works while correcting as well: lines carry their text, and where they came from while unedited.

import {
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $getSelection,
  $isElementNode,
  $isRangeSelection,
  type LexicalNode,
  type NodeKey,
  type ParagraphNode,
  type PointType,
} from 'lexical';
import { $savePoint, type SavedPoint } from '../offsets.ts';
import type { SourceLines } from '../line-model.ts';
import {
  $createHiddenLinesNode,
  $isHiddenLinesNode,
  type HiddenLinesNode,
  type LineOrigin,
} from './hidden-lines-node.ts';
import { $lineMap, type LineMap } from './line-map.ts';
import { inRanges, type LineRange } from './plan.ts';

export interface LineBuilder {
  /** The stored text: a line whose text is still that of its origin is built from it, with its claims. */
  lines: SourceLines;
  /** Paragraph for stored line `origin`, claims as marks; records the origin. */
  $build(origin: number): ParagraphNode;
  /** Paragraph for text that no longer matches a stored line (correcting mode). */
  $plain(text: string): ParagraphNode;
  /** Where paragraphs came from (set by $build). */
  origins: ReadonlyMap<NodeKey, LineOrigin>;
  /** Height in px of the lines [from, to) of the layout being built. */
  heightOf(from: number, to: number): number;
}

interface Run {
  lines: string[];
  origins: LineOrigin[];
  first: number;
  /** The one existing hidden node the run consists of, to be kept as it is. */
  keep: HiddenLinesNode | null;
}

/** Must run inside editor.update(). */
export function $applyLayout(ranges: readonly LineRange[], builder: LineBuilder): void {
  const root = $getRoot();
  const before = $lineMap();
  const saved = $saveSelection(before);
  const out: LexicalNode[] = [];
  let run: Run | null = null;
  let line = 0;
  const flush = () => {
    if (!run) return;
    const height = builder.heightOf(run.first, run.first + run.lines.length);
    if (run.keep) {
      run.keep.setHeight(height);
      out.push(run.keep);
    } else out.push($createHiddenLinesNode(run.lines, run.origins, height));
    run = null;
  };
  const hide = (text: string, origin: LineOrigin) => {
    run ??= { lines: [], origins: [], first: line, keep: null };
    run.keep = null;
    run.lines.push(text);
    run.origins.push(origin);
  };
  for (const child of root.getChildren()) {
    if ($isHiddenLinesNode(child)) {
      const lines = child.lines();
      const origins = child.origins();
      if (!touches(ranges, line, line + lines.length)) {
        const alone: boolean = run === null;
        for (let j = 0; j < lines.length; j++) hide(lines[j]!, origins[j]!);
        if (alone) run!.keep = child;
        line += lines.length;
        continue;
      }
      for (let j = 0; j < lines.length; j++, line++) {
        if (!inRanges(ranges, line)) hide(lines[j]!, origins[j]!);
        else {
          flush();
          out.push(rebuild(builder, lines[j]!, origins[j]!));
        }
      }
      continue;
    }
    if (inRanges(ranges, line)) {
      flush();
      out.push(child);
    } else hide(child.getTextContent(), originOf(builder, child));
    line++;
  }
  flush();
  $replaceChildren(out);
  $restoreSelection(saved, $lineMap());
}

function touches(ranges: readonly LineRange[], from: number, to: number): boolean {
  return ranges.some(([a, b]) => a < to && from < b);
}

/** A paragraph's origin while its text is still that stored line's; -1 once edited. */
function originOf(builder: LineBuilder, paragraph: LexicalNode): LineOrigin {
  const origin = builder.origins.get(paragraph.getKey());
  return origin !== undefined && paragraph.getTextContent() === builder.lines.line(origin) ? origin : -1;
}

function rebuild(builder: LineBuilder, text: string, origin: LineOrigin): ParagraphNode {
  return origin >= 0 && text === builder.lines.line(origin) ? builder.$build(origin) : builder.$plain(text);
}

/** The root's children become `out` (in order); children not in it are removed, kept ones are not moved. */
function $replaceChildren(out: readonly LexicalNode[]): void {
  const root = $getRoot();
  const wanted = new Set(out.map((n) => n.getKey()));
  for (const child of root.getChildren()) if (!wanted.has(child.getKey())) child.remove();
  let previous: LexicalNode | null = null;
  for (const node of out) {
    if (!node.isAttached()) {
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

function $saveSelection(map: LineMap): [SavedPoint, SavedPoint] | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return null;
  return [$savePoint(selection.anchor, map), $savePoint(selection.focus, map)];
}

function $restoreSelection(saved: [SavedPoint, SavedPoint] | null, map: LineMap): void {
  const selection = $getSelection();
  if (!saved || !$isRangeSelection(selection)) return;
  restorePoint(selection.anchor, saved[0], map);
  restorePoint(selection.focus, saved[1], map);
}

function restorePoint(point: PointType, saved: SavedPoint, map: LineMap): void {
  const rootKey = $getRoot().getKey();
  if ('end' in saved) return point.set(rootKey, map.spans.length, 'element');
  const span = map.spanAt(saved.line);
  if (!span) return point.set(rootKey, 0, 'element');
  if (span.hidden) return point.set(rootKey, span.index, 'element');
  const paragraph = $getRoot().getChildAtIndex(span.index);
  let remaining = saved.within;
  for (const text of $isElementNode(paragraph) ? paragraph.getAllTextNodes() : []) {
    const size = text.getTextContentSize();
    if (remaining <= size) return point.set(text.getKey(), remaining, 'text');
    remaining -= size;
  }
  point.set(span.key, 0, 'element');
}

/** A paragraph holding `text` as one text node (correcting mode: a line that is no longer a stored line). */
export function $plainParagraph(text: string): ParagraphNode {
  const paragraph = $createParagraphNode();
  if (text) paragraph.append($createTextNode(text));
  return paragraph;
}
