// Tests for the claim view: reading fields from bodies, replacing them, and anchoring a new claim.
// Quote context must never start or end inside a character: checked with harakat, emoji and ZWJ sequences.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AnnotationSchema, positionSelector, quoteSelector, type Annotation } from './model.ts';
import { CLAIM_MOTIVATION, createClaimAnnotation, readClaim, withClaimFields } from './claim.ts';

const SOURCE = 'urn:claim-workbench:source:test-0001';
// Offsets: "14 يوليو 2011" is 10–23, "(u-2)" is 24–29, "كندي" is 30–34.
const TEXT = 'اختبار في 14 يوليو 2011 (u-2) كندي';
const T0 = '2024-05-01T10:00:00.000Z';
const T1 = '2024-05-02T08:30:00.000Z';

function claim(overrides: Partial<Parameters<typeof createClaimAnnotation>[0]> = {}): Annotation {
  return createClaimAnnotation({
    id: 'urn:uuid:c1',
    sourceIri: SOURCE,
    text: TEXT,
    start: 10,
    end: 23,
    tags: ['disputed'],
    now: T0,
    ...overrides,
  });
}

/** Like a Hypothesis export: a purpose-less comment under motivation "commenting", plus other tools' bodies. */
function foreign(): Annotation {
  return {
    id: 'urn:uuid:f1',
    type: 'Annotation',
    motivation: 'commenting',
    created: T0,
    body: [
      { type: 'TextualBody', value: 'التاريخ غير مؤكد', format: 'text/markdown' },
      { type: 'TextualBody', purpose: 'tagging', value: 'disputed' },
      { type: 'TextualBody', purpose: 'commenting', value: 'راجع المصدر' },
      { type: 'SpecificResource', purpose: 'tagging', source: 'http://www.wikidata.org/entity/Q16' },
      { type: 'TextualBody', purpose: 'linking', value: 'الجريدة الرسمية، ص ٣', citationUrl: 'https://e.org/gazette' },
      { type: 'TextualBody', purpose: 'linking', value: 'مقابلة شفهية' },
      { type: 'TextualBody', purpose: 'editing', value: '14 يونيو 2011' },
      { type: 'TextualBody', purpose: 'replying', value: 'موافق' },
    ],
    target: { source: SOURCE, selector: [{ type: 'TextPositionSelector', start: 10, end: 23 }] },
  };
}

test('a new claim quotes the span with its context and position', () => {
  const a = claim();
  assert.deepEqual(quoteSelector(a), {
    type: 'TextQuoteSelector',
    exact: '14 يوليو 2011',
    prefix: 'اختبار في ',
    suffix: ' (u-2) كندي',
  });
  assert.deepEqual(positionSelector(a), { type: 'TextPositionSelector', start: 10, end: 23 });
  assert.equal(a.motivation, CLAIM_MOTIVATION);
  assert.equal(a.created, T0);
  assert.equal(a.modified, T0);
  assert.equal(a.target.source, SOURCE);
  assert.deepEqual(a.body, [{ type: 'TextualBody', purpose: 'tagging', value: 'disputed' }]);
  assert.equal('creator' in a, false);
  assert.ok(AnnotationSchema.safeParse(a).success);
});

test('the creator is stored as a W3C Person', () => {
  assert.deepEqual(claim({ creator: 'سارة' }).creator, { type: 'Person', name: 'سارة' });
});

test('context is at most 32 code units each side', () => {
  const text = `${'أ'.repeat(40)}كندي${'ب'.repeat(40)}`;
  const q = quoteSelector(claim({ text, start: 40, end: 44 }));
  assert.equal(q?.prefix, 'أ'.repeat(32));
  assert.equal(q?.suffix, 'ب'.repeat(32));
});

test('bad spans are refused', () => {
  const bad: [number, number][] = [
    [5, 5],
    [6, 5],
    [-1, 3],
    [30, 35],
    [1.5, 3],
  ];
  for (const [start, end] of bad) {
    assert.throws(() => claim({ start, end }), {
      code: 'invalid-argument',
      message: `a claim needs 0 ≤ start < end ≤ 34 in whole numbers; got start ${start}, end ${end}`,
    });
  }
  assert.throws(() => claim({ now: 'soon' }), { code: 'invalid-argument', message: '"soon" is not a date-time' });
  assert.throws(() => claim({ id: '' }), { code: 'invalid-argument' });
});

