// One imported annotation (already in the workbench's JSON-LD terms) made into a claim on the chosen source, or
// the reason it cannot be: a page note, a reply, no text selector, another document, a quote not in the text,
// or a shape the model refuses. The claim keeps every body and property of the original; its target becomes
// the workbench's selectors on this source's text, with the original target's source kept as `via`.

import { anchorAnnotation } from '../../../shared/anchoring/anchor.ts';
import { spanSelectors } from '../../../shared/anchoring/selectors.ts';
import { findAnnotationIssue } from '../../../shared/annotations/jsonld-checks.ts';
import { isJsonObject, normalizeAnnotation, type JsonObject } from '../../../shared/annotations/jsonld-normalize.ts';
import { AnnotationSchema, type Annotation } from '../../../shared/annotations/model.ts';
import { plainBodies } from './plain-bodies.ts';

type SkipReason =
  | 'not-an-annotation'
  | 'reply'
  | 'page-note'
  | 'no-text-selector'
  | 'other-document'
  | 'quote-not-found'
  | 'invalid'
  | 'unknown-context'
  | 'duplicate-id';

export type Converted = { ok: true; annotation: Annotation } | { ok: false; reason: SkipReason; detail: string };

export interface ImportTarget {
  sourceIri: string;
  text: string;
  /** The document IRI the file's annotations are taken to be about (see documentOf). */
  document: string | undefined;
}

const TEXT_SELECTORS = ['TextQuoteSelector', 'TextPositionSelector'];
const MAX_QUOTE_IN_DETAIL = 60;

export function convertItem(item: JsonObject, target: ImportTarget): Converted {
  if (!types(item).includes('Annotation')) return skip('not-an-annotation', `its type is ${JSON.stringify(item.type)}`);
  if (motivations(item).includes('replying')) return skip('reply', 'it replies to another annotation');
  const targets = targetsOf(item);
  const withText = targets.filter((t) => textSelectors(t).length > 0);
  if (withText.length === 0) {
    const others = targets.flatMap((t) => selectorsOf(t).map((s) => String(s.type)));
    if (others.length === 0) return skip('page-note', 'it is about the whole document (no selector)');
    return skip('no-text-selector', `its selectors (${[...new Set(others)].join(', ')}) do not select text`);
  }
  const mine = withText.filter((t) => target.document === undefined || sourceOf(t) === target.document);
  if (mine.length === 0) return skip('other-document', `it is about ${sourceOf(withText[0]!) ?? 'another document'}`);
  const chosen = mine[0]!;
  const probe = { id: 'probe', type: 'Annotation', body: [], target: { source: 'x', selector: textSelectors(chosen) } };
  const span = anchorAnnotation(probe as unknown as Annotation, target.text);
  if (!span) return skip('quote-not-found', `its quote «${shorten(quoteOf(chosen))}» is not in this source`);
  const via = sourceOf(chosen);
  const item2 = {
    ...item,
    ...dates(item),
    body: plainBodies(item),
    target: {
      source: target.sourceIri,
      selector: spanSelectors(target.text, span.start, span.end),
      ...(via && via !== target.sourceIri ? { via } : {}),
    },
  };
  let normalized: JsonObject;
  try {
    normalized = normalizeAnnotation(item2, 'annotation');
  } catch (error) {
    return skip('invalid', (error as Error).message.replace(/^annotation /, ''));
  }
  const result = AnnotationSchema.safeParse(normalized);
  const problem = findAnnotationIssue(result, normalized);
  if (!result.success || problem) return skip('invalid', problem ?? 'the annotation is not valid');
  return { ok: true, annotation: result.data };
}

/** The document most of the file's text annotations are about: the one the researcher is importing into. */
export function documentOf(items: readonly JsonObject[], known: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const item of items) {
    for (const t of targetsOf(item)) {
      const source = sourceOf(t);
      if (source === undefined || textSelectors(t).length === 0) continue;
      if (known.includes(source)) return source;
      counts.set(source, (counts.get(source) ?? 0) + 1);
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

function skip(reason: SkipReason, detail: string): Converted {
  return { ok: false, reason, detail };
}

function types(item: JsonObject): string[] {
  return (Array.isArray(item.type) ? item.type : [item.type]).filter((t): t is string => typeof t === 'string');
}

function motivations(item: JsonObject): string[] {
  const m = item.motivation;
  return (Array.isArray(m) ? m : [m]).filter((x): x is string => typeof x === 'string');
}

function targetsOf(item: JsonObject): (JsonObject | string)[] {
  const list = Array.isArray(item.target) ? item.target : [item.target];
  return list.filter((t): t is JsonObject | string => typeof t === 'string' || isJsonObject(t));
}

function sourceOf(target: JsonObject | string): string | undefined {
  if (typeof target === 'string') return target;
  const source = target.source;
  if (typeof source === 'string') return source;
  return isJsonObject(source) && typeof source.id === 'string' ? source.id : undefined;
}

function selectorsOf(target: JsonObject | string): JsonObject[] {
  if (typeof target === 'string') return [];
  const list = Array.isArray(target.selector) ? target.selector : [target.selector];
  return list.filter(isJsonObject);
}

/** Quote and position selectors, their text in NFC like the stored text (another tool may have written NFD). */
function textSelectors(target: JsonObject | string): JsonObject[] {
  return selectorsOf(target)
    .filter((s) => TEXT_SELECTORS.includes(String(s.type)))
    .map((s) => {
      if (s.type !== 'TextQuoteSelector') return s;
      const nfc = (v: unknown) => (typeof v === 'string' ? v.normalize('NFC') : v);
      return { ...s, exact: nfc(s.exact), prefix: nfc(s.prefix), suffix: nfc(s.suffix) };
    });
}

function quoteOf(target: JsonObject | string): string {
  const quote = selectorsOf(target).find((s) => s.type === 'TextQuoteSelector');
  return typeof quote?.exact === 'string' ? quote.exact : '';
}

/** W3C 3.3.1: times MUST be in UTC with "Z"; other tools write offsets ("+00:00"). Unreadable ones stay. */
function dates(item: JsonObject): JsonObject {
  const out: JsonObject = {};
  for (const key of ['created', 'modified', 'generated']) {
    const value = item[key];
    if (typeof value === 'string' && !Number.isNaN(Date.parse(value))) out[key] = new Date(value).toISOString();
  }
  return out;
}

function shorten(text: string): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > MAX_QUOTE_IN_DETAIL ? `${one.slice(0, MAX_QUOTE_IN_DETAIL)}…` : one;
}
