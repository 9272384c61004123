// Tests for reading every W3C document form, normalising shorthand, lossless round trips and import messages.
// Fixtures are Arabic claims with the properties other tools add that the workbench does not know.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ANNOTATION_FILE_SCHEMA_VERSION } from './model.ts';
import { parseAnnotationDocument, serializeAnnotationCollection } from './jsonld.ts';
import { UNTYPED_BODY } from './jsonld-normalize.ts';

const SOURCE = 'urn:claim-workbench:source:test-0001';
// Offsets: "14 يوليو 2011" is 10–23, "(u-2)" is 24–29, "كندي" is 30–34.
const TEXT = 'اختبار في 14 يوليو 2011 (u-2) كندي';

/** Everything another tool might send: unknown keys at every level, a SpecificResource, a bare IRI body. */
function richAnnotation(): Record<string, unknown> {
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: 'urn:uuid:rich',
    type: 'Annotation',
    motivation: ['assessing', 'tagging'],
    creator: { type: 'Person', name: 'سارة', nickname: 'sara' },
    created: '2024-05-01T10:00:00Z',
    'x-reviewed': { by: 'lead', level: 2 },
    body: [
      { type: 'TextualBody', purpose: 'tagging', value: 'disputed' },
      { type: 'TextualBody', purpose: 'commenting', value: 'التاريخ غير مؤكد', language: 'ar', 'x-private': true },
      {
        type: 'SpecificResource',
        purpose: 'identifying',
        source: 'http://www.wikidata.org/entity/Q16',
        'x-score': 0.8,
      },
      'http://example.org/related-post',
    ],
    target: {
      source: SOURCE,
      'x-page': 3,
      selector: [
        { type: 'CssSelector', value: '#p3' },
        { type: 'TextQuoteSelector', exact: TEXT.slice(10, 23), prefix: TEXT.slice(0, 10), suffix: TEXT.slice(23) },
        { type: 'TextPositionSelector', start: 10, end: 23, 'x-unit': 'utf16' },
      ],
    },
  };
}

/** W3C shorthand: bodyValue, a one-element target array, a single selector object. */
function shorthandAnnotation(): Record<string, unknown> {
  return {
    id: 'urn:uuid:short',
    type: 'Annotation',
    motivation: 'commenting',
    bodyValue: 'ملاحظة قصيرة',
    target: [{ source: SOURCE, selector: { type: 'TextPositionSelector', start: 30, end: 34 } }],
  };
}

/** A highlight: no body at all. */
function bareAnnotation(): Record<string, unknown> {
  return {
    id: 'urn:uuid:bare',
    type: 'Annotation',
    motivation: 'highlighting',
    target: { source: SOURCE, selector: { type: 'TextQuoteSelector', exact: '(u-2)' } },
  };
}

const three = () => [richAnnotation(), shorthandAnnotation(), bareAnnotation()];
const page = (items: unknown[], next?: unknown) => ({ type: 'AnnotationPage', items, ...(next ? { next } : {}) });

/** The same three annotations in every document form the reader accepts. */
const FORMS: Record<string, () => unknown> = {
  array: () => three(),
  page: () => page(three()),
  collection: () => ({
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: 'urn:x:c',
    type: 'AnnotationCollection',
    total: 3,
    first: page(three()),
  }),
  'collection with inline next pages': () => {
    const [a, b, c] = three();
    return { type: ['AnnotationCollection', 'OrderedCollection'], first: page([a], page([b], page([c]))) };
  },
};

function parse(json: unknown) {
  return parseAnnotationDocument(json, 'claims.json').annotations;
}

test('every document form yields the same annotations', () => {
  const expected = parse(three());
  for (const [name, make] of Object.entries(FORMS)) assert.deepEqual(parse(make()), expected, name);
});

test('a single annotation is a document of one; a one-element type list is that type', () => {
  assert.deepEqual(parse(richAnnotation()), parse([richAnnotation()]));
  assert.deepEqual(parse({ ...bareAnnotation(), type: ['Annotation'] }), parse([bareAnnotation()]));
});

