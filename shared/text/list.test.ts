import assert from 'node:assert/strict';
import { test } from 'node:test';
import { joinList } from './list.ts';

test('lists: the Latin comma in English, the Arabic comma in Arabic', () => {
  assert.equal(joinList(['Sourced', 'Disputed'], 'en'), 'Sourced, Disputed');
  assert.equal(joinList(['موثّق', 'محلّ خلاف'], 'ar'), 'موثّق، محلّ خلاف');
  assert.equal(joinList(['one'], 'en'), 'one');
  assert.equal(joinList([], 'ar'), '');
});
