// Reads and writes annotation files as W3C Web Annotation JSON-LD (collections, pages, arrays, single annotations).
// Reading accepts every shorthand the model allows; writing produces one canonical form so saved files diff cleanly.

import { WorkbenchError } from '../errors.ts';
import { ANNOTATION_CONTEXT, ANNOTATION_FILE_SCHEMA_VERSION, AnnotationSchema, type Annotation } from './model.ts';
import { findAnnotationIssue } from './jsonld-checks.ts';
import { exportBody, isJsonObject, normalizeAnnotation, type JsonObject } from './jsonld-normalize.ts';

/**
 * Inline pages are followed through `next`; a file with more pages than this is looping or absurd, and
 * stopping beats hanging the import.
 */
const MAX_INLINE_PAGES = 10_000;

/** Ids longer than this are cut in messages; they are for finding the annotation, not for reading whole. */
const MAX_ID_IN_MESSAGE = 80;

export interface AnnotationDocument {
  annotations: Annotation[];
  schemaVersion?: number;
}

/**
 * Accepts an array of annotations, one Annotation, an AnnotationCollection (its first page and inline `next`
 * pages) or an AnnotationPage. `what` names the input in messages, e.g. the file name.
 * Throws WorkbenchError 'file-newer-version' for a newer schemaVersion, 'invalid-argument' for anything else.
 */
export function parseAnnotationDocument(json: unknown, what: string): AnnotationDocument {
  const { items, schemaVersion } = collectItems(json, what);
  const annotations = items.map((item, index) => parseItem(item, index, items.length, what));
  assertUniqueIds(annotations, what);
  return schemaVersion === undefined ? { annotations } : { annotations, schemaVersion };
}

/**
 * The raw items of any accepted document shape, unchecked (imports check them one by one). Throws for a
 * document that is none of those shapes, or whose pages do not add up.
 */
export function collectItems(json: unknown, what: string): { items: unknown[]; schemaVersion?: number } {
  if (Array.isArray(json)) return { items: json };
  if (!isJsonObject(json)) throw notADocument(json, what);
  if (hasType(json, 'Annotation')) return { items: [json] };
  if (!hasType(json, 'AnnotationCollection') && !hasType(json, 'AnnotationPage')) throw notADocument(json, what);
  const schemaVersion = readSchemaVersion(json, what);
  const items = hasType(json, 'AnnotationPage') ? pageChainItems(json, what) : collectionItems(json, what);
  return schemaVersion === undefined ? { items } : { items, schemaVersion };
}

/** JSON-LD allows `type` to be a list; a collection typed ["AnnotationCollection", "OrderedCollection"] counts. */
function hasType(value: JsonObject, type: string): boolean {
  return value.type === type || (Array.isArray(value.type) && value.type.includes(type));
}

function readSchemaVersion(doc: JsonObject, what: string): number | undefined {
  const version = doc.schemaVersion;
  if (version === undefined) return undefined;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw invalid(`${what}: schemaVersion should be a whole number from 1 up, found ${JSON.stringify(version)}`);
  }
  if (version > ANNOTATION_FILE_SCHEMA_VERSION) {
    throw new WorkbenchError(
      'file-newer-version',
      `${what} has annotation file version ${version}; this Claim Workbench reads up to version ` +
        `${ANNOTATION_FILE_SCHEMA_VERSION}. Update the app to open it.`,
    );
  }
  return version;
}

/** `total`, when given, must match what the file holds: a mismatch means pages were left out or cut off. */
function collectionItems(collection: JsonObject, what: string): unknown[] {
  const items = isAbsent(collection.first) ? [] : pageChainItems(collection.first, what);
  const total = collection.total;
  if (typeof total === 'number' && total !== items.length) {
    throw invalid(`${what} says it holds ${total} annotations but includes ${items.length}`);
  }
  return items;
}

function pageChainItems(first: unknown, what: string): unknown[] {
  const items: unknown[] = [];
  const seen = new Set<unknown>();
  for (let page = first, n = 1; !isAbsent(page); page = (page as JsonObject).next, n++) {
    if (seen.has(page) || n > MAX_INLINE_PAGES) throw invalid(`${what}: its pages never end (page ${n} loops back)`);
    seen.add(page);
    items.push(...pageItems(page, n, what));
  }
  return items;
}

/** Some exporters write `"next": null` on the last page; it means the same as leaving `next` out. */
function isAbsent(value: unknown): boolean {
  return value === undefined || value === null;
}

function pageItems(page: unknown, n: number, what: string): unknown[] {
  if (typeof page === 'string') {
    throw invalid(`${what}: page ${n} is only linked (${page}), not included; export with all pages inline`);
  }
  if (!isJsonObject(page) || !hasType(page, 'AnnotationPage')) {
    throw invalid(`${what}: page ${n} should be an object of type "AnnotationPage"`);
  }
  if (!Array.isArray(page.items)) throw invalid(`${what}: page ${n} has no list of items`);
  return page.items;
}

