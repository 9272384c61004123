// Citations as W3C linking bodies, in the shapes other tools read and write (docs/annotation-format.md):
// - with a URL: a SpecificResource {purpose: "linking", source: URL, label: bibliographic text};
// - text only: a TextualBody {purpose: "linking", value: text};
// read also: an external web resource {id: URL, purpose: "linking"}, a bare IRI body, and the workbench's
// older TextualBody with a private `citationUrl` (and that form for a URL that is not an absolute IRI, which
// JSON-LD would otherwise resolve against the file's address).

import { isJsonObject, UNTYPED_BODY } from './jsonld-normalize.ts';
import type { Body, TextualBody } from './model.ts';
import { textLanguage } from './text-language.ts';

export interface Citation {
  text: string;
  url?: string;
}

/** RFC 3987 absolute IRI: a scheme, then a colon. */
const ABSOLUTE_IRI = /^[A-Za-z][A-Za-z0-9+.-]*:\S/;

function isAbsoluteIri(url: string): boolean {
  return ABSOLUTE_IRI.test(url.trim());
}

/** The body of one citation (it has text, a URL or both: callers drop empty ones). */
export function citationBody(citation: Citation): Body {
  const text = citation.text;
  const url = citation.url?.trim() ?? '';
  if (url !== '' && isAbsoluteIri(url)) {
    return { type: 'SpecificResource', purpose: 'linking', source: url, ...(hasText(text) ? { label: text } : {}) };
  }
  const body: TextualBody = { type: 'TextualBody', purpose: 'linking', value: text, format: 'text/plain' };
  return { ...body, ...textLanguage(text), ...(url === '' ? {} : { citationUrl: url }) };
}

/** The citation a linking body stands for, or undefined when the body is not one the workbench can show. */
export function readCitation(body: Body): Citation | undefined {
  const record = body as Record<string, unknown>;
  if (body.type === 'TextualBody') {
    const text = typeof record.value === 'string' ? record.value : '';
    const url = typeof record.citationUrl === 'string' ? record.citationUrl : undefined;
    return url === undefined ? { text } : { text, url };
  }
  if (body.type === 'SpecificResource') return withText(iriOf(record.source), labelOf(record) ?? sourceLabel(record));
  return withText(typeof record.id === 'string' ? record.id : undefined, labelOf(record));
}

function withText(url: string | undefined, text: string | undefined): Citation | undefined {
  if (url === undefined && text === undefined) return undefined;
  return url === undefined ? { text: text ?? '' } : { text: text ?? '', url };
}

function iriOf(source: unknown): string | undefined {
  if (typeof source === 'string') return source;
  return isJsonObject(source) && typeof source.id === 'string' ? source.id : undefined;
}

function sourceLabel(record: Record<string, unknown>): string | undefined {
  return isJsonObject(record.source) ? labelOf(record.source) : undefined;
}

/** `label` (rdfs:label) as plain text, or a Dublin Core title some tools use instead. */
function labelOf(record: Record<string, unknown>): string | undefined {
  for (const key of ['label', 'title']) {
    const value = record[key];
    if (typeof value === 'string') return value;
    if (Array.isArray(value) && typeof value[0] === 'string') return value[0];
  }
  return undefined;
}

/** Bodies that are links by nature: resources identified by an IRI rather than embedded text. */
export function isResourceBody(body: Body): boolean {
  return (
    body.type === 'SpecificResource' || body.type === UNTYPED_BODY || !['TextualBody', 'Choice'].includes(body.type)
  );
}

function hasText(value: string | undefined): value is string {
  return value !== undefined && value.trim() !== '';
}
