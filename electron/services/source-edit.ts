// Correcting a source's text in the app: diff the new text against the stored one, re-anchor every claim
// through those edits (shared/anchoring), and commit text, history and claims together.

import type { ApiResult } from '../../shared/api/contract.ts';
import { diffTexts } from '../../shared/anchoring/edits.ts';
import { reanchorAll } from '../../shared/anchoring/reanchor.ts';
import { WorkbenchError } from '../../shared/errors.ts';
import type { Workspace } from './workspace/workspace.ts';

/** Text from an editor may carry CR LF (pasted) or decomposed letters; stored text is NFC with LF. */
export function toStoredText(text: string): string {
  return text.replace(/\r\n?/g, '\n').normalize('NFC');
}

export async function editSourceText(
  workspace: Workspace,
  args: { sourceId: string; baseRevision: number; text: string },
  now: string = new Date().toISOString(),
): Promise<ApiResult<'editSourceText'>> {
  const meta = workspace.getMeta(args.sourceId);
  if (meta.textRevision !== args.baseRevision) {
    throw new WorkbenchError(
      'conflict',
      `The text of "${meta.title}" changed since it was opened (revision ${meta.textRevision}, edit based on ${args.baseRevision}). Reload it and edit again.`,
    );
  }
  const oldText = await workspace.readText(args.sourceId);
  const newText = toStoredText(args.text);
  if (newText.trim() === '') throw new WorkbenchError('invalid-argument', 'A source cannot be edited down to nothing.');
  const annotations = await workspace.readAnnotations(args.sourceId);
  const edits = diffTexts(oldText, newText);
  if (edits.length === 0) {
    return { meta, text: oldText, annotations, outcomes: annotations.map(({ id }) => ({ id, status: 'kept' })) };
  }
  const report = reanchorAll(annotations, oldText, newText, edits, now);
  const next = await workspace.commitTextEdit(args.sourceId, {
    text: newText,
    edits,
    annotations: report.annotations,
    at: now,
  });
  return { meta: next, text: newText, annotations: report.annotations, outcomes: report.outcomes };
}
