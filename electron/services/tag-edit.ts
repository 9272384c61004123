// Saving an edited tag set: check it, rewrite the claims of every source whose tags were merged or deleted,
// then save the tags. All annotation files are read before any is written, so a corrupt or newer file
// stops the change before it has half happened.

import type { Annotation } from '../../shared/annotations/model.ts';
import { checkTagSet, retagAnnotations, type TagReassignment } from '../../shared/workspace/tag-set.ts';
import type { Tag } from '../../shared/workspace/model.ts';
import type { Workspace } from './workspace/workspace.ts';

export async function updateTags(
  workspace: Workspace,
  tags: Tag[],
  reassign: TagReassignment,
  now: string,
): Promise<void> {
  const removed = workspace.tags.map((t) => t.id).filter((id) => !tags.some((t) => t.id === id));
  // A removed tag the caller said nothing about is taken off its claims rather than left dangling.
  const plan: TagReassignment = Object.fromEntries(removed.map((id) => [id, reassign[id] ?? null]));
  checkTagSet(tags, { ...reassign, ...plan });
  const rewrites: [string, Annotation[]][] = [];
  if (removed.length > 0) {
    for (const { id } of workspace.listSources()) {
      const before = await workspace.readAnnotations(id);
      const after = retagAnnotations(before, plan, now);
      if (after.some((a, i) => a !== before[i])) rewrites.push([id, after]);
    }
  }
  for (const [id, annotations] of rewrites) await workspace.writeAnnotations(id, annotations);
  await workspace.saveTags(tags);
}
