// Puts diffed insertions and deletions on word boundaries, where a person makes them, among the placements
// that give the same text: like diff-match-patch's cleanupSemanticLossless, which that package does not export.

import { isInsideCluster, splitsSurrogatePair } from '../annotations/text-boundaries.ts';
import type { TextEdit } from './text-edit.ts';

/**
 * The same edits (same result when applied), insertions and deletions moved to the most natural placement.
 * A diff cannot tell where text was typed when it repeats its neighbour: inserting "مرحبا " before "مصر" reads
 * equally well as inserting "رحبا م" one letter later, inside "مصر"; mapped through the second reading, a claim
 * on "مصر" would swallow the new word. Replacements are left alone: they cannot slide.
 */
export function slideToWordBoundaries(text: string, edits: readonly TextEdit[]): TextEdit[] {
  return edits.map((edit, i) => {
    // Stay clear of the neighbours, so the list stays sorted and no two edits touch.
    const floor = i === 0 ? 0 : (edits[i - 1] as TextEdit).end + 1;
    const ceiling = i === edits.length - 1 ? text.length : (edits[i + 1] as TextEdit).start - 1;
    if (edit.start === edit.end && edit.text !== '') return slideInsertion(text, edit, floor, ceiling);
    if (edit.start !== edit.end && edit.text === '') return slideDeletion(text, edit, floor, ceiling);
    return edit;
  });
}

/** Inserting T at p equals inserting T rotated by one at p ± 1 when the letter passed over equals T's end. */
function slideInsertion(text: string, edit: TextEdit, floor: number, ceiling: number): TextEdit {
  let at = edit.start;
  let inserted = edit.text;
  while (at > floor && text[at - 1] === inserted[inserted.length - 1]) {
    inserted = inserted.slice(-1) + inserted.slice(0, -1);
    at--;
  }
  let best = { start: at, end: at, text: inserted };
  let bestScore = insertionScore(text, at, inserted);
  while (at < ceiling && text[at] === inserted[0]) {
    inserted = inserted.slice(1) + inserted[0];
    at++;
    const score = insertionScore(text, at, inserted);
    if (score > bestScore) [best, bestScore] = [{ start: at, end: at, text: inserted }, score];
  }
  return best;
}

/** Deleting [s, e) equals deleting [s ± 1, e ± 1) when the letter passed over equals the one left behind. */
function slideDeletion(text: string, edit: TextEdit, floor: number, ceiling: number): TextEdit {
  let { start, end } = edit;
  while (start > floor && text[start - 1] === text[end - 1]) [start, end] = [start - 1, end - 1];
  let best = { start, end, text: '' };
  let bestScore = deletionScore(text, start, end);
  while (end < ceiling && text[start] === text[end]) {
    [start, end] = [start + 1, end + 1];
    const score = deletionScore(text, start, end);
    if (score > bestScore) [best, bestScore] = [{ start, end, text: '' }, score];
  }
  return best;
}

function insertionScore(text: string, at: number, inserted: string): number {
  if (splitsSurrogatePair(text, at)) return -Infinity;
  return boundaryScore(text[at - 1], inserted[0]) + boundaryScore(inserted[inserted.length - 1], text[at]);
}

function deletionScore(text: string, start: number, end: number): number {
  if (splitsSurrogatePair(text, start) || splitsSurrogatePair(text, end)) return -Infinity;
  const cutsCluster = isInsideCluster(text, start) || isInsideCluster(text, end) ? -1 : 0;
  return cutsCluster + boundaryScore(text[start - 1], text[start]) + boundaryScore(text[end - 1], text[end]);
}

/**
 * How good a place between two characters is for an edit to begin or end: the text's edge, a line break,
 * a space, punctuation, in that order; between two letters is worst, and a haraka cut off its letter worse.
 */
function boundaryScore(before: string | undefined, after: string | undefined): number {
  if (before === undefined || after === undefined) return 6;
  if (before === '\n' || after === '\n') return 4;
  if (/\s/u.test(before) || /\s/u.test(after)) return 2;
  if (/\p{M}/u.test(after)) return -1;
  if (/[^\p{L}\p{N}]/u.test(before) || /[^\p{L}\p{N}]/u.test(after)) return 1;
  return 0;
}
