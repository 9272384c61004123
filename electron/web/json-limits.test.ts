import assert from 'node:assert/strict';
import { test } from 'node:test';
import { nestsDeeperThan } from './json-limits.ts';

test('counts nesting outside strings only, escaped quotes included', () => {
  assert.equal(nestsDeeperThan('[[[]]]', 3), false);
  assert.equal(nestsDeeperThan('[[[[]]]]', 3), true);
  assert.equal(nestsDeeperThan('{"a":"[[[[[[","b":[{}]}', 3), false);
  assert.equal(nestsDeeperThan('{"a":"\\"[[[[[[","b":[]}', 2), false);
  assert.equal(nestsDeeperThan('[1],[2],[3],[4]', 1), false);
  assert.equal(nestsDeeperThan('['.repeat(100_000), 200), true);
});
