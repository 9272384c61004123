// Claim actions as undoable ClaimActions: each returns the before/after pairs the store applies and reverts.
// Pure over the W3C shapes (shared/annotations), so the same action is tested in Node and used in the UI.

import { reattach } from '../../../shared/anchoring/reanchor.ts';
import {
  createClaimAnnotation,
  readClaim,
  withClaimFields,
  type ClaimFields,
} from '../../../shared/annotations/claim.ts';
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

/**
 * "Tag all hits" as one undoable step: a hit that already is a claim's exact span gets the tag (if it lacks
 * it); every other hit becomes a new claim with that tag. Null when there is nothing to change.
 */
export function tagSpans(opts: {
  sourceId: string;
  text: string;
  spans: readonly { start: number; end: number }[];
  tagId: string;
  now: string;
  /** Anchored claims of the source: where each one stands now. */
  existing: readonly { annotation: Annotation; start: number; end: number }[];
}): ClaimAction | null {
  const bySpan = new Map(opts.existing.map((c) => [`${c.start}:${c.end}`, c.annotation]));
  const patches: ClaimAction['patches'] = [];
  const seen = new Set<string>();
  for (const span of opts.spans) {
    const key = `${span.start}:${span.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const claim = bySpan.get(key);
    if (!claim) {
      patches.push(...createClaim({ ...opts, start: span.start, end: span.end }).patches);
    } else if (!readClaim(claim).tags.includes(opts.tagId)) {
      patches.push({
        before: claim,
        after: withClaimFields(claim, { tags: [...readClaim(claim).tags, opts.tagId] }, opts.now),
      });
    }
  }
  return patches.length > 0 ? { label: 'tag-hits', patches } : null;
}

/**
 * A text correction the service made (saved text or an applied correction) as one undoable step: the text
 * before and after, and every claim it changed (re-anchored, orphaned, or marked as applied).
 */
export function textEditAction(
  label: string,
  current: readonly Annotation[],
  next: readonly Annotation[],
  text: { before: string; after: string },
): ClaimAction {
  const byId = new Map(current.map((a) => [a.id, a]));
  const patches: ClaimAction['patches'] = [];
  for (const after of next) {
    const before = byId.get(after.id) ?? null;
    byId.delete(after.id);
    if (!before || JSON.stringify(before) !== JSON.stringify(after)) patches.push({ before, after });
  }
  for (const before of byId.values()) patches.push({ before, after: null });
  return { label, patches, text };
}
