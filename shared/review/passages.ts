// Repeated passages, near-duplicate paragraphs and web boilerplate in one text. Marks with reasons, never
// deletes: the reviewer decides. The first copy of anything repeated is kept; later copies point to it (of).

import { boilerplateLines, type Reason } from './boilerplate.ts';
import { isMetadata } from './line-roles.ts';
import type { PassageKind } from './passage-kinds.ts';
import { lines, shingles, similarPairs, type Line } from './shingles.ts';

export { sharedSentences } from './shared-sentences.ts';

export interface PassageBlock {
  start: number;
  end: number;
  kind: PassageKind;
  reason: Reason;
  /** The first copy, for repeated and near-duplicate blocks. */
  of?: { start: number; end: number };
}

/** A run of repeated lines counts from 3 lines or 300 characters (one repeated heading does not). */
const MIN_RUN_LINES = 3;
const MIN_RUN_CHARS = 300;
/** Near-duplicate paragraphs: 5-word shingles, Jaccard overlap ≥ 0.7 (see the text note). */
const SHINGLE_WORDS = 5;
const NEAR_DUPLICATE = 0.7;

export interface PassageOptions {
  /** Keys of lines that are the site's template (templates.ts: on other pages of the same outlet). */
  template?: ReadonlySet<string>;
}

/** All blocks, in text order. Priority on overlap: repeated, then boilerplate, then near-duplicate. */
export function findPassages(text: string, opts: PassageOptions = {}): PassageBlock[] {
  const all = lines(text);
  const content = all.filter((l) => l.key !== '');
  const repeated = repeatedRuns(content);
  const covered = (l: Line, blocks: PassageBlock[]) => blocks.some((b) => b.start <= l.start && l.end <= b.end);
  const boiler = boilerplate(all, opts.template).filter(
    (b) => !repeated.some((r) => r.start <= b.start && b.end <= r.end),
  );
  const marked = [...repeated, ...boiler];
  // A credit line or caption written twice is still metadata (issue 12): never set aside as a duplicate.
  const near = nearDuplicates(content.filter((l) => !covered(l, marked) && !isMetadata(l)));
  return [...marked, ...near].sort((a, b) => a.start - b.start);
}

const span = (ls: Line[], from: number, to: number) => ({ start: ls[from]!.start, end: ls[to]!.end });

/**
 * Longest runs of lines whose keys repeat an earlier run, greedily from the top. Blank lines are skipped
 * (a copy may be spaced differently). Corpus 000 repeats its whole article: the second copy is marked.
 */
function repeatedRuns(content: Line[]): PassageBlock[] {
  const byKey = new Map<string, number[]>();
  content.forEach((l, i) => byKey.set(l.key, [...(byKey.get(l.key) ?? []), i]));
  const out: PassageBlock[] = [];
  for (let p = 0; p < content.length;) {
    let best = { from: -1, length: 0 };
    for (const q of byKey.get(content[p]!.key)!) {
      if (q >= p) break;
      let k = 0;
      while (p + k < content.length && q + k < p && content[q + k]!.key === content[p + k]!.key) k++;
      if (k > best.length) best = { from: q, length: k };
    }
    const chars = best.length ? content[p + best.length - 1]!.end - content[p]!.start : 0;
    if (best.length >= MIN_RUN_LINES || chars >= MIN_RUN_CHARS) {
      out.push({
        ...span(content, p, p + best.length - 1),
        kind: 'repeated',
        of: span(content, best.from, best.from + best.length - 1),
        reason: {
          en: `Repeats ${best.length} line(s) that appear earlier in the text (the first copy is kept).`,
          ar: `يكرر ${best.length} سطرًا وردت سابقًا في النص (تُحفظ النسخة الأولى).`,
        },
      });
      p += best.length;
    } else p++;
  }
  return out;
}

/** Paragraphs (lines) of 5+ words whose shingles overlap an earlier paragraph's by ≥ 0.7. */
function nearDuplicates(content: Line[]): PassageBlock[] {
  const sets = content.map((l) => shingles(l.words, SHINGLE_WORDS));
  const best = new Map<number, [number, number]>();
  for (const [later, earlier, score] of similarPairs(sets, NEAR_DUPLICATE)) {
    const seen = best.get(later);
    if (!seen || earlier < seen[0]) best.set(later, [earlier, score]);
  }
  return [...best].map(([later, [earlier, score]]) => ({
    start: content[later]!.start,
    end: content[later]!.end,
    kind: 'near-duplicate' as const,
    of: { start: content[earlier]!.start, end: content[earlier]!.end },
    reason: {
      en: `Nearly the same as an earlier paragraph (${Math.round(score * 100)}% of 5-word sequences shared).`,
      ar: `يكاد يطابق فقرة سابقة (${Math.round(score * 100)}% من تسلسلات الكلمات الخمس مشتركة).`,
    },
  }));
}

/** Boilerplate lines (boilerplate.ts); consecutive lines with the same reason make one block. */
function boilerplate(all: Line[], template?: ReadonlySet<string>): PassageBlock[] {
  const out: PassageBlock[] = [];
  for (const mark of boilerplateLines(all, template)) {
    const prev = out.at(-1);
    const between = prev ? all.filter((l) => l.start > prev.end && l.end < mark.start) : [];
    if (prev && prev.reason === mark.reason && between.every((l) => l.key === '' && l.text.trim() === '')) {
      prev.end = mark.end;
    } else out.push({ start: mark.start, end: mark.end, kind: 'boilerplate', reason: mark.reason });
  }
  return out;
}
