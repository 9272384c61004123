import assert from 'node:assert/strict';
import { test } from 'node:test';
import { snapClaimRange } from './claim-range.ts';

const slice = (text: string, r: { start: number; end: number } | null) => (r ? text.slice(r.start, r.end) : null);

test('trims spaces and line breaks at both edges, keeps them inside', () => {
  const text = 'أول\n  قال الرئيس  \nثم';
  assert.equal(slice(text, snapClaimRange(text, 3, 17)), 'قال الرئيس');
  const twoLines = 'سطر أول\nسطر ثان';
  assert.equal(slice(twoLines, snapClaimRange(twoLines, 4, 11)), 'أول\nسطر');
});

test('a start on a haraka moves past it; an end before a haraka takes it along', () => {
  const text = 'كَتَبَ الدرسَ';
  // start at 1 is the fatha of kaf: the kaf stays out, so the fatha does too.
  assert.deepEqual(snapClaimRange(text, 1, 3), { start: 2, end: 4 });
  assert.equal(slice(text, snapClaimRange(text, 7, 12)), 'الدرسَ');
});

test('nothing readable left gives null; reversed ranges are ordered', () => {
  assert.equal(snapClaimRange('  \n ', 0, 4), null);
  assert.equal(snapClaimRange('بَ', 1, 2), null);
  assert.deepEqual(snapClaimRange('abc def', 7, 4), { start: 4, end: 7 });
});

test('never splits a surrogate pair', () => {
  const text = 'x😀y';
  assert.deepEqual(snapClaimRange(text, 2, 4), { start: 3, end: 4 });
});
