// Which "also in" links a claim gets: the other sources of every shared sentence its range overlaps, one
// link per source; and the snippets shown for them.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { AlsoIn } from '../../../shared/api/contract.ts';
import { alsoInFor, distinctSources, snippet } from './use-also-in.ts';

const LINKS: AlsoIn[] = [
  {
    start: 0,
    end: 40,
    alsoIn: [
      { sourceId: 'c', start: 5, end: 45 },
      { sourceId: 'b', start: 100, end: 140 },
      { sourceId: 'b', start: 300, end: 340 },
    ],
  },
  { start: 50, end: 90, alsoIn: [{ sourceId: 'b', start: 200, end: 240 }] },
  { start: 95, end: 130, alsoIn: [{ sourceId: 'd', start: 0, end: 35 }] },
];

test('a claim inside one shared sentence links to each other source once, in the workspace order', () => {
  assert.deepEqual(alsoInFor(LINKS, 10, 20, ['a', 'b', 'c', 'd']), [
    { sourceId: 'b', start: 100, end: 140 },
    { sourceId: 'c', start: 5, end: 45 },
  ]);
});

test('a claim over several shared sentences links to the first sentence of each source it reaches', () => {
  assert.deepEqual(alsoInFor(LINKS, 30, 100, ['a', 'd', 'c', 'b']), [
    { sourceId: 'd', start: 0, end: 35 },
    { sourceId: 'c', start: 5, end: 45 },
    { sourceId: 'b', start: 100, end: 140 },
  ]);
});

test('touching is not overlapping; a claim between shared sentences, or an empty range, links nowhere', () => {
  assert.deepEqual(alsoInFor(LINKS, 40, 50, ['a', 'b', 'c', 'd']), []);
  assert.deepEqual(alsoInFor(LINKS, 90, 95, ['a', 'b', 'c', 'd']), []);
  assert.deepEqual(alsoInFor(LINKS, 10, 10, ['a', 'b', 'c', 'd']), []);
  assert.deepEqual(alsoInFor([], 0, 100, ['a']), []);
  assert.deepEqual(
    alsoInFor(LINKS, 89, 91, ['a', 'b']).map((x) => x.sourceId),
    ['b'],
  );
});

test('a source missing from the list (imported meanwhile) still gets its link, last', () => {
  assert.deepEqual(
    alsoInFor(LINKS, 0, 10, ['c']).map((x) => x.sourceId),
    ['c', 'b'],
  );
});

test('distinctSources keeps the first copy in each other source', () => {
  assert.deepEqual(
    distinctSources(LINKS[0]!).map((x) => [x.sourceId, x.start]),
    [
      ['c', 5],
      ['b', 100],
    ],
  );
});

test('snippets: a short sentence whole, a long one cut at a word with an ellipsis, spaces and line breaks folded', () => {
  const text = 'قال: أعلنت الوزارة اليوم.';
  assert.equal(snippet(text, text.indexOf('أعلنت'), text.indexOf('.')), 'أعلنت الوزارة اليوم');
  const folded = 'أعلنت\nالوزارة   اليوم';
  assert.equal(snippet(folded, 0, folded.length), 'أعلنت الوزارة اليوم');
  const long = 'أعلنت وزارة الصحة اليوم عن افتتاح ثلاثة مستشفيات جديدة في المحافظات الجنوبية كلها';
  const cut = snippet(long, 0, long.length, 40);
  assert.ok(cut.endsWith('…'));
  assert.ok(cut.length <= 41);
  assert.ok(long.startsWith(cut.slice(0, -1)), 'cut at a word');
  assert.equal(long[cut.length - 1], ' ', 'the word before the ellipsis is whole');
});
