// Text edits as replacements in old-text coordinates: applying them, finding them between two versions of a
// source, and carrying a claim's offsets across them. Offsets are UTF-16 code units of the stored NFC text.

import { WorkbenchError } from '../errors.ts';
import { splitsSurrogatePair } from '../annotations/text-boundaries.ts';
import { diffMiddle } from './chunk-diff.ts';
import { slideToWordBoundaries } from './slide.ts';
import type { TextEdit } from './text-edit.ts';

// A list of edits is sorted and non-overlapping, in OLD-text coordinates.
export type { TextEdit };

/**
 * Which side of text inserted exactly at a position the position ends up on. A claim's start uses 'after' and
 * its end 'before', so text typed right at a claim's edge stays outside the claim.
 */
export type Assoc = 'before' | 'after';

/** Builds the new text; throws when the edits are out of order, overlap, or fall outside the text. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const edit of edits) {
    if (!(edit.start >= at && edit.end >= edit.start && edit.end <= text.length)) {
      throw new WorkbenchError('invalid-argument', `edit ${edit.start}–${edit.end} is out of order or out of range`);
    }
    parts.push(text.slice(at, edit.start), edit.text);
    at = edit.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/**
 * The edits that turn `oldText` into `newText`. The common head and tail are cut off first (a few scattered
 * edits in 1 MB then cost one linear scan plus a diff of the span between the first and last edit); that span
 * is diffed sentence by sentence, then letter by letter with diff-match-patch inside changed sentences, cleaned
 * for efficiency: one-letter coincidences inside a rewritten word are folded into the replacement, real
 * unchanged runs (4+ code units) are kept, so edits stay small. Last, insertions and deletions that could
 * equally sit a few letters earlier or later are put on word boundaries.
 */
export function diffTexts(oldText: string, newText: string): TextEdit[] {
  if (oldText === newText) return [];
  const head = commonHead(oldText, newText);
  const tail = commonTail(oldText, newText, head);
  const oldMiddle = oldText.slice(head, oldText.length - tail);
  const newMiddle = newText.slice(head, newText.length - tail);
  return slideToWordBoundaries(oldText, diffMiddle(oldMiddle, newMiddle, head));
}

/** Length of the common start, never ending between the halves of an emoji (the edit keeps whole characters). */
function commonHead(a: string, b: string): number {
  const limit = Math.min(a.length, b.length);
  let n = 0;
  while (n < limit && a.charCodeAt(n) === b.charCodeAt(n)) n++;
  return n > 0 && (splitsSurrogatePair(a, n) || splitsSurrogatePair(b, n)) ? n - 1 : n;
}

/** Length of the common end, at most what the head left over, again without splitting a surrogate pair. */
function commonTail(a: string, b: string, head: number): number {
  const limit = Math.min(a.length, b.length) - head;
  let n = 0;
  while (n < limit && a.charCodeAt(a.length - 1 - n) === b.charCodeAt(b.length - 1 - n)) n++;
  return n > 0 && (splitsSurrogatePair(a, a.length - n) || splitsSurrogatePair(b, b.length - n)) ? n - 1 : n;
}

/**
 * Where an old offset lies in the new text. At a pure insertion point, `assoc` picks the side of the inserted
 * text. Strictly inside a replaced (or deleted) region there is no exact counterpart: 'after' (a start) goes
 * to the region's new start and 'before' (an end) to its new end, so a range keeps the whole replacement.
 */
export function mapPosition(pos: number, edits: readonly TextEdit[], assoc: Assoc): number {
  let delta = 0;
  for (const edit of edits) {
    if (pos < edit.start) break;
    const isInsertion = edit.start === edit.end;
    if (pos === edit.start && (!isInsertion || assoc === 'before')) break;
    if (pos > edit.start && pos < edit.end) {
      return edit.start + delta + (assoc === 'after' ? 0 : edit.text.length);
    }
    delta += edit.text.length - (edit.end - edit.start);
  }
  return pos + delta;
}

/** A claim's range in the new text; text typed at either edge stays outside (a collapsed range stays collapsed). */
export function mapRange(start: number, end: number, edits: readonly TextEdit[]): { start: number; end: number } {
  const newStart = mapPosition(start, edits, 'after');
  return { start: newStart, end: Math.max(newStart, mapPosition(end, edits, 'before')) };
}

/** True when an edit changes text inside [start, end); insertions exactly at an edge do not count. */
export function touchesRange(edits: readonly TextEdit[], start: number, end: number): boolean {
  return edits.some((edit) => edit.start < end && edit.end > start);
}
