// What the report leaves out of the printed text when asked to skip set-aside passages (repeated passages,
// near-duplicates, boilerplate the researcher did not keep). Only whole lines go: a dateline prefix stays, or
// half a paragraph would be printed. A passage holding a claim stays whole: a claim is never printed without
// its text. Offsets are the stored text's: the lines that are printed keep theirs, so highlights need no mapping.

import type { ReportPassage } from './report-types.ts';

export interface Omission {
  /** Start of its first line and end of its last one (before that line's "\n"). */
  start: number;
  end: number;
  /** Lines of text (not blank) left out: the number the note in their place gives. */
  lines: number;
  kind: ReportPassage['kind'];
}

export function omittedBlocks(
  text: string,
  passages: readonly ReportPassage[],
  claims: readonly { start?: number; end?: number }[],
): Omission[] {
  const spans = claims.flatMap((c) =>
    c.start !== undefined && c.end !== undefined ? [{ start: c.start, end: c.end }] : [],
  );
  const out: Omission[] = [];
  for (const p of [...passages].sort((a, b) => a.start - b.start)) {
    if (p.kept || p.end <= p.start) continue;
    if (spans.some((c) => c.start < p.end && c.end > p.start)) continue;
    const start = p.start === 0 || text[p.start - 1] === '\n' ? p.start : text.indexOf('\n', p.start) + 1;
    const end =
      p.end >= text.length || text[p.end] === '\n' ? Math.min(p.end, text.length) : text.lastIndexOf('\n', p.end - 1);
    if (start <= 0 && p.start > 0) continue; // no line break after a mid-line start: no whole line
    if (end < start) continue;
    const lines = countLines(text, start, end);
    if (lines === 0) continue;
    const previous = out[out.length - 1];
    if (previous && start <= previous.end) {
      // Overlapping passages (not made by findPassages, but possible in input): one note for both.
      previous.end = Math.max(previous.end, end);
      previous.lines = countLines(text, previous.start, previous.end);
      continue;
    }
    out.push({ start, end, lines, kind: p.kind });
  }
  return out;
}

function countLines(text: string, start: number, end: number): number {
  return text
    .slice(start, end)
    .split('\n')
    .filter((line) => line.trim() !== '').length;
}
