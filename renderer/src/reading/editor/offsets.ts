// Lexical selection points → lines and offsets of the stored text. A top-level node holds one line (a
// paragraph) or a run of lines not in the DOM (window/line-map.ts); an offset is the line's start plus the text
// before the point inside its paragraph. Must run inside editor.read()/update().

import {
  $getSelection,
  $isElementNode,
  $isRangeSelection,
  $isTextNode,
  type ElementNode,
  type LexicalNode,
  type PointType,
} from 'lexical';
import { $lineMap, type LineMap } from './window/line-map.ts';

/** A selection point as (line, characters into the line), or the very end of the text. */
export type SavedPoint = { line: number; within: number } | { end: true };

export function $selectionOffsets(
  starts: readonly number[],
  textLength: number,
  map: LineMap = $lineMap(),
): { start: number; end: number } | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || selection.isCollapsed()) return null;
  const offset = (point: PointType) => {
    const saved = $savePoint(point, map);
    if ('end' in saved) return textLength;
    return Math.min(starts[Math.min(saved.line, starts.length - 1)]! + saved.within, textLength);
  };
  const a = offset(selection.anchor);
  const b = offset(selection.focus);
  return a === b ? null : { start: Math.min(a, b), end: Math.max(a, b) };
}

export function $savePoint(point: PointType, map: LineMap): SavedPoint {
  const node = point.getNode();
  if (node.getParent() === null) {
    // A point on the root, between children: the start of child `offset`, or the very end.
    const span = map.spans[point.offset];
    return span ? { line: span.first, within: 0 } : { end: true };
  }
  const top = node.getTopLevelElementOrThrow();
  const span = map.spanOfKey(top.getKey());
  if (!span) return { end: true };
  if (span.hidden || !$isElementNode(top)) return { line: span.first, within: 0 };
  let within = node === top ? 0 : textBefore(top, node);
  if ($isTextNode(node)) within += point.offset;
  else if ($isElementNode(node)) within += sumText(node.getChildren().slice(0, point.offset));
  return { line: span.first, within };
}

/** Characters of `paragraph` before `node` (a text node, or a mark around text nodes) starts. */
function textBefore(paragraph: ElementNode, node: LexicalNode): number {
  let count = 0;
  for (const text of paragraph.getAllTextNodes()) {
    if (text === node || ($isElementNode(node) && node.isParentOf(text))) return count;
    count += text.getTextContentSize();
  }
  return count;
}

function sumText(nodes: LexicalNode[]): number {
  return nodes.reduce((n, child) => n + child.getTextContentSize(), 0);
}
