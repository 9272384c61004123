// Claims as the app makes them, from the project's own helpers (TypeScript, loaded through tsx): a W3C
// annotation with TextQuote and TextPosition selectors on the stored text, tag bodies, a note body. The
// annotation file is read and written with the same functions the store uses, so "corrupt" means exactly
// what the workbench would refuse to read.

import { randomUUID } from 'node:crypto';
import { register } from 'tsx/esm/api';

register();
const { createClaimAnnotation, readClaim, withClaimFields } = await import('../../shared/annotations/claim.ts');
const { parseAnnotationDocument, serializeAnnotationCollection } = await import('../../shared/annotations/jsonld.ts');
const { sourceIri } = await import('../../shared/annotations/model.ts');
const { DEFAULT_TAGS } = await import('../../shared/workspace/model.ts');
const { mulberry32 } = await import('../../shared/random/prng.ts');

export { mulberry32 };

/** A new claim on a random span of 3–40 code units of `text`, by `creator`, with one of the default tags. */
export function newClaim(sourceId, text, random, creator) {
  for (;;) {
    const length = 3 + Math.floor(random() * 38);
    const start = Math.floor(random() * Math.max(1, text.length - length));
    const end = Math.min(text.length, start + length);
    const tag = DEFAULT_TAGS[Math.floor(random() * DEFAULT_TAGS.length)].id;
    try {
      return createClaimAnnotation({
        id: `urn:uuid:${randomUUID()}`,
        sourceIri: sourceIri(sourceId),
        text,
        start,
        end,
        tags: [tag],
        now: new Date().toISOString(),
        creator,
      });
    } catch {
      // The span cut a character in half: pick another.
    }
  }
}

export function withNote(annotation, note) {
  return withClaimFields(annotation, { note }, new Date().toISOString());
}

export function noteOf(annotation) {
  return readClaim(annotation).note;
}

/** The annotations in an annotation file's JSON; throws what the workbench would throw reading it. */
export function parseAnnotationFile(json, name) {
  return parseAnnotationDocument(json, name).annotations;
}

/** A full annotation file, exactly as the store writes one. */
export function annotationFileBody(sourceId, title, annotations) {
  return serializeAnnotationCollection(annotations, { id: `${sourceIri(sourceId)}/annotations`, label: title });
}