test('unknown properties survive at every level; the item @context is dropped', () => {
  const [rich] = parse([richAnnotation()]);
  const expected: Record<string, unknown> = { ...richAnnotation(), body: [...(richAnnotation().body as unknown[])] };
  delete expected['@context'];
  (expected.body as unknown[])[3] = { id: 'http://example.org/related-post', type: UNTYPED_BODY };
  assert.deepEqual(rich, expected);
});

test('shorthand becomes the stored shape', () => {
  const [short, bare] = parse([shorthandAnnotation(), bareAnnotation()]);
  assert.deepEqual(short?.body, [{ type: 'TextualBody', value: 'ملاحظة قصيرة' }]);
  assert.equal('bodyValue' in (short ?? {}), false);
  assert.deepEqual(short?.target, { source: SOURCE, selector: [{ type: 'TextPositionSelector', start: 30, end: 34 }] });
  assert.deepEqual(bare?.body, []);
  assert.deepEqual(bare?.target.selector, [{ type: 'TextQuoteSelector', exact: '(u-2)' }]);
});

test('bodies without a type: a value makes a TextualBody, an id alone is kept as an untyped resource', () => {
  const json = { ...bareAnnotation(), body: [{ value: 'نص', purpose: 'commenting' }, { id: 'http://e.org/x' }] };
  const [a] = parse(json);
  assert.deepEqual(a?.body, [
    { type: 'TextualBody', value: 'نص', purpose: 'commenting' },
    { id: 'http://e.org/x', type: UNTYPED_BODY },
  ]);
});

test('round trip is lossless for every form: parse(serialize(parse(x))) equals parse(x)', () => {
  const all = { ...FORMS, single: () => richAnnotation() };
  for (const [name, make] of Object.entries(all)) {
    const once = parse(make());
    const text = serializeAnnotationCollection(once, { id: 'urn:x:export', label: 'مطالبات' });
    assert.deepEqual(parse(JSON.parse(text)), once, name);
  }
});

test('serialize writes a canonical collection', () => {
  const text = serializeAnnotationCollection(parse(three()), { id: 'urn:x:export', label: 'مطالبات' });
  assert.ok(text.startsWith('{\n  "@context": [\n'));
  assert.ok(text.endsWith('}\n') && !text.endsWith('\n\n'));
  const doc = JSON.parse(text);
  assert.deepEqual(Object.keys(doc), ['@context', 'id', 'type', 'schemaVersion', 'label', 'total', 'first', 'last']);
  assert.equal(doc.schemaVersion, ANNOTATION_FILE_SCHEMA_VERSION);
  assert.equal(doc.total, 3);
  assert.deepEqual(Object.keys(doc.first), ['id', 'type', 'partOf', 'startIndex', 'items']);
  assert.equal(doc.first.id, 'urn:x:export#page-1', 'the page has its own IRI (W3C: a page MUST have one)');
  assert.equal(doc.first.partOf, 'urn:x:export');
  assert.equal(doc.last, doc.first.id);
  const [rich] = doc.first.items;
  assert.deepEqual(Object.keys(rich), [
    'id',
    'type',
    'motivation',
    'creator',
    'created',
    'body',
    'target',
    'x-reviewed',
  ]);
  assert.equal(rich.body[3], 'http://example.org/related-post', 'a bare IRI body is written back as a string');
  assert.deepEqual(Object.keys(rich.target), ['source', 'selector', 'x-page']);
  assert.equal(
    doc.first.items.some((item: object) => '@context' in item),
    false,
  );
  assert.ok(text.includes('"التاريخ غير مؤكد"'), 'Arabic is written as text, not escapes');
});

test('an empty collection has no page: a W3C page holds at least one annotation', () => {
  const doc = JSON.parse(serializeAnnotationCollection([], { id: 'urn:x:empty' }));
  assert.equal(doc.total, 0);
  assert.equal('first' in doc, false);
  assert.deepEqual(parseAnnotationDocument(doc, 'empty').annotations, []);
});

