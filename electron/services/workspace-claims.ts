// The claims of the whole workspace, one row per claim with what the claims view and `workbench claims` show
// (issue 13). Each source's annotation file is read once; texts are not read: the quote and position are the
// stored selectors, which every text correction keeps current (or marks the claim orphaned).

import type { WorkspaceClaim } from '../../shared/api/contract.ts';
import { readClaim, withClaimFields } from '../../shared/annotations/claim.ts';
import { positionSelector, quoteSelector, type Annotation } from '../../shared/annotations/model.ts';
import { toWorkbenchError, WorkbenchError } from '../../shared/errors.ts';
import type { SourceMeta } from '../../shared/workspace/model.ts';
import type { Workspace } from './workspace/workspace.ts';

/** Files read at once: enough to keep the disk busy, few enough not to hold 1,000 parsed files' text at once. */
const PARALLEL_READS = 16;

export interface ClaimListing {
  claims: WorkspaceClaim[];
  unreadable: { sourceId: string; code: string; message: string }[];
}

/** Every claim in source order (as listed) then text order; only those tagged `tagId` when given. */
export async function listWorkspaceClaims(workspace: Workspace, tagId?: string): Promise<ClaimListing> {
  const sources = workspace.listSources();
  const perSource: WorkspaceClaim[][] = new Array(sources.length);
  const unreadable: ClaimListing['unreadable'] = [];
  for (let i = 0; i < sources.length; i += PARALLEL_READS) {
    await Promise.all(
      sources.slice(i, i + PARALLEL_READS).map(async (meta, k) => {
        try {
          perSource[i + k] = rowsOf(meta, await workspace.readAnnotations(meta.id), tagId);
        } catch (error) {
          const e = toWorkbenchError(error);
          unreadable.push({ sourceId: meta.id, code: e.code, message: e.message });
          perSource[i + k] = [];
        }
      }),
    );
  }
  return { claims: perSource.flat(), unreadable };
}

function rowsOf(meta: SourceMeta, annotations: readonly Annotation[], tagId: string | undefined): WorkspaceClaim[] {
  const sourceDate = meta.provenance?.publishedAt?.value || meta.publishedAt || '';
  const rows = annotations.map((a) => claimRow(meta, sourceDate, a));
  const chosen = tagId === undefined ? rows : rows.filter((row) => row.tags.includes(tagId));
  return chosen.sort(byPosition);
}

function claimRow(meta: SourceMeta, sourceDate: string, annotation: Annotation): WorkspaceClaim {
  const fields = readClaim(annotation);
  const position = positionSelector(annotation);
  return {
    id: annotation.id,
    sourceId: meta.id,
    sourceTitle: meta.title,
    sourceDate,
    tags: fields.tags,
    quote: quoteSelector(annotation)?.exact ?? '',
    note: fields.note,
    hasCitation: fields.citations.length > 0,
    hasCorrection: fields.correction.trim() !== '',
    orphaned: annotation.orphanedAt !== undefined,
    ...(position ? { start: position.start, end: position.end } : {}),
  };
}

/** Text order; claims without a position (other tools' quote-only claims) after the rest. */
function byPosition(a: WorkspaceClaim, b: WorkspaceClaim): number {
  const pa = a.start ?? Number.MAX_SAFE_INTEGER;
  const pb = b.start ?? Number.MAX_SAFE_INTEGER;
  return pa - pb || (a.end ?? 0) - (b.end ?? 0);
}

/**
 * New tag lists for claims of several sources: every source read and every claim found before any file is
 * written, so a wrong id changes nothing; then one write per source. Other bodies of each claim are kept.
 */
export async function retagClaims(
  workspace: Workspace,
  changes: readonly { sourceId: string; claimId: string; tags: string[] }[],
  now: string,
): Promise<{ changed: number }> {
  const bySource = new Map<string, Map<string, string[]>>();
  for (const c of changes) bySource.set(c.sourceId, (bySource.get(c.sourceId) ?? new Map()).set(c.claimId, c.tags));
  for (const [sourceId, tagsOf] of bySource) {
    const annotations = await workspace.readAnnotations(sourceId);
    const missing = [...tagsOf.keys()].filter((id) => !annotations.some((a) => a.id === id));
    if (missing.length > 0) throw new WorkbenchError('not-found', `No claim ${missing.join(', ')} in ${sourceId}.`);
  }
  // Written holding each file, applied to what is on disk then: a claim saved meanwhile is kept.
  for (const [sourceId, tagsOf] of bySource) {
    await workspace.updateAnnotations(sourceId, (current) =>
      current.map((a) => (tagsOf.has(a.id) ? withClaimFields(a, { tags: tagsOf.get(a.id)! }, now) : a)),
    );
  }
  return { changed: changes.length };
}
