// Claim actions as undoable ClaimActions: each returns the before/after pairs the store applies and reverts.
// Pure over the W3C shapes (shared/annotations), so the same action is tested in Node and used in the UI.

import { reattach } from '../../../shared/anchoring/reanchor.ts';
import { createClaimAnnotation, readClaim, withClaimFields, type ClaimFields } from '../../../shared/annotations/claim.ts';
import { sourceIri, type Annotation } from '../../../shared/annotations/model.ts';
import type { ClaimAction } from './claim-store.ts';

export function newClaimId(): string {
  return `urn:uuid:${crypto.randomUUID()}`;
}

export function createClaim(opts: {
  sourceId: string;
  text: string;
  start: number;
  end: number;
  tagId: string;
  now: string;
  id?: string;
}): ClaimAction {
  const after = createClaimAnnotation({
    id: opts.id ?? newClaimId(),
    sourceIri: sourceIri(opts.sourceId),
    text: opts.text,
    start: opts.start,
    end: opts.end,
    tags: [opts.tagId],
    now: opts.now,
  });
  return { label: 'create', patches: [{ before: null, after }] };
}

/** Adds the tag if the claim lacks it, removes it otherwise. */
export function toggleTag(claim: Annotation, tagId: string, now: string): ClaimAction {
  const { tags } = readClaim(claim);
  const next = tags.includes(tagId) ? tags.filter((t) => t !== tagId) : [...tags, tagId];
  return { label: 'tag', patches: [{ before: claim, after: withClaimFields(claim, { tags: next }, now) }] };
}

/** Edits typed fields; consecutive edits of one field of one claim coalesce into a single undo step. */
export function editFields(claim: Annotation, fields: Partial<ClaimFields>, now: string): ClaimAction {
  const key = Object.keys(fields).sort().join(',');
  return {
    label: 'edit',
    coalesceKey: `${claim.id}:${key}`,
    patches: [{ before: claim, after: withClaimFields(claim, fields, now) }],
  };
}

export function deleteClaims(claims: Annotation[]): ClaimAction {
  return { label: 'delete', patches: claims.map((before) => ({ before, after: null })) };
}

/** An orphan attached to a span the researcher chose: fresh selectors, no longer an orphan. */
export function reattachClaim(claim: Annotation, text: string, start: number, end: number, now: string): ClaimAction {
  return { label: 'reattach', patches: [{ before: claim, after: reattach(claim, text, start, end, now) }] };
}
