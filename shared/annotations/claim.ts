// The claim view of an annotation (tags, note, correction, citations) and how a new claim is anchored.
// Pure functions over the stored W3C shape: the UI edits ClaimFields, these keep every other body as it was.

import { WorkbenchError } from '../errors.ts';
import { claimBodies, effectivePurpose, FIELD_PURPOSE } from './claim-bodies.ts';
import { spanSelectors } from '../anchoring/selectors.ts';
import { isTextualBody, type Annotation } from './model.ts';
import { splitsSurrogatePair } from './text-boundaries.ts';

export type ClaimFields = {
  tags: string[];
  note: string;
  correction: string;
  citations: { text: string; url?: string }[];
};

/**
 * A claim is the researcher's assessment of a statement (sourced, disputed, likely typo), which is W3C's
 * "assessing"; "highlighting" would say there is nothing more than the mark. Bodies carry their own purposes.
 */
export const CLAIM_MOTIVATION = 'assessing';

/** Several notes (or corrections) from another tool are shown as one text, separated by a blank line. */
const PARAGRAPH_BREAK = '\n\n';

export function readClaim(annotation: Annotation): ClaimFields {
  const fields: ClaimFields = { tags: [], note: '', correction: '', citations: [] };
  const notes: string[] = [];
  const corrections: string[] = [];
  for (const body of annotation.body) {
    if (!isTextualBody(body)) continue;
    const purpose = effectivePurpose(body, annotation);
    if (purpose === FIELD_PURPOSE.tags) fields.tags.push(body.value);
    if (purpose === FIELD_PURPOSE.note) notes.push(body.value);
    if (purpose === FIELD_PURPOSE.correction) corrections.push(body.value);
    if (purpose === FIELD_PURPOSE.citations) fields.citations.push(citationOf(body.value, body.citationUrl));
  }
  return { ...fields, note: notes.join(PARAGRAPH_BREAK), correction: corrections.join(PARAGRAPH_BREAK) };
}

function citationOf(text: string, url: string | undefined): ClaimFields['citations'][number] {
  return url === undefined ? { text } : { text, url };
}

/**
 * A copy whose TextualBodies for the given fields are replaced (fields left out stay as they are), other
 * bodies kept in order, replacements appended, and `modified` set to `now`.
 */
export function withClaimFields(annotation: Annotation, fields: Partial<ClaimFields>, now: string): Annotation {
  assertDateTime(now);
  const given = (Object.keys(FIELD_PURPOSE) as (keyof ClaimFields)[]).filter((key) => fields[key] !== undefined);
  const replaced = new Set<string>(given.map((key) => FIELD_PURPOSE[key]));
  const kept = annotation.body.filter((body) => {
    const purpose = isTextualBody(body) ? effectivePurpose(body, annotation) : undefined;
    return purpose === undefined || !replaced.has(purpose);
  });
  return { ...annotation, body: [...kept, ...claimBodies(fields)], modified: now };
}

export interface NewClaim {
  id: string;
  sourceIri: string;
  /** The stored source text (NFC, LF); offsets count its UTF-16 code units. */
  text: string;
  start: number;
  end: number;
  tags: string[];
  now: string;
  /** A display name; stored as a W3C Person, since a bare string creator would mean an IRI. */
  creator?: string;
}

/** A new claim on text[start, end): quote and position selectors, tag bodies, created = modified = now. */
export function createClaimAnnotation(opts: NewClaim): Annotation {
  assertSpan(opts.text, opts.start, opts.end);
  assertDateTime(opts.now);
  if (opts.id === '' || opts.sourceIri === '') throw invalid('a claim needs an id and a source');
  return {
    id: opts.id,
    type: 'Annotation',
    motivation: CLAIM_MOTIVATION,
    ...(opts.creator ? { creator: { type: 'Person', name: opts.creator } } : {}),
    created: opts.now,
    modified: opts.now,
    body: claimBodies({ tags: opts.tags }),
    target: { source: opts.sourceIri, selector: spanSelectors(opts.text, opts.start, opts.end) },
  };
}

/**
 * The span itself may cut between a letter and its harakat (researchers mark parts of words), but not through
 * a surrogate pair: half a character cannot be stored or shown.
 */
function assertSpan(text: string, start: number, end: number): void {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) {
    throw invalid(`a claim needs 0 ≤ start < end ≤ ${text.length} in whole numbers; got start ${start}, end ${end}`);
  }
  if (splitsSurrogatePair(text, start) || splitsSurrogatePair(text, end)) {
    throw invalid(`the span ${start}–${end} cuts a character in half`);
  }
}

function assertDateTime(value: string): void {
  if (Number.isNaN(Date.parse(value))) throw invalid(`${JSON.stringify(value)} is not a date-time`);
}

function invalid(message: string): WorkbenchError {
  return new WorkbenchError('invalid-argument', message);
}
