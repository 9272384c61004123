// Imported tags meet the workspace's tag set: a tag body names a workspace tag by its id, by our tag IRI
// (a file the workbench exported), or by either language's label — "Disputed", "disputed", "موثّق" and "موثق"
// alike (case, harakat, hamza and alef forms do not matter: the search normalizer of shared/text). Tags that
// match nothing are offered for creation; a created tag gets an id made from its label.

import { tagIdOfIri } from '../../../shared/annotations/export.ts';
import { normalizeArabic } from '../../../shared/text/normalize.ts';
import type { Tag } from '../../../shared/workspace/model.ts';

function key(label: string): string {
  return normalizeArabic(label.normalize('NFKC').trim()).text.replace(/\s+/g, ' ');
}

export class TagMatcher {
  private readonly byKey = new Map<string, string>();

  constructor(tags: readonly Tag[]) {
    for (const tag of tags) {
      for (const name of [tag.id, tag.label.ar, tag.label.en]) this.byKey.set(key(name), tag.id);
    }
  }

  /** The workspace tag id for an imported tag body's IRI and value, or undefined. */
  match(value: string, iri?: string): string | undefined {
    const fromIri = iri === undefined ? undefined : tagIdOfIri(iri);
    if (fromIri !== undefined && [...this.byKey.values()].includes(fromIri)) return fromIri;
    return this.byKey.get(key(value));
  }

  add(tag: Tag): void {
    this.byKey.set(key(tag.label.ar), tag.id);
    this.byKey.set(key(tag.label.en), tag.id);
  }
}

/** Colours for created tags, apart from the default three. */
const PALETTE = ['#3b6fb6', '#7a5cc2', '#b3862d', '#2e8c8c', '#9c4f3a', '#5a7d2a'];

/** A new tag for an unknown label: both labels the same (the researcher renames one later), a fresh id. */
export function newTag(label: string, existing: readonly Tag[]): Tag {
  const ids = new Set(existing.map((t) => t.id));
  const slug = label
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 32);
  const base = slug === '' ? 'tag' : slug;
  let id = base;
  for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
  const color = PALETTE[existing.length % PALETTE.length]!;
  const text = label.trim().slice(0, 80);
  return { id, label: { ar: text, en: text }, color };
}
