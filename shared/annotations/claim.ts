// The claim view of an annotation (tags, note, correction, citations) and how a new claim is anchored.
// Pure functions over the stored W3C shape: the UI edits ClaimFields, these keep every other body as it was.

import { WorkbenchError } from '../errors.ts';
import { bodyValue, claimBodies, effectivePurpose, FIELD_PURPOSE, type ClaimFields } from './claim-bodies.ts';
import { spanSelectors } from '../anchoring/selectors.ts';
import type { Citation } from './citations.ts';
import type { Annotation, Body } from './model.ts';
import { splitsSurrogatePair } from './text-boundaries.ts';

export type { ClaimFields } from './claim-bodies.ts';

/**
 * A claim is the researcher's assessment of a statement (sourced, disputed, likely typo), which is W3C's
 * "assessing"; "highlighting" would say there is nothing more than the mark. Bodies carry their own purposes.
 */
export const CLAIM_MOTIVATION = 'assessing';

/** Several notes (or corrections) from another tool are shown as one text, separated by a blank line. */
const PARAGRAPH_BREAK = '\n\n';

type Field = keyof ClaimFields;
const FIELDS = Object.keys(FIELD_PURPOSE) as Field[];

/** The bodies the workbench shows as each field, in order; bodies it cannot show are in none. */
function fieldBodies(annotation: Annotation): Map<Field, { body: Body; value: string | Citation }[]> {
  const byField = new Map<Field, { body: Body; value: string | Citation }[]>(FIELDS.map((f) => [f, []]));
  for (const body of annotation.body) {
    const purpose = effectivePurpose(body, annotation);
    const field = FIELDS.find((f) => FIELD_PURPOSE[f] === purpose);
    const value = field && purpose ? bodyValue(body, purpose) : undefined;
    if (field && value !== undefined) byField.get(field)!.push({ body, value });
  }
  return byField;
}

export function readClaim(annotation: Annotation): ClaimFields {
  const byField = fieldBodies(annotation);
  const texts = (field: Field) => byField.get(field)!.map((entry) => entry.value as string);
  return {
    tags: texts('tags'),
    note: texts('note').join(PARAGRAPH_BREAK),
    correction: texts('correction').join(PARAGRAPH_BREAK),
    citations: byField.get('citations')!.map((entry) => entry.value as Citation),
  };
}

/**
 * A copy whose bodies for the given fields are replaced (fields left out stay as they are), other bodies kept in
 * order, replacements appended, and `modified` set to `now`. A value that did not change keeps its body as it
 * was, so another tool's body (or an applied correction's record) survives editing a neighbouring field.
 */
export function withClaimFields(annotation: Annotation, fields: Partial<ClaimFields>, now: string): Annotation {
  assertDateTime(now);
  const byField = fieldBodies(annotation);
  const given = FIELDS.filter((key) => fields[key] !== undefined);
  const replaced = new Set<Body>(given.flatMap((key) => byField.get(key)!.map((entry) => entry.body)));
  const kept = annotation.body.filter((body) => !replaced.has(body));
  const added = given.flatMap((key) => reuseOrWrite(key, fields, byField.get(key)!));
  return { ...annotation, body: [...kept, ...added], modified: now };
}

function reuseOrWrite(
  field: Field,
  fields: Partial<ClaimFields>,
  old: { body: Body; value: string | Citation }[],
): Body[] {
  const fresh = claimBodies({ [field]: fields[field] });
  if (field === 'note' || field === 'correction') {
    const same = old.map((entry) => entry.value).join(PARAGRAPH_BREAK) === (fields[field] ?? '');
    return same && old.length > 0 ? old.map((entry) => entry.body) : fresh;
  }
  const pool = [...old];
  const values: (string | Citation)[] =
    field === 'tags'
      ? [...new Set(fields.tags)].filter((tag) => tag.trim() !== '')
      : (fields.citations ?? []).filter((c) => c.text.trim() !== '' || (c.url ?? '').trim() !== '');
  return fresh.map((body, i) => {
    const k = pool.findIndex((entry) => sameValue(entry.value, values[i]));
    return k === -1 ? body : pool.splice(k, 1)[0]!.body;
  });
}

function sameValue(a: string | Citation, b: string | Citation | undefined): boolean {
  if (typeof a === 'string' || typeof b === 'string' || b === undefined) return a === b;
  return a.text === b.text && (a.url ?? '') === (b.url ?? '');
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
