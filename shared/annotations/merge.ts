// Merging two sides' claim lists by annotation id: what a save does when the file changed since the saver
// read it (another window, the CLI, a sync client). Claims that only one side touched are taken from that
// side; a claim both sides changed differently is a collision, which the caller must resolve visibly.

import type { Annotation } from './model.ts';

export interface MergeResult {
  annotations: Annotation[];
  /** Ids that both sides changed (or one changed and the other deleted) differently. */
  collisions: string[];
}

/**
 * Three-way merge: `base` is the list both sides started from. With `base` unknown (null) nothing can be told
 * about deletions, so a claim missing on one side is kept (keeping is never a loss) and only a claim that both
 * sides hold in different forms collides. Order: `theirs` (what is on disk), then ours that are new.
 */
export function mergeAnnotations(
  base: readonly Annotation[] | null,
  ours: readonly Annotation[],
  theirs: readonly Annotation[],
): MergeResult {
  const baseById = byId(base ?? []);
  const oursById = byId(ours);
  const theirsById = byId(theirs);
  const collisions: string[] = [];
  const pick = (id: string): Annotation | undefined => {
    const [b, o, t] = [baseById.get(id), oursById.get(id), theirsById.get(id)];
    if (same(o, t)) return o;
    if (base === null) {
      if (o && t) collisions.push(id);
      return t ?? o;
    }
    if (same(b, o)) return t; // only theirs changed (or deleted) it
    if (same(b, t)) return o; // only ours changed (or deleted) it
    collisions.push(id);
    return t ?? o;
  };
  // A Set keeps insertion order: theirs, then ours that are new, then ids only the base still had.
  const ids = new Set([...theirsById.keys(), ...oursById.keys(), ...baseById.keys()]);
  const annotations = [...ids].map(pick).filter((a): a is Annotation => a !== undefined);
  return { annotations, collisions };
}

function byId(list: readonly Annotation[]): Map<string, Annotation> {
  return new Map(list.map((a) => [a.id, a]));
}

function same(a: Annotation | undefined, b: Annotation | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  return canonical(a) === canonical(b);
}

/** JSON with keys sorted: a claim read back from disk has the same content in another key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}
