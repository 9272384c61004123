// The bodies that carry a claim's fields, and which purpose a body serves.
// Bodies are written with an explicit purpose, a format and the text's language and direction. On reading, a
// TextualBody without a purpose takes the annotation's motivation, and else counts as a comment (Hypothesis writes
// its notes as purpose-less bodies with no motivation at all); a resource body (SpecificResource, an external
// resource, a bare IRI) without one is a link.

import { citationBody, isResourceBody, readCitation, type Citation } from './citations.ts';
import type { Annotation, Body, BodyPurpose, TextualBody } from './model.ts';
import { textLanguage } from './text-language.ts';

export interface ClaimFields {
  tags: string[];
  note: string;
  correction: string;
  citations: Citation[];
}

/** Which body purpose holds which claim field. */
export const FIELD_PURPOSE = {
  tags: 'tagging',
  note: 'commenting',
  correction: 'editing',
  citations: 'linking',
} as const satisfies Record<keyof ClaimFields, BodyPurpose>;

const FIELD_PURPOSES: readonly string[] = Object.values(FIELD_PURPOSE);

export function effectivePurpose(body: Body, annotation: Annotation): string | undefined {
  const own = (body as { purpose?: unknown }).purpose;
  if (typeof own === 'string') return own;
  if (body.type === 'Choice') return choicePurpose(body) ?? motivationPurpose(annotation);
  if (isResourceBody(body)) return FIELD_PURPOSE.citations;
  return motivationPurpose(annotation);
}

/** The one field purpose among the motivations, else a comment. */
function motivationPurpose(annotation: Annotation): string {
  const list = Array.isArray(annotation.motivation) ? annotation.motivation : [annotation.motivation];
  const known = list.filter((m): m is string => typeof m === 'string' && FIELD_PURPOSES.includes(m));
  return known.length === 1 ? known[0]! : FIELD_PURPOSE.note;
}

function choicePurpose(body: Body): string | undefined {
  const first = choiceItems(body)[0] as { purpose?: unknown } | undefined;
  return typeof first?.purpose === 'string' ? first.purpose : undefined;
}

function choiceItems(body: Body): Body[] {
  const items = (body as { items?: unknown }).items;
  return Array.isArray(items) ? (items as Body[]) : [];
}

/**
 * The text of a textual body: a TextualBody's value, or of a Choice (the form imports use to keep a note's
 * original Markdown or HTML beside its plain text) the first plain-text item's.
 */
export function bodyText(body: Body): string | undefined {
  if (body.type === 'TextualBody') {
    const value = (body as { value?: unknown }).value;
    return typeof value === 'string' ? value : undefined;
  }
  if (body.type !== 'Choice') return undefined;
  const items = choiceItems(body).filter((item) => item.type === 'TextualBody');
  const plain = items.find((item) => (item as { format?: unknown }).format === 'text/plain') ?? items[0];
  return plain ? bodyText(plain) : undefined;
}

/** The field value a body holds for its purpose (undefined: the workbench does not show this body). */
export function bodyValue(body: Body, purpose: string): string | Citation | undefined {
  if (purpose === FIELD_PURPOSE.citations) return readCitation(body);
  return bodyText(body);
}

/** The bodies for the given fields, in field order; empty values write no body at all. */
export function claimBodies(fields: Partial<ClaimFields>): Body[] {
  return [
    ...(fields.tags ?? []).filter(isUnique).filter(hasText).map(tagBody),
    ...proseBodies('commenting', fields.note),
    ...proseBodies('editing', fields.correction),
    ...(fields.citations ?? []).filter((c) => hasText(c.text) || hasText(c.url)).map(citationBody),
  ];
}

function tagBody(tag: string): TextualBody {
  return { type: 'TextualBody', purpose: 'tagging', value: tag };
}

/** Notes and corrections are typed by people as plain text; saying so keeps other tools from rendering HTML. */
function proseBodies(purpose: 'commenting' | 'editing', value: string | undefined): TextualBody[] {
  if (!hasText(value)) return [];
  return [{ type: 'TextualBody', purpose, value, format: 'text/plain', ...textLanguage(value) }];
}

function hasText(value: string | undefined): value is string {
  return value !== undefined && value.trim() !== '';
}

function isUnique(value: string, index: number, all: readonly string[]): boolean {
  return all.indexOf(value) === index;
}
