import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lineDirection } from './line-direction.ts';

test('an Arabic source keeps its lines RTL, even one that starts with a Latin name', () => {
  assert.equal(lineDirection('قال الرئيس في 14 يوليو 2011', 'rtl'), 'rtl');
  assert.equal(lineDirection('CNN قالت إن الاختبار نجح', 'rtl'), 'rtl');
  assert.equal(lineDirection('', 'rtl'), 'rtl');
  assert.equal(lineDirection('2022/11/18 — ***', 'rtl'), 'rtl');
});

test('a line with only Latin letters runs LTR in an Arabic source, and the reverse', () => {
  assert.equal(lineDirection('The test was held on July 14, 2001.', 'rtl'), 'ltr');
  assert.equal(lineDirection('Water for Life', 'rtl'), 'ltr');
  assert.equal(lineDirection('مرحبا بالعالم', 'ltr'), 'rtl');
  assert.equal(lineDirection('Putin said «نعم» twice', 'ltr'), 'ltr');
});
