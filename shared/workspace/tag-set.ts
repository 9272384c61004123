// Editing a workspace's tag set without breaking claims: rename and recolor change only the tag (claims store
// tag ids), merge and delete rewrite every claim's tagging bodies through one reassignment map.

import { readClaim, withClaimFields } from '../annotations/claim.ts';
import type { Annotation } from '../annotations/model.ts';
import { WorkbenchError } from '../errors.ts';
import type { Tag } from './model.ts';

/** old tag id → the id its claims move to, or null to take the tag off them. Ids not named are kept. */
export type TagReassignment = Record<string, string | null>;

/** Throws invalid-argument unless ids are unique, shortcuts unique, and every reassignment lands on a kept tag. */
export function checkTagSet(tags: Tag[], reassign: TagReassignment): void {
  const ids = new Set<string>();
  const shortcuts = new Set<string>();
  for (const tag of tags) {
    if (ids.has(tag.id)) throw invalid(`two tags have the id "${tag.id}"`);
    ids.add(tag.id);
    if (!tag.shortcut) continue;
    if (shortcuts.has(tag.shortcut)) throw invalid(`two tags use the shortcut "${tag.shortcut}"`);
    shortcuts.add(tag.shortcut);
  }
  for (const [from, to] of Object.entries(reassign)) {
    if (ids.has(from)) throw invalid(`tag "${from}" is kept, so its claims cannot be moved to another tag`);
    if (to !== null && !ids.has(to)) throw invalid(`claims of "${from}" cannot move to "${to}": no such tag`);
  }
}

/**
 * The annotations with reassigned tags, or the same object when nothing changed (so callers can skip
 * writing files that did not change). A claim that had both the old and the new tag keeps one.
 */
export function retagAnnotations(annotations: Annotation[], reassign: TagReassignment, now: string): Annotation[] {
  return annotations.map((annotation) => {
    const { tags } = readClaim(annotation);
    if (!tags.some((tag) => tag in reassign)) return annotation;
    const next = tags.map((tag) => (tag in reassign ? reassign[tag] : tag)).filter((t): t is string => !!t);
    return withClaimFields(annotation, { tags: [...new Set(next)] }, now);
  });
}

function invalid(message: string): WorkbenchError {
  return new WorkbenchError('invalid-argument', `Tag set not saved: ${message}.`);
}