test('a span may not cut an emoji in half', () => {
  const text = 'قال 😀 كندي';
  assert.throws(() => claim({ text, start: 5, end: 9 }), {
    code: 'invalid-argument',
    message: 'the span 5–9 cuts a character in half',
  });
  assert.equal(quoteSelector(claim({ text, start: 4, end: 6 }))?.exact, '😀');
});

test('context does not start inside an emoji', () => {
  const text = `😀${'a'.repeat(31)}كندي${'b'.repeat(31)}😀`;
  const q = quoteSelector(claim({ text, start: 33, end: 37 }));
  assert.equal(q?.prefix, 'a'.repeat(31));
  assert.equal(q?.suffix, 'b'.repeat(31));
});

test('context does not start inside a ZWJ family emoji', () => {
  const family = '👨\u200D👩\u200D👧';
  const text = `${family}${'a'.repeat(28)}كندي`;
  assert.equal(quoteSelector(claim({ text, start: 36, end: 40 }))?.prefix, 'a'.repeat(28));
});

test('context keeps harakat with their letters', () => {
  // "شَّ" is a letter with fatha and shadda; cutting after the letter would orphan both marks.
  const before = `شَّ${'م'.repeat(30)}`;
  const after = `${'ن'.repeat(31)}بُّ`;
  const text = `${before}كَلِمَة${after}`;
  const start = before.length;
  const end = start + 'كَلِمَة'.length;
  const q = quoteSelector(claim({ text, start, end }));
  assert.equal(q?.exact, 'كَلِمَة');
  assert.equal(q?.prefix, 'م'.repeat(30), 'prefix drops the marks and their letter');
  assert.equal(q?.suffix, 'ن'.repeat(31), 'suffix drops the letter whose marks would be cut off');
});

test('a span may end between a letter and its haraka (part of a word)', () => {
  const text = 'قَالَ الشَّيْخُ';
  const q = quoteSelector(claim({ text, start: 0, end: 1 }));
  assert.equal(q?.exact, 'ق');
  assert.equal(q?.suffix, 'َالَ الشَّيْخُ');
});

test('readClaim gathers tags, notes, correction and citations; a purpose-less body follows the motivation', () => {
  assert.deepEqual(readClaim(foreign()), {
    tags: ['disputed'],
    note: 'التاريخ غير مؤكد\n\nراجع المصدر',
    correction: '14 يونيو 2011',
    citations: [{ text: 'الجريدة الرسمية، ص ٣', url: 'https://e.org/gazette' }, { text: 'مقابلة شفهية' }],
  });
});

test('readClaim of a fresh claim and of an annotation with several motivations', () => {
  assert.deepEqual(readClaim(claim()), { tags: ['disputed'], note: '', correction: '', citations: [] });
  const mixed = { ...foreign(), motivation: ['commenting', 'tagging'] };
  assert.equal(
    readClaim(mixed).note,
    'التاريخ غير مؤكد\n\nراجع المصدر',
    'a purpose-less TextualBody under two motivations counts as a comment',
  );
  const { motivation: _none, ...hypothesis } = foreign();
  assert.equal(readClaim(hypothesis).note, 'التاريخ غير مؤكد\n\nراجع المصدر', 'so does one under no motivation');
  const tagging = { ...foreign(), motivation: ['highlighting', 'tagging'] };
  assert.deepEqual(readClaim(tagging).tags, ['التاريخ غير مؤكد', 'disputed'], 'the one field motivation decides');
});

test('standard citation bodies are read: SpecificResource, external resource, bare IRI, the old citationUrl', () => {
  const a: Annotation = {
    ...foreign(),
    body: [
      { type: 'SpecificResource', purpose: 'linking', source: 'https://e.org/1', label: 'أرشيف' },
      { type: 'SpecificResource', purpose: 'linking', source: { id: 'https://e.org/2', label: 'Memo' } },
      { type: 'Text', id: 'https://e.org/3', purpose: 'linking', title: 'Report' },
      { type: 'wb:UntypedResource', id: 'https://e.org/4' },
      { type: 'TextualBody', purpose: 'linking', value: 'قديم', citationUrl: 'https://e.org/5' },
    ],
  };
  assert.deepEqual(readClaim(a).citations, [
    { text: 'أرشيف', url: 'https://e.org/1' },
    { text: 'Memo', url: 'https://e.org/2' },
    { text: 'Report', url: 'https://e.org/3' },
    { text: '', url: 'https://e.org/4' },
    { text: 'قديم', url: 'https://e.org/5' },
  ]);
});

