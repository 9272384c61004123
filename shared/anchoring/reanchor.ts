// Carrying claims across an edit the researcher made to the source text in the app: positions are mapped
// through the edit first, the quote only confirms; what cannot be found near its place becomes an orphan.

import { WorkbenchError } from '../errors.ts';
import { isOrphan, type Annotation } from '../annotations/model.ts';
import { readClaim } from '../annotations/claim.ts';
import { splitsSurrogatePair } from '../annotations/text-boundaries.ts';
import { anchorAnnotation, FUZZY_THRESHOLD, matchQuote } from './anchor.ts';
import { applyEdits, mapRange, touchesRange, type TextEdit } from './edits.ts';
import { quoteContext, withSpan } from './selectors.ts';
import { similarity } from './similarity.ts';

export type ReanchorStatus = 'kept' | 'changed' | 'moved' | 'orphaned' | 'still-orphan';
type ReanchorOutcome = { id: string; status: ReanchorStatus };
export type ReanchorReport = { annotations: Annotation[]; outcomes: ReanchorOutcome[] };

/** An edited claim is still the same claim while at least half of it survives (normalized Levenshtein). */
export const CHANGED_SIMILARITY = 0.5;

/** How far from its mapped place a claim may be found again (code units each side). */
export const LOCAL_WINDOW = 2000;

type Span = { start: number; end: number };
type Result = { annotation: Annotation; status: ReanchorStatus };
/** One change of the source: `edits` turn `oldText` into `newText`. */
type Change = { oldText: string; newText: string; edits: readonly TextEdit[] };

/**
 * Every annotation after `edits` turned `oldText` into `newText`, in the same order, with what happened to it.
 * The edit says exactly what changed and where; searching the whole text for a quote instead would jump to the
 * untouched twin of a duplicated passage (corpus 000 holds its article twice), so search stays local and a
 * claim not found there is marked as an orphan, never moved silently. `modified` is left alone: it dates the
 * claim's content, and the researcher did not touch that.
 */
export function reanchorAll(
  annotations: readonly Annotation[],
  oldText: string,
  newText: string,
  edits: readonly TextEdit[],
  now: string,
): ReanchorReport {
  assertDateTime(now);
  // Edits that do not describe this change would map every claim to a wrong place without any error.
  if (applyEdits(oldText, edits) !== newText) throw invalid('the edits do not turn the old text into the new text');
  const results = annotations.map((annotation) => reanchorOne(annotation, { oldText, newText, edits }, now));
  return {
    annotations: results.map((r) => r.annotation),
    outcomes: results.map((r) => ({ id: r.annotation.id, status: r.status })),
  };
}

function reanchorOne(annotation: Annotation, change: Change, now: string): Result {
  if (isOrphan(annotation)) return { annotation, status: 'still-orphan' };
  const old = anchorAnnotation(annotation, change.oldText);
  if (!old) return orphaned(annotation, now);
  // Compare with what the researcher saw, which is the old text itself even if the stored quote was stale.
  const quote = change.oldText.slice(old.start, old.end);
  const mapped = mapRange(old.start, old.end, change.edits);
  // Every letter of the claim was deleted: the passage is gone, even if an identical twin exists elsewhere.
  if (mapped.start === mapped.end) return orphaned(annotation, now);
  const slice = change.newText.slice(mapped.start, mapped.end);
  if (slice === quote) return attached(annotation, change.newText, mapped, 'kept');
  if (touchesRange(change.edits, old.start, old.end) && isSameClaim(annotation, quote, slice, change.edits, old)) {
    return attached(annotation, change.newText, mapped, 'changed');
  }
  const moved = findNearby(quote, change, old, mapped);
  return moved ? attached(annotation, change.newText, moved, 'moved') : orphaned(annotation, now);
}

/**
 * The edit fell inside the claim and what is there now is still recognisably the claim: similar enough, or
 * exactly the claim's own suggested correction applied within its bounds (accepting the correction of a
 * one-letter or one-digit claim changes all of it, yet it is the very thing the claim was about).
 */
function isSameClaim(annotation: Annotation, quote: string, slice: string, edits: readonly TextEdit[], old: Span) {
  if (similarity(quote, slice) >= CHANGED_SIMILARITY) return true;
  const correction = readClaim(annotation).correction.trim();
  const inside = (e: TextEdit) => !touchesRange([e], old.start, old.end) || (e.start >= old.start && e.end <= old.end);
  return correction !== '' && edits.every(inside) && slice.trim() === correction;
}

/**
 * Hypothesis-style fuzzy search for the old quote and context near the mapped place. When one edit replaced
 * the whole claim, only its replacement text is searched: the claim can only have survived inside it.
 */
function findNearby(quote: string, change: Change, old: Span, mapped: Span): Span | undefined {
  const replacedWhole = change.edits.some((e) => e.start <= old.start && e.end >= old.end);
  const window = replacedWhole ? mapped : { start: mapped.start - LOCAL_WINDOW, end: mapped.end + LOCAL_WINDOW };
  // The context as it was right before the edit, not as stored: a stale stored context would mislead the score.
  const context = quoteContext(change.oldText, old.start, old.end);
  const match = matchQuote(change.newText, quote, { ...context, hint: mapped.start, window });
  return match && match.score >= FUZZY_THRESHOLD ? { start: match.start, end: match.end } : undefined;
}

function attached(annotation: Annotation, newText: string, span: Span, status: ReanchorStatus): Result {
  return { annotation: withSpan(annotation, newText, span.start, span.end), status };
}

/** The old selectors stay as they were (they are all that says what the claim was about), marked as orphaned. */
function orphaned(annotation: Annotation, now: string): Result {
  return { annotation: { ...annotation, orphanedAt: now }, status: 'orphaned' };
}

/**
 * The researcher attaches an annotation (an orphan, usually) to text[start, end) by hand: fresh selectors, no
 * longer an orphan, and `modified` = now, since what the claim is about has changed.
 */
export function reattach(annotation: Annotation, text: string, start: number, end: number, now: string): Annotation {
  assertDateTime(now);
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || start >= end || end > text.length) {
    throw invalid(`a claim needs 0 ≤ start < end ≤ ${text.length} in whole numbers; got start ${start}, end ${end}`);
  }
  if (splitsSurrogatePair(text, start) || splitsSurrogatePair(text, end)) {
    throw invalid(`the span ${start}–${end} cuts a character in half`);
  }
  const result: Annotation = { ...withSpan(annotation, text, start, end), modified: now };
  const former = annotation.reattachedFrom ?? formerPlace(annotation);
  if (former) result.reattachedFrom = former;
  delete result.orphanedAt;
  return result;
}

/**
 * Where an orphan stood before it lost its place: its old quote (and position), in the text as it was when it
 * was orphaned, so the researcher still sees what the claim first said. Kept through later re-attachments.
 */
function formerPlace(annotation: Annotation): Annotation['reattachedFrom'] {
  if (!isOrphan(annotation)) return undefined;
  const selector = annotation.target.selector.filter(
    (s) => s.type === 'TextQuoteSelector' || s.type === 'TextPositionSelector',
  );
  if (selector.length === 0) return undefined;
  return {
    type: 'SpecificResource',
    source: annotation.target.source,
    state: { type: 'TimeState', sourceDate: annotation.orphanedAt! },
    selector,
  };
}

function assertDateTime(value: string): void {
  if (Number.isNaN(Date.parse(value))) throw invalid(`${JSON.stringify(value)} is not a date-time`);
}

function invalid(message: string): WorkbenchError {
  return new WorkbenchError('invalid-argument', message);
}
