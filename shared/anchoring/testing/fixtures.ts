// Test helpers for the anchoring tests (pure, so they type-check with shared/): claims on a text, a seeded
// PRNG, and the rules every re-anchored claim must satisfy, checked in one place for all tests.

import { createClaimAnnotation, readClaim } from '../../annotations/claim.ts';
import { AnnotationSchema, positionSelector, type Annotation } from '../../annotations/model.ts';
import { applyEdits, mapRange, touchesRange, type TextEdit } from '../edits.ts';
import { CHANGED_SIMILARITY, LOCAL_WINDOW, reanchorAll, type ReanchorStatus } from '../reanchor.ts';
import { spanSelectors } from '../selectors.ts';
import { similarity } from '../similarity.ts';

export const T0 = '2024-05-01T10:00:00.000Z';
export const NOW = '2024-06-01T09:00:00.000Z';

/** Seeded, so a failing random case can be replayed from its seed. */
export { mulberry32 as prng } from '../../random/prng.ts';

export function claimOn(text: string, start: number, end: number, id = 'urn:uuid:c1'): Annotation {
  const sourceIri = 'urn:claim-workbench:source:s';
  return createClaimAnnotation({ id, sourceIri, text, start, end, tags: ['disputed'], now: T0 });
}

/** A claim on the `occurrence`-th (0-based) copy of `needle`. */
export function claimAt(text: string, needle: string, occurrence = 0, id = 'urn:uuid:c1'): Annotation {
  let start = text.indexOf(needle);
  for (let i = 0; i < occurrence && start !== -1; i++) start = text.indexOf(needle, start + 1);
  if (start === -1) throw new Error(`occurrence ${occurrence} of ${JSON.stringify(needle)} is not in the text`);
  return claimOn(text, start, start + needle.length, id);
}

export function spanOf(annotation: Annotation): { start: number; end: number } {
  const position = positionSelector(annotation);
  if (!position) throw new Error(`${annotation.id} has no position selector`);
  return { start: position.start, end: position.end };
}

export function sliceOf(annotation: Annotation, text: string): string {
  const { start, end } = spanOf(annotation);
  return text.slice(start, end);
}

/** Everything wrong with one re-anchoring outcome (empty when it is right). */
export function violations(
  before: Annotation,
  after: Annotation,
  status: ReanchorStatus,
  change: { oldText: string; newText: string; edits: readonly TextEdit[] },
): string[] {
  const problems: string[] = [];
  const fail = (ok: boolean, what: string) => ok || problems.push(what);
  const old = spanOf(before);
  const quote = change.oldText.slice(old.start, old.end);
  fail(after.modified === before.modified, 're-anchoring changed `modified`');
  fail(AnnotationSchema.safeParse(after).success, 'the result is not a valid annotation');
  fail(touchesRange(change.edits, old.start, old.end) || status === 'kept', 'an untouched claim was not kept');
  if (status === 'orphaned') {
    fail(JSON.stringify(after.target) === JSON.stringify(before.target), 'an orphan lost its old selectors');
    fail(after.orphanedAt !== undefined, 'an orphan has no orphanedAt');
    return problems;
  }
  const now = spanOf(after);
  const slice = change.newText.slice(now.start, now.end);
  const own = after.target.selector.filter((s) => s.type === 'TextQuoteSelector' || s.type === 'TextPositionSelector');
  const fresh = spanSelectors(change.newText, now.start, now.end);
  fail(JSON.stringify(own) === JSON.stringify(fresh), 'selectors not as for a new claim');
  if (status === 'kept') fail(slice === quote, `kept, but the text is now ${JSON.stringify(slice)}`);
  const ownCorrection = slice.trim() !== '' && slice.trim() === readClaim(before).correction.trim();
  const similar = similarity(quote, slice) >= CHANGED_SIMILARITY;
  fail(similar || ownCorrection, `attached to a dissimilar ${JSON.stringify(slice)}`);
  const mapped = mapRange(old.start, old.end, change.edits);
  fail(Math.abs(now.start - mapped.start) <= LOCAL_WINDOW + quote.length, 'attached far from where the claim was');
  return problems;
}

/** Re-anchors one claim over `edits`, throwing if any rule is broken, so each test only checks its own point. */
export function reanchorOne(
  claim: Annotation,
  oldText: string,
  edits: TextEdit[],
): { claim: Annotation; status: ReanchorStatus; newText: string } {
  const newText = applyEdits(oldText, edits);
  const report = reanchorAll([claim], oldText, newText, edits, NOW);
  const [after, outcome] = [report.annotations[0] as Annotation, report.outcomes[0]];
  if (outcome?.id !== claim.id) throw new Error('the outcome is not reported under the claim id');
  const problems = violations(claim, after, outcome.status, { oldText, newText, edits });
  if (problems.length > 0) {
    throw new Error(`${outcome.status}: ${problems.join('; ')} (edits ${JSON.stringify(edits)})`);
  }
  return { claim: after, status: outcome.status, newText };
}
