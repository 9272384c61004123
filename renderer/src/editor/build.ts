// Building Lexical content from the stored text and the anchored claims: one paragraph per line, each line
// cut into text and MarkNodes (ids only) where claims start and end. Must run inside editor.update().

import { $createMarkNode } from '@lexical/mark';
import { $createParagraphNode, $createTextNode, $getRoot, $setSelection, type ParagraphNode } from 'lexical';
import { lineDirection, type Direction } from '../../../shared/bidi/line-direction.ts';
import { lineStarts, rangesByLine, segmentLine, type ClaimRange } from './line-model.ts';

/** Replaces the content with lines [0, lineLimit) of the text; the rest is appended by $appendLines. */
export function $buildDocument(text: string, direction: Direction, ranges: readonly ClaimRange[], lineLimit = Infinity): void {
  const root = $getRoot();
  // The selection would point into nodes that no longer exist; the text it selected is now a claim anyway.
  $setSelection(null);
  root.clear();
  root.setDirection(direction);
  $appendLines(text, direction, ranges, 0, lineLimit);
}

/** Appends lines [from, to) as paragraphs; paragraph i stays line i because lines are appended in order. */
export function $appendLines(text: string, direction: Direction, ranges: readonly ClaimRange[], from: number, to = Infinity): void {
  const starts = lineStarts(text);
  const byLine = rangesByLine(starts, ranges);
  const lines = text.split('\n');
  const end = Math.min(to, lines.length);
  const paragraphs: ParagraphNode[] = [];
  for (let i = from; i < end; i++) paragraphs.push($buildLine(lines[i]!, starts[i]!, byLine.get(i) ?? [], direction));
  $getRoot().append(...paragraphs);
}

/** Rebuilds only the given lines (claims changed there); the other paragraphs keep their DOM. */
export function $rebuildLines(text: string, direction: Direction, ranges: readonly ClaimRange[], lines: Iterable<number>): void {
  const root = $getRoot();
  $setSelection(null);
  const starts = lineStarts(text);
  const byLine = rangesByLine(starts, ranges);
  const texts = text.split('\n');
  for (const i of lines) {
    const current = root.getChildAtIndex(i);
    if (!current || texts[i] === undefined) continue;
    current.replace($buildLine(texts[i]!, starts[i]!, byLine.get(i) ?? [], direction));
  }
}

function $buildLine(line: string, start: number, ranges: readonly ClaimRange[], direction: Direction): ParagraphNode {
  const paragraph = $createParagraphNode();
  const own = lineDirection(line, direction);
  if (own !== direction) paragraph.setDirection(own);
  for (const segment of segmentLine(line, start, ranges)) {
    const text = $createTextNode(segment.text);
    paragraph.append(segment.ids.length === 0 ? text : $createMarkNode(segment.ids).append(text));
  }
  return paragraph;
}

/** The editor's text as stored text: paragraphs joined by line breaks (line-break nodes give their own "\n"). */
export function $documentText(): string {
  return $getRoot()
    .getChildren()
    .map((paragraph) => paragraph.getTextContent())
    .join('\n');
}