function parseItem(item: unknown, index: number, count: number, what: string): Annotation {
  if (!isJsonObject(item)) {
    throw invalid(`${what}: annotation ${index + 1} of ${count} should be an object, found ${kindOf(item)}`);
  }
  const who = `${what}: ${nameOf(item, index, count)}`;
  const normalized = normalizeAnnotation(item, who);
  const result = AnnotationSchema.safeParse(normalized);
  const problem = findAnnotationIssue(result, normalized);
  if (problem !== undefined || !result.success) throw invalid(`${who}: ${problem}`);
  return result.data;
}

function nameOf(item: JsonObject, index: number, count: number): string {
  const position = `${index + 1} of ${count}`;
  if (typeof item.id !== 'string' || item.id === '') return `annotation ${position}`;
  const id = item.id.length > MAX_ID_IN_MESSAGE ? `${item.id.slice(0, MAX_ID_IN_MESSAGE)}…` : item.id;
  return `annotation ${JSON.stringify(id)} (${position})`;
}

function assertUniqueIds(annotations: readonly Annotation[], what: string): void {
  const firstIndex = new Map<string, number>();
  annotations.forEach((a, index) => {
    const earlier = firstIndex.get(a.id);
    if (earlier !== undefined) {
      throw invalid(
        `${what}: annotation id ${JSON.stringify(a.id)} is used twice (annotations ${earlier + 1} and ` +
          `${index + 1}); ids must be unique`,
      );
    }
    firstIndex.set(a.id, index);
  });
}

function notADocument(json: unknown, what: string): WorkbenchError {
  const found = isJsonObject(json) ? `an object of type ${JSON.stringify(json.type)}` : kindOf(json);
  return invalid(
    `${what} is not a W3C annotation document: expected an Annotation, an AnnotationCollection, an ` +
      `AnnotationPage or a list of annotations, found ${found}`,
  );
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'string' ? 'text' : `a ${typeof value}`;
}

function invalid(message: string): WorkbenchError {
  return new WorkbenchError('invalid-argument', message);
}

/**
 * Pretty JSON-LD (2 spaces, trailing newline) of one AnnotationCollection with a single inline page.
 * Items carry no @context of their own and their keys come in a fixed order, so equal data gives equal bytes.
 * The page has an IRI of its own and names its collection (W3C 5.2: a page MUST have an id); an empty
 * collection has no page at all (a page MUST hold at least one annotation). `mapItem` adapts items for export.
 */
export function serializeAnnotationCollection(
  annotations: Annotation[],
  opts: { id: string; label?: string; mapItem?: (item: JsonObject) => JsonObject },
): string {
  // Never write a file this module would refuse to read back.
  assertUniqueIds(annotations, 'the annotations to save');
  const page = `${opts.id}#page-1`;
  const items = annotations.map((a) => exportItem(a, opts.mapItem));
  const collection = {
    '@context': ANNOTATION_CONTEXT,
    id: opts.id,
    type: 'AnnotationCollection',
    schemaVersion: ANNOTATION_FILE_SCHEMA_VERSION,
    ...(opts.label === undefined ? {} : { label: opts.label }),
    total: annotations.length,
    ...(items.length === 0
      ? {}
      : { first: { id: page, type: 'AnnotationPage', partOf: opts.id, startIndex: 0, items }, last: page }),
  };
  return `${JSON.stringify(collection, null, 2)}\n`;
}

function exportItem(annotation: Annotation, mapItem = (item: JsonObject) => item): unknown {
  const { '@context': _context, ...rest } = annotation;
  return canonicalOrder(mapItem({ ...rest, body: annotation.body.map(exportBody) }));
}

/**
 * Keys the W3C examples put first, in their order; every other key follows alphabetically (by code unit, so the
 * order does not depend on the machine's locale).
 */
const KEY_ORDER = [
  'id',
  'type',
  'motivation',
  'purpose',
  'creator',
  'created',
  'modified',
  'orphanedAt',
  'reattachedFrom',
  'generator',
  'partOf',
  'startIndex',
  'generated',
  'body',
  'target',
  'source',
  'selector',
  'exact',
  'prefix',
  'suffix',
  'start',
  'end',
  'value',
  'format',
  'language',
  'citationUrl',
  'label',
  'appliedTo',
  'state',
  'sourceDate',
  'revision',
  'name',
];

function canonicalOrder(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonicalOrder);
  if (!isJsonObject(value)) return value;
  const keys = Object.keys(value).sort(compareKeys);
  return Object.fromEntries(keys.map((key) => [key, canonicalOrder(value[key])]));
}

function compareKeys(a: string, b: string): number {
  const rank = (key: string) => (KEY_ORDER.includes(key) ? KEY_ORDER.indexOf(key) : KEY_ORDER.length);
  return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
}
