// Lexical selection points → offsets in the stored text. Paragraph i is line i, so an offset is the line's
// start plus the text before the point inside its paragraph. Must run inside editor.read()/update().

import {
  $getSelection,
  $isElementNode,
  $isRangeSelection,
  $isRootNode,
  type LexicalNode,
  type PointType,
} from 'lexical';

export function $selectionOffsets(
  starts: readonly number[],
  textLength: number,
): { start: number; end: number } | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || selection.isCollapsed()) return null;
  const a = $pointOffset(selection.anchor, starts, textLength);
  const b = $pointOffset(selection.focus, starts, textLength);
  return a === b ? null : { start: Math.min(a, b), end: Math.max(a, b) };
}

function $pointOffset(point: PointType, starts: readonly number[], textLength: number): number {
  const node = point.getNode();
  // A point on the root sits between paragraphs: at the start of paragraph `offset`, or at the very end.
  if ($isRootNode(node)) return point.offset < starts.length ? starts[point.offset]! : textLength;
  const paragraph = node.getTopLevelElementOrThrow();
  const line = Math.min(paragraph.getIndexWithinParent(), starts.length - 1);
  let within = node === paragraph ? 0 : textBefore(paragraph, node);
  if (point.type === 'text') within += point.offset;
  else if ($isElementNode(node)) within += sumText(node.getChildren().slice(0, point.offset));
  return Math.min(starts[line]! + within, textLength);
}

/** Characters of `paragraph` before `node` (a text node, or a mark around text nodes) starts. */
function textBefore(paragraph: LexicalNode, node: LexicalNode): number {
  if (!$isElementNode(paragraph)) return 0;
  let count = 0;
  for (const text of paragraph.getAllTextNodes()) {
    if (text === node || node.isParentOf(text)) return count;
    count += text.getTextContentSize();
  }
  return count;
}

function sumText(nodes: LexicalNode[]): number {
  return nodes.reduce((n, child) => n + child.getTextContentSize(), 0);
}
