// Building Lexical content from the stored text and the anchored claims: one paragraph per line, each line
// cut into text and MarkNodes (ids only) where claims start and end. Must run inside editor.update().

import { $createMarkNode } from '@lexical/mark';
import { $createParagraphNode, $createTextNode, $getRoot, $setSelection, type ParagraphNode } from 'lexical';
import { lineDirection, type Direction } from '../../../shared/bidi/line-direction.ts';
import { linesOf, rangesByLine, segmentLine, type ClaimRange, type SourceLines } from './line-model.ts';

/** Replaces the content with lines [0, lineLimit) of the text; the rest is appended by $appendLines. */
export function $buildDocument(
  lines: SourceLines,
  direction: Direction,
  ranges: readonly ClaimRange[],
  lineLimit = Infinity,
): void {
  const root = $getRoot();
  // The selection would point into nodes that no longer exist; the text it selected is now a claim anyway.
  $setSelection(null);
  root.clear();
  root.setDirection(direction);
  $appendLines(lines, direction, ranges, 0, lineLimit);
}

/** Appends lines [from, to) as paragraphs; paragraph i stays line i because lines are appended in order. */
export function $appendLines(
  lines: SourceLines,
  direction: Direction,
  ranges: readonly ClaimRange[],
  from: number,
  to = Infinity,
): void {
  const byLine = rangesByLine(lines.starts, ranges);
  const end = Math.min(to, lines.count);
  const paragraphs: ParagraphNode[] = [];
  for (let i = from; i < end; i++) paragraphs.push($buildLine(lines, i, byLine.get(i) ?? [], direction));
  $getRoot().append(...paragraphs);
}

/** Rebuilds only the given lines (claims changed there); the other paragraphs keep their DOM. */
export function $rebuildLines(
  lines: SourceLines,
  direction: Direction,
  ranges: readonly ClaimRange[],
  which: ReadonlySet<number>,
): void {
  const root = $getRoot();
  $setSelection(null);
  // Only the claims over the rebuilt lines are bucketed, not every claim of the source.
  const touching = ranges.filter((r) => linesOf(lines.starts, r).some((l) => which.has(l)));
  const byLine = rangesByLine(lines.starts, touching);
  for (const i of which) {
    const current = root.getChildAtIndex(i);
    if (!current || i >= lines.count) continue;
    current.replace($buildLine(lines, i, byLine.get(i) ?? [], direction));
  }
}

function $buildLine(lines: SourceLines, i: number, ranges: readonly ClaimRange[], direction: Direction): ParagraphNode {
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

/** The editor's text as stored text: paragraphs joined by line breaks (line-break nodes give their own "\n"). */
export function $documentText(): string {
  return $getRoot()
    .getChildren()
    .map((paragraph) => paragraph.getTextContent())
    .join('\n');
}
