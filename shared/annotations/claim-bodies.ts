// The TextualBodies that carry a claim's fields, and which purpose a body serves.
// Bodies are written with an explicit purpose; on reading, a body without one takes the annotation's motivation.

import type { Annotation, BodyPurpose, TextualBody } from './model.ts';
import type { ClaimFields } from './claim.ts';

/** Which body purpose holds which claim field. */
export const FIELD_PURPOSE = {
  tags: 'tagging',
  note: 'commenting',
  correction: 'editing',
  citations: 'linking',
} as const satisfies Record<keyof ClaimFields, BodyPurpose>;

/**
 * W3C lets a body leave out `purpose`; the annotation's motivation then says what it is for (Hypothesis exports a
 * comment as a purpose-less TextualBody under motivation "commenting"). With several motivations it is unknown.
 */
export function effectivePurpose(body: TextualBody, annotation: Annotation): string | undefined {
  if (body.purpose !== undefined) return body.purpose;
  const motivation = annotation.motivation;
  if (typeof motivation === 'string') return motivation;
  return motivation?.length === 1 ? motivation[0] : undefined;
}

/** The bodies for the given fields, in field order; empty values write no body at all. */
export function claimBodies(fields: Partial<ClaimFields>): TextualBody[] {
  return [
    ...(fields.tags ?? [])
      .filter(isUnique)
      .filter(hasText)
      .map((tag) => textBody('tagging', tag)),
    ...proseBodies('commenting', fields.note),
    ...proseBodies('editing', fields.correction),
    ...(fields.citations ?? []).filter((c) => hasText(c.text) || hasText(c.url)).map(citationBody),
  ];
}

/** Notes and corrections are typed by people as plain text; saying so keeps other tools from rendering HTML. */
function proseBodies(purpose: 'commenting' | 'editing', value: string | undefined): TextualBody[] {
  return hasText(value) ? [{ ...textBody(purpose, value), format: 'text/plain' }] : [];
}

function citationBody(citation: ClaimFields['citations'][number]): TextualBody {
  const body = textBody('linking', citation.text);
  return hasText(citation.url) ? { ...body, citationUrl: citation.url } : body;
}

function textBody(purpose: BodyPurpose, value: string): TextualBody {
  return { type: 'TextualBody', purpose, value };
}

function hasText(value: string | undefined): value is string {
  return value !== undefined && value.trim() !== '';
}

function isUnique(value: string, index: number, all: readonly string[]): boolean {
  return all.indexOf(value) === index;
}
