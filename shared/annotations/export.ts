// The W3C JSON-LD the workbench gives other tools (File → export, `workbench export --format jsonld`): the stored
// collection, with what a reader outside the workbench needs — tag bodies that carry both the tag's IRI and its
// readable label (stored claims keep only the tag id, so renaming a tag touches no claim), and on every
// annotation the software that wrote the file and when (W3C 3.3.1 generator/generated).

import type { Tag } from '../workspace/model.ts';
import { effectivePurpose, FIELD_PURPOSE } from './claim-bodies.ts';
import { serializeAnnotationCollection } from './jsonld.ts';
import type { JsonObject } from './jsonld-normalize.ts';
import type { Annotation, Body } from './model.ts';
import { textLanguage } from './text-language.ts';

const TAG_IRI_PREFIX = 'urn:claim-workbench:tag:';

const GENERATOR = { id: 'urn:claim-workbench:app', type: 'Software', name: 'Claim Workbench' } as const;

function tagIri(id: string): string {
  return `${TAG_IRI_PREFIX}${encodeURIComponent(id)}`;
}

/** The workspace tag id a tag IRI names, if it is one of ours. */
export function tagIdOfIri(iri: string): string | undefined {
  return iri.startsWith(TAG_IRI_PREFIX) ? decodeURIComponent(iri.slice(TAG_IRI_PREFIX.length)) : undefined;
}

export function exportAnnotationCollection(
  annotations: Annotation[],
  opts: { id: string; label?: string; tags: readonly Tag[]; language: 'ar' | 'en'; now: string },
): string {
  const byId = new Map(opts.tags.map((t) => [t.id, t]));
  const mapItem = (item: JsonObject): JsonObject => {
    const annotation = item as unknown as Annotation;
    const body = (item.body as Body[]).map((b) => labelledTag(b, annotation, byId, opts.language));
    // W3C 4: a Specific Resource SHOULD say so; stored targets leave it implied.
    const target = { type: 'SpecificResource', ...(item.target as JsonObject) };
    return { ...item, body, target, generator: GENERATOR, generated: opts.now };
  };
  return serializeAnnotationCollection(annotations, { id: opts.id, label: opts.label, mapItem });
}

function labelledTag(body: Body, annotation: Annotation, tags: Map<string, Tag>, language: 'ar' | 'en'): Body {
  if (typeof body !== 'object' || body.type !== 'TextualBody') return body;
  if (effectivePurpose(body, annotation) !== FIELD_PURPOSE.tags) return body;
  const tag = tags.get((body as { value: string }).value);
  if (!tag) return body;
  const label = tag.label[language];
  return { ...body, id: tagIri(tag.id), value: label, ...textLanguage(label) };
}