test('serialize leaves out an absent label and gives equal bytes for equal data', () => {
  const [rich] = parse([richAnnotation()]);
  assert.ok(rich);
  const reversed = Object.fromEntries(Object.entries(rich).reverse()) as typeof rich;
  const a = serializeAnnotationCollection([rich], { id: 'urn:x:e' });
  assert.equal(a, serializeAnnotationCollection([reversed], { id: 'urn:x:e' }));
  assert.equal('label' in JSON.parse(a), false);
});

test('an empty collection round-trips', () => {
  const text = serializeAnnotationCollection([], { id: 'urn:x:empty' });
  assert.deepEqual(parseAnnotationDocument(JSON.parse(text), 'empty.json'), { annotations: [], schemaVersion: 1 });
});

test('a null first or next page ends the collection', () => {
  const doc = { type: 'AnnotationCollection', first: { ...page([bareAnnotation()]), next: null } };
  assert.equal(parse(doc).length, 1);
  assert.deepEqual(parse({ type: 'AnnotationCollection', total: 0, first: null }), []);
});

test('schemaVersion is reported for collections and pages, absent for arrays', () => {
  const doc = { type: 'AnnotationCollection', schemaVersion: 1, first: page(three()) };
  assert.equal(parseAnnotationDocument(doc, 'c.json').schemaVersion, 1);
  assert.equal('schemaVersion' in parseAnnotationDocument(three(), 'a.json'), false);
});

test('a newer schemaVersion is refused with both versions named', () => {
  const doc = { type: 'AnnotationCollection', schemaVersion: 2, first: page([{ nonsense: true }]) };
  assert.throws(() => parseAnnotationDocument(doc, 'claims.json'), {
    code: 'file-newer-version',
    message:
      'claims.json has annotation file version 2; this Claim Workbench reads up to version 1. Update the app to open it.',
  });
});

/** Asserts an invalid-argument WorkbenchError with exactly this message. */
function assertInvalid(json: unknown, message: string): void {
  assert.throws(() => parseAnnotationDocument(json, 'claims.json'), {
    name: 'WorkbenchError',
    code: 'invalid-argument',
    message,
  });
}

const withTarget = (target: unknown) => ({ ...bareAnnotation(), target });

test('missing target', () => {
  const { target: _t, ...noTarget } = bareAnnotation();
  assertInvalid([noTarget], 'claims.json: annotation "urn:uuid:bare" (1 of 1): target is missing');
});

test('selector end before start', () => {
  const json = [
    richAnnotation(),
    withTarget({ source: SOURCE, selector: { type: 'TextPositionSelector', start: 9, end: 4 } }),
  ];
  assertInvalid(
    json,
    'claims.json: annotation "urn:uuid:bare" (2 of 2): target → selector #1: TextPositionSelector end must not be before start',
  );
});

test('wrong annotation type and wrong value types', () => {
  const multi = parseAnnotationDocument({ ...bareAnnotation(), type: ['Annotation', 'Note'] }, 'claims.json');
  assert.deepEqual(multi.annotations[0]!.type, ['Annotation', 'Note'], 'W3C: "Annotation" must be one of the types');
  assertInvalid(
    [{ ...bareAnnotation(), type: ['Note', 'Comment'] }],
    'claims.json: annotation "urn:uuid:bare" (1 of 1): type: is a list of types without "Annotation"',
  );
  assertInvalid(
    { type: 'Note' },
    'claims.json is not a W3C annotation document: expected an Annotation, an AnnotationCollection, an AnnotationPage or a list of annotations, found an object of type "Note"',
  );
  assertInvalid(
    [{ ...bareAnnotation(), type: 'Note' }],
    'claims.json: annotation "urn:uuid:bare" (1 of 1): type should be "Annotation"',
  );
  assertInvalid(
    [{ ...bareAnnotation(), body: { type: 'TextualBody', value: 5 } }],
    'claims.json: annotation "urn:uuid:bare" (1 of 1): body #1 → value should be text',
  );
  assertInvalid([{ ...bareAnnotation(), id: 7 }], 'claims.json: annotation 1 of 1: id should be text');
  assertInvalid(
    [{ ...bareAnnotation(), created: 'yesterday' }],
    'claims.json: annotation "urn:uuid:bare" (1 of 1): created: not a date-time',
  );
});

