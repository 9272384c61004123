// The non-blank lines of a text with their raw offsets and normalized form: datelines, bylines and credit
// lines are read line by line near the top of a page, by the date checks and by provenance detection alike.

import { normalizeArabic } from './normalize.ts';

export interface TextLine {
  /** Offset of the line's first character in the raw text. */
  start: number;
  /** Offset just past its last character. */
  end: number;
  raw: string;
  norm: string;
  /** Position among the non-blank lines (0 = first). */
  index: number;
}

export function nonBlankLines(text: string): TextLine[] {
  const out: TextLine[] = [];
  let start = 0;
  let index = 0;
  for (const raw of text.split('\n')) {
    if (raw.trim() !== '')
      out.push({ start, end: start + raw.length, raw, norm: normalizeArabic(raw).text, index: index++ });
    start += raw.length + 1;
  }
  return out;
}
