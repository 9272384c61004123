// The source as lines (one Lexical paragraph each) and claims as segments of those lines. Pure: the editor
// plugins and the tests share it. Offsets are UTF-16 units of the stored text; a line's "\n" is in no line.

export interface ClaimRange {
  id: string;
  start: number;
  end: number;
}

/** A claim's span with its tags, as the editor paints it. */
export interface DecoratedRange extends ClaimRange {
  tags: string[];
}

/** Where each line starts: prefix sums of line lengths plus one per line break. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** The text split into lines once: every plugin and every rebuild shares it instead of re-scanning 1 MB. */
export interface SourceLines {
  text: string;
  starts: readonly number[];
  count: number;
  line(i: number): string;
}

export function sourceLines(text: string): SourceLines {
  const starts = lineStarts(text);
  return {
    text,
    starts,
    count: starts.length,
    // A line ends one unit before the next line's start (its "\n"), the last one at the end of the text.
    line: (i) => text.slice(starts[i], i + 1 < starts.length ? starts[i + 1]! - 1 : text.length),
  };
}

/** The line holding `offset` (an offset on a line break belongs to the line it ends). */
export function lineAt(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** Lines a range touches (a range ending right after a line break does not touch the next line). */
export function linesOf(starts: readonly number[], range: { start: number; end: number }): number[] {
  const first = lineAt(starts, range.start);
  const last = Math.max(first, lineAt(starts, Math.max(range.start, range.end - 1)));
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

export interface Segment {
  text: string;
  /** Claims covering this piece, in the order given; empty for unmarked text. */
  ids: string[];
}

/** A line cut where claims start or end; each piece lists the claims over it. */
export function segmentLine(lineText: string, lineStart: number, ranges: readonly ClaimRange[]): Segment[] {
  const lineEnd = lineStart + lineText.length;
  const local = ranges
    .map((r) => ({
      id: r.id,
      start: Math.max(r.start, lineStart) - lineStart,
      end: Math.min(r.end, lineEnd) - lineStart,
    }))
    .filter((r) => r.start < r.end);
  if (local.length === 0) return lineText ? [{ text: lineText, ids: [] }] : [];
  const cuts = [...new Set([0, lineText.length, ...local.flatMap((r) => [r.start, r.end])])].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const from = cuts[i]!;
    const to = cuts[i + 1]!;
    const ids = local.filter((r) => r.start <= from && r.end >= to).map((r) => r.id);
    segments.push({ text: lineText.slice(from, to), ids });
  }
  return segments;
}

/** Ranges bucketed by the lines they touch, so building the whole document is one pass. */
export function rangesByLine(starts: readonly number[], ranges: readonly ClaimRange[]): Map<number, ClaimRange[]> {
  const byLine = new Map<number, ClaimRange[]>();
  for (const range of ranges) {
    for (const line of linesOf(starts, range)) {
      const list = byLine.get(line);
      if (list) list.push(range);
      else byLine.set(line, [range]);
    }
  }
  return byLine;
}