test('several problems are counted after the first', () => {
  const json = [{ id: 'urn:uuid:x', type: 'Note', target: { source: '', selector: [] } }];
  assertInvalid(
    json,
    'claims.json: annotation "urn:uuid:x" (1 of 1): type should be "Annotation" (and 2 more problems)',
  );
});

test('targets: several, none, or a whole resource are refused', () => {
  const t = { source: SOURCE, selector: { type: 'TextQuoteSelector', exact: 'كندي' } };
  assertInvalid(
    [withTarget([t, t])],
    'claims.json: annotation "urn:uuid:bare" (1 of 1) has 2 targets; the workbench anchors exactly one',
  );
  assertInvalid(
    [withTarget([])],
    'claims.json: annotation "urn:uuid:bare" (1 of 1) has no target; the workbench anchors exactly one',
  );
  assertInvalid(
    [withTarget(SOURCE)],
    `claims.json: annotation "urn:uuid:bare" (1 of 1) targets the whole resource ${SOURCE} without a selector; the workbench anchors text spans`,
  );
  assertInvalid(
    [withTarget({ source: SOURCE, selector: [] })],
    'claims.json: annotation "urn:uuid:bare" (1 of 1): target → selector must have at least one entry',
  );
});

test('duplicate ids are refused when reading and when writing', () => {
  assertInvalid(
    [bareAnnotation(), richAnnotation(), bareAnnotation()],
    'claims.json: annotation id "urn:uuid:bare" is used twice (annotations 1 and 3); ids must be unique',
  );
  const [bare] = parse([bareAnnotation()]);
  assert.ok(bare);
  assert.throws(() => serializeAnnotationCollection([bare, bare], { id: 'urn:x' }), { code: 'invalid-argument' });
});

test('documents that are not annotations', () => {
  assertInvalid(
    42,
    'claims.json is not a W3C annotation document: expected an Annotation, an AnnotationCollection, an AnnotationPage or a list of annotations, found a number',
  );
  assertInvalid(
    null,
    'claims.json is not a W3C annotation document: expected an Annotation, an AnnotationCollection, an AnnotationPage or a list of annotations, found null',
  );
  assertInvalid(['urn:uuid:1'], 'claims.json: annotation 1 of 1 should be an object, found text');
  assertInvalid(
    { type: 'AnnotationCollection', schemaVersion: '1' },
    'claims.json: schemaVersion should be a whole number from 1 up, found "1"',
  );
});

test('pages that are linked rather than included, broken pages and a wrong total', () => {
  const linked = { type: 'AnnotationCollection', first: page([bareAnnotation()], 'http://e.org/page2') };
  assertInvalid(
    linked,
    'claims.json: page 2 is only linked (http://e.org/page2), not included; export with all pages inline',
  );
  assertInvalid(
    { type: 'AnnotationCollection', first: { type: 'AnnotationPage' } },
    'claims.json: page 1 has no list of items',
  );
  assertInvalid(
    { type: 'AnnotationCollection', first: { items: [] } },
    'claims.json: page 1 should be an object of type "AnnotationPage"',
  );
  const short = { type: 'AnnotationCollection', total: 5, first: page(three()) };
  assertInvalid(short, 'claims.json says it holds 5 annotations but includes 3');
});

test('the input is not changed', () => {
  const json = three();
  const before = JSON.stringify(json);
  parse(json);
  assert.equal(JSON.stringify(json), before);
});
