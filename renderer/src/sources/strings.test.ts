import assert from 'node:assert/strict';
import { test } from 'node:test';
import { claimCount, hasClaimsSentence } from './strings.ts';

test('claim counts take the form their number asks for, in Arabic digits in the Arabic UI', () => {
  assert.deepEqual(
    [0, 1, 2, 3, 10, 11, 100].map((n) => claimCount('ar', n)),
    ['لا ادعاءات', 'ادعاء واحد', 'ادعاءان', '٣ ادعاءات', '١٠ ادعاءات', '١١ ادعاءً', '١٠٠ ادعاء'],
  );
  assert.deepEqual(
    [0, 1, 2, 1200].map((n) => claimCount('en', n)),
    ['no claims', '1 claim', '2 claims', '1,200 claims'],
  );
  assert.equal(hasClaimsSentence('ar', 0), 'ليس فيه ادعاءات.');
  assert.equal(hasClaimsSentence('ar', 2), 'فيه ادعاءان.');
  assert.equal(hasClaimsSentence('en', 0), 'It has no claims.');
});
