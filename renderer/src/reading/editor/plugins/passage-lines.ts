// Which lines of the reading view a set-aside passage (repeated, near-duplicate, boilerplate) dims or hides,
// where a collapsed one leaves its fold button, and which part-line spans only a highlight can dim (an agency
// dateline at the head of a paragraph). Pure: PassagesPlugin and its test share it. Offsets are never changed:
// hidden lines stay in the text and in the editor, only their paragraphs get a data attribute.

import type { PassageKind } from '../../../../../shared/review/passage-kinds.ts';
import { lineAt } from '../line-model.ts';

export type { PassageKind };

/** A passage as the reading view shows it (kept passages are not given: they look like any other text). */
export interface ShownPassage {
  key: string;
  start: number;
  end: number;
  kind: PassageKind;
  /** Its whole lines hidden, a fold button in their place. */
  collapsed: boolean;
  /** The fold button's words ("Repeated passage, 37 lines — show"). */
  foldLabel: string;
}

interface LineShade {
  kind: PassageKind;
  key: string;
  /** 'stub': the first hidden line, kept as an empty strip the fold button sits on; 'hidden': not shown. */
  fold?: 'stub' | 'hidden';
}

export interface PassageLayout {
  /** By line index (= paragraph index in the editor). */
  lines: Map<number, LineShade>;
  /** Pieces of lines a passage covers only in part: dimmed with a ::highlight, never hidden. */
  partial: { start: number; end: number }[];
  /** One per collapsed passage with at least one whole line: its button sits on line `line` (the stub). */
  folds: { key: string; line: number; label: string }[];
}

/**
 * `starts`: the lines' start offsets (line-model.ts); `textLength` ends the last line. A line counts as covered
 * when the passage holds all of it (a blank line inside a passage too). A collapsed passage hides only whole
 * lines; one that covers no whole line (a dateline prefix) cannot fold and stays dimmed.
 */
export function passageLayout(
  starts: readonly number[],
  textLength: number,
  passages: readonly ShownPassage[],
): PassageLayout {
  const lines = new Map<number, LineShade>();
  const partial: PassageLayout['partial'] = [];
  const folds: PassageLayout['folds'] = [];
  const lineEnd = (i: number) => (i + 1 < starts.length ? starts[i + 1]! - 1 : textLength);
  for (const p of passages) {
    if (p.end <= p.start) continue;
    const first = lineAt(starts, p.start);
    const last = lineAt(starts, Math.max(p.start, p.end - 1));
    let stub = -1;
    for (let i = first; i <= last; i++) {
      const from = starts[i]!;
      const to = lineEnd(i);
      if (p.start <= from && to <= p.end) {
        const fold = p.collapsed ? (stub === -1 ? 'stub' : 'hidden') : undefined;
        if (fold === 'stub') stub = i;
        const seen = lines.get(i);
        // Overlaps are rare (a dateline inside a near-duplicate line): a fold wins over a plain dim.
        if (!seen || (!seen.fold && fold)) lines.set(i, { kind: p.kind, key: p.key, ...(fold ? { fold } : {}) });
      } else {
        const start = Math.max(p.start, from);
        const end = Math.min(p.end, to);
        if (end > start) partial.push({ start, end });
      }
    }
    if (stub !== -1) folds.push({ key: p.key, line: stub, label: p.foldLabel });
  }
  return { lines, partial, folds };
}

/** Lines of text (not blank) a passage covers in whole or in part: what "37 lines" counts. */
export function passageLineCount(text: string, start: number, end: number): number {
  return text
    .slice(start, end)
    .split('\n')
    .filter((line) => line.trim() !== '').length;
}
