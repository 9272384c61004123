// Correcting a source's text in the app: diff the new text against the stored one, re-anchor every claim
// through those edits (shared/anchoring), and commit text, history and claims together. Applying one claim's
// suggested correction is such an edit, which also records on the claim what it replaced.

import type { ApiResult } from '../../shared/api/contract.ts';
import { anchorAnnotation } from '../../shared/anchoring/anchor.ts';
import { diffTexts } from '../../shared/anchoring/edits.ts';
import { reanchorAll } from '../../shared/anchoring/reanchor.ts';
import { quoteContext } from '../../shared/anchoring/selectors.ts';
import { withAppliedCorrection } from '../../shared/annotations/applied-correction.ts';
import { readClaim } from '../../shared/annotations/claim.ts';
import { correctionTarget } from '../../shared/annotations/correction.ts';
import type { Annotation } from '../../shared/annotations/model.ts';
import { WorkbenchError } from '../../shared/errors.ts';
import type { SourceMeta } from '../../shared/workspace/model.ts';
import type { CommittedEdit } from './workspace/text-edit.ts';
import type { Workspace } from './workspace/workspace.ts';

type EditResult = ApiResult<'editSourceText'>;

/** Text from an editor may carry CR LF (pasted) or decomposed letters; stored text is NFC with LF. */
function toStoredText(text: string): string {
  return text.replace(/\r\n?/g, '\n').normalize('NFC');
}

export async function editSourceText(
  workspace: Workspace,
  args: { sourceId: string; baseRevision: number; text: string },
  now: string = new Date().toISOString(),
): Promise<EditResult> {
  return workspace.editSource(args.sourceId, async ({ meta, text, annotations }) => {
    checkRevision(meta, args.baseRevision);
    return planEdit({ meta, oldText: text, newText: toStoredText(args.text), annotations, now });
  });
}

/**
 * Replaces the part of the claim's quote its correction stands for (the year in "14 يوليو 2011") and records on
 * the claim the words it replaced, the text revision it applied to and when. Fails with conflict when the claim
 * has no correction, is not in the text, or its correction is already applied.
 */
export async function applyCorrection(
  workspace: Workspace,
  args: { sourceId: string; baseRevision: number; claimId: string },
  now: string = new Date().toISOString(),
): Promise<EditResult> {
  return workspace.editSource(args.sourceId, async ({ meta, text: oldText, annotations }) => {
    checkRevision(meta, args.baseRevision);
    return planCorrection({ meta, oldText, annotations, claimId: args.claimId, now });
  });
}

function planCorrection(input: {
  meta: SourceMeta;
  oldText: string;
  annotations: Annotation[];
  claimId: string;
  now: string;
}): EditPlan {
  const { meta, oldText, annotations, now } = input;
  const claim = annotations.find((a) => a.id === input.claimId);
  if (!claim) throw new WorkbenchError('not-found', `No claim ${input.claimId} in "${meta.title}".`);
  const correction = readClaim(claim).correction.trim();
  const anchor = anchorAnnotation(claim, oldText);
  if (!correction || !anchor) {
    throw new WorkbenchError('conflict', 'This claim has no correction to apply, or its quote is not in the text.');
  }
  const part = correctionTarget(oldText.slice(anchor.start, anchor.end), correction);
  const [start, end] = [anchor.start + part.start, anchor.start + part.end];
  if (oldText.slice(start, end) === correction) {
    throw new WorkbenchError('conflict', 'The text already reads as the correction says.');
  }
  const newText = oldText.slice(0, start) + correction + oldText.slice(end);
  const replaced = {
    sourceIri: claim.target.source,
    quote: {
      type: 'TextQuoteSelector' as const,
      exact: oldText.slice(start, end),
      ...quoteContext(oldText, start, end),
    },
    start,
    end,
    revision: meta.textRevision,
    at: now,
  };
  const mark = (a: Annotation) => (a.id === claim.id ? withAppliedCorrection(a, replaced) : a);
  return planEdit({ meta, oldText, newText, annotations, now, mark });
}

/** Checked inside the source's lock: two edits based on one revision cannot both be applied. */
function checkRevision(meta: SourceMeta, baseRevision: number): void {
  if (meta.textRevision !== baseRevision) {
    throw new WorkbenchError(
      'conflict',
      `The text of "${meta.title}" changed since it was opened (revision ${meta.textRevision}, edit based on ${baseRevision}). Reload it and edit again.`,
    );
  }
}

interface EditPlan {
  commit: CommittedEdit | null;
  result: (saved: SourceMeta) => EditResult;
}

function planEdit(change: {
  meta: SourceMeta;
  oldText: string;
  newText: string;
  annotations: Annotation[];
  now: string;
  mark?: (a: Annotation) => Annotation;
}): EditPlan {
  const { meta, oldText, newText, annotations, now } = change;
  if (newText.trim() === '') throw new WorkbenchError('invalid-argument', 'A source cannot be edited down to nothing.');
  const edits = diffTexts(oldText, newText);
  if (edits.length === 0) {
    const outcomes = annotations.map(({ id }) => ({ id, status: 'kept' as const }));
    return { commit: null, result: () => ({ meta, text: oldText, annotations, outcomes }) };
  }
  const report = reanchorAll(annotations, oldText, newText, edits, now);
  const next = report.annotations.map(change.mark ?? ((a) => a));
  return {
    commit: { text: newText, edits, annotations: next, at: now },
    result: (saved) => ({ meta: saved, text: newText, annotations: next, outcomes: report.outcomes }),
  };
}
