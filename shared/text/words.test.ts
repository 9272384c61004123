// Word tokens over normalized text and the spelling-variant checks, on corpus spellings (see the note).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeArabic } from './normalize.ts';
import { levenshtein1, oneTransposition, spellingVariant, words } from './words.ts';

test('words are runs of letters and digits with normalized offsets', () => {
  const text = normalizeArabic('في 14 يوليو، قال: "نعم" (u-2).').text;
  const ws = words(text);
  assert.deepEqual(
    ws.map((w) => w.text),
    ['في', '14', 'يوليو', 'قال', 'نعم', 'u', '2'],
  );
  for (const w of ws) assert.equal(text.slice(w.start, w.end), w.text);
});

test('harakat do not split words once normalized', () => {
  assert.deepEqual(
    words(normalizeArabic('مُحَمَّدٌ كـتـب').text).map((w) => w.text),
    ['محمد', 'كتب'],
  );
});

test('levenshtein1: one substitution, insertion or deletion; not two', () => {
  assert.ok(levenshtein1('السوفيتي', 'السوفييتي'));
  assert.ok(levenshtein1('كاسترو', 'كاستروا'));
  assert.ok(levenshtein1('كندي', 'كيندي'));
  assert.ok(levenshtein1('السلاح', 'السلام'));
  assert.ok(levenshtein1('abc', 'abc'));
  assert.ok(!levenshtein1('abcd', 'abdc'), 'a swap is two Levenshtein edits');
  assert.ok(!levenshtein1('كندي', 'كنديان'));
  assert.ok(!levenshtein1('abc', 'xyc'));
});

test('oneTransposition: neighbouring units swapped once', () => {
  const a = normalizeArabic('الأمريكية').text;
  const b = normalizeArabic('الأميركية').text;
  assert.ok(oneTransposition(a, b));
  assert.ok(!oneTransposition('abcd', 'acbe'));
  assert.ok(!oneTransposition('abcd', 'abcd'));
});

test('spellingVariant only fires when the longer word has 5+ letters', () => {
  assert.ok(spellingVariant('السوفيتي', 'السوفييتي'));
  assert.ok(spellingVariant(normalizeArabic('الأمريكية').text, normalizeArabic('الأميركية').text));
  assert.ok(!spellingVariant('كندي', 'كندا'), 'Kennedy must not become Canada');
  assert.ok(spellingVariant('كندي', 'كيندي'), 'an inserted letter in a 5-letter spelling');
  assert.ok(spellingVariant('كيندي', 'كندي'), 'symmetric');
  assert.ok(!spellingVariant('كيندي', 'كينيدي'.slice(0, 3)), 'two edits apart');
  assert.ok(!spellingVariant('Kenedy', 'Kennedys'), 'two insertions');
  assert.ok(!spellingVariant('كاسترو', 'كاسترو'), 'identical is not a variant');
});
