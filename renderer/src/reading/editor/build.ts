// Building Lexical content from the stored text and the anchored claims: one paragraph per line, each line
// cut into text and MarkNodes (ids only) where claims start and end (window/ decides which lines are built).
// Must run inside editor.update().

import { $createMarkNode } from '@lexical/mark';
import { $createParagraphNode, $createTextNode, $getRoot, type ParagraphNode } from 'lexical';
import { lineDirection, type Direction } from '../../../../shared/bidi/line-direction.ts';
import { segmentLine, type ClaimRange, type SourceLines } from './line-model.ts';

/** Line i as a paragraph: its text cut into text nodes and MarkNodes (ids only) where its claims start and end. */
export function $buildLine(
  lines: SourceLines,
  i: number,
  ranges: readonly ClaimRange[],
  direction: Direction,
): ParagraphNode {
  const line = lines.line(i);
  const start = lines.starts[i]!;
  const paragraph = $createParagraphNode();
  const own = lineDirection(line, direction);
  if (own !== direction) paragraph.setDirection(own);
  for (const segment of segmentLine(line, start, ranges)) {
    const text = $createTextNode(segment.text);
    paragraph.append(segment.ids.length === 0 ? text : $createMarkNode(segment.ids).append(text));
  }
  return paragraph;
}

/**
 * The editor's text as stored text: top-level nodes joined by line breaks (a run of hidden lines gives its lines
 * joined by line breaks; line-break nodes give their own "\n").
 */
export function $documentText(): string {
  return $getRoot()
    .getChildren()
    .map((paragraph) => paragraph.getTextContent())
    .join('\n');
}
