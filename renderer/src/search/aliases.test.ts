import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatAliases, parseAliases } from './aliases.ts';

test('alias lines: "=", Arabic and Latin commas separate words; duplicates and blanks are dropped', () => {
  const { groups, invalid } = parseAliases('كندي = كيندي = كينيدي\n\n  خروتشوف، خروشوف \nKennedy, Kenedy, Kennedy\n');
  assert.deepEqual(groups, [
    ['كندي', 'كيندي', 'كينيدي'],
    ['خروتشوف', 'خروشوف'],
    ['Kennedy', 'Kenedy'],
  ]);
  assert.deepEqual(invalid, []);
  assert.deepEqual(parseAliases(formatAliases(groups)).groups, groups, 'formatting round-trips');
});

test('a line with one word (or one word twice) is reported, not saved', () => {
  assert.deepEqual(parseAliases('كندي\nكاسترو = كاسترو\nا = ب').invalid, ['كندي', 'كاسترو = كاسترو']);
});