test('citations are written as W3C linking bodies; a URL that is no absolute IRI keeps the old form', () => {
  const fields = {
    citations: [
      { text: 'أرشيف البيت الأبيض', url: 'https://e.org/a' },
      { text: '', url: 'https://e.org/b' },
      { text: 'Interview notes' },
      { text: 'Memo', url: 'example.org/memo' },
    ],
  };
  const after = withClaimFields(claim(), fields, T1);
  assert.deepEqual(after.body.slice(1), [
    { type: 'SpecificResource', purpose: 'linking', source: 'https://e.org/a', label: 'أرشيف البيت الأبيض' },
    { type: 'SpecificResource', purpose: 'linking', source: 'https://e.org/b' },
    { type: 'TextualBody', purpose: 'linking', value: 'Interview notes', format: 'text/plain', textDirection: 'ltr' },
    {
      type: 'TextualBody',
      purpose: 'linking',
      value: 'Memo',
      format: 'text/plain',
      textDirection: 'ltr',
      citationUrl: 'example.org/memo',
    },
  ]);
  assert.deepEqual(readClaim(after).citations, [
    { text: 'أرشيف البيت الأبيض', url: 'https://e.org/a' },
    { text: '', url: 'https://e.org/b' },
    { text: 'Interview notes' },
    { text: 'Memo', url: 'example.org/memo' },
  ]);
});

test('an unchanged value keeps its body as another tool wrote it', () => {
  const before = foreign();
  const same = readClaim(before);
  const after = withClaimFields(before, { ...same, note: 'جديد' }, T1);
  assert.ok(after.body.includes(before.body[1]!), 'the tag body is the same object');
  assert.ok(after.body.includes(before.body[4]!), 'the old-form citation is kept as it was');
  assert.ok(!after.body.includes(before.body[0]!), 'the changed note is rewritten');
  assert.deepEqual(readClaim(after), { ...same, note: 'جديد' });
});

test('withClaimFields replaces only the given fields and keeps other bodies', () => {
  const before = foreign();
  const snapshot = structuredClone(before);
  const after = withClaimFields(before, { note: 'ملاحظة جديدة', tags: ['sourced', 'sourced', ''] }, T1);
  assert.deepEqual(before, snapshot, 'the input is not changed');
  assert.equal(after.modified, T1);
  assert.equal(after.created, T0);
  assert.deepEqual(readClaim(after), { ...readClaim(before), note: 'ملاحظة جديدة', tags: ['sourced'] });
  assert.deepEqual(after.body, [
    { type: 'SpecificResource', purpose: 'tagging', source: 'http://www.wikidata.org/entity/Q16' },
    { type: 'TextualBody', purpose: 'linking', value: 'الجريدة الرسمية، ص ٣', citationUrl: 'https://e.org/gazette' },
    { type: 'TextualBody', purpose: 'linking', value: 'مقابلة شفهية' },
    { type: 'TextualBody', purpose: 'editing', value: '14 يونيو 2011' },
    { type: 'TextualBody', purpose: 'replying', value: 'موافق' },
    { type: 'TextualBody', purpose: 'tagging', value: 'sourced' },
    {
      type: 'TextualBody',
      purpose: 'commenting',
      value: 'ملاحظة جديدة',
      format: 'text/plain',
      language: 'ar',
      textDirection: 'rtl',
    },
  ]);
  assert.ok(AnnotationSchema.safeParse(after).success);
});

test('withClaimFields: empty values remove the bodies; fields read back as written', () => {
  const cleared = withClaimFields(foreign(), { note: '  ', correction: '', citations: [{ text: '', url: '' }] }, T1);
  assert.deepEqual(readClaim(cleared), { tags: ['disputed'], note: '', correction: '', citations: [] });
  const fields = {
    tags: ['likely-typo', 'disputed'],
    note: 'سطر أول\nسطر ثان',
    correction: '(u-3)',
    citations: [{ text: 'أرشيف 2011', url: 'https://e.org/a' }, { text: '', url: 'https://e.org/b' }, { text: 'كتاب' }],
  };
  assert.deepEqual(readClaim(withClaimFields(claim(), fields, T1)), fields);
});

test('withClaimFields refuses a bad timestamp', () => {
  assert.throws(() => withClaimFields(claim(), {}, 'later'), { code: 'invalid-argument' });
});
