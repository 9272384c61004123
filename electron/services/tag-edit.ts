// Saving an edited tag set: check it, rewrite the claims of every source whose tags were merged or deleted,
// then save the tags. All annotation files are read before any is written, so a corrupt or newer file
// stops the change before it has half happened; each rewrite then retags what is on disk at that moment
// (holding the file), so a claim saved meanwhile by another window keeps its tags right too.

import type { Annotation } from '../../shared/annotations/model.ts';
import { checkTagSet, retagAnnotations, type TagReassignment } from '../../shared/workspace/tag-set.ts';
import type { Tag } from '../../shared/workspace/model.ts';
import type { Workspace } from './workspace/workspace.ts';

export async function updateTags(
  workspace: Workspace,
  tags: Tag[],
  reassign: TagReassignment,
  now: string,
  baseRevision?: string,
): Promise<void> {
  if (baseRevision !== undefined) await workspace.checkRevision(baseRevision);
  const removed = workspace.tags.map((t) => t.id).filter((id) => !tags.some((t) => t.id === id));
  // A removed tag the caller said nothing about is taken off its claims rather than left dangling.
  const plan: TagReassignment = Object.fromEntries(removed.map((id) => [id, reassign[id] ?? null]));
  checkTagSet(tags, { ...reassign, ...plan });
  const rewrites: string[] = [];
  if (removed.length > 0) {
    for (const { id } of workspace.listSources()) {
      const before = await workspace.readAnnotations(id);
      if (retagged(before, plan, now) !== before) rewrites.push(id);
    }
  }
  for (const id of rewrites) await workspace.updateAnnotations(id, (current) => retagged(current, plan, now));
  await workspace.saveTags(tags, baseRevision);
}

/** The list with the plan applied, or the very same list when no claim changes (then nothing is written). */
function retagged(annotations: Annotation[], plan: TagReassignment, now: string): Annotation[] {
  const after = retagAnnotations(annotations, plan, now);
  return after.some((a, i) => a !== annotations[i]) ? after : annotations;
}
