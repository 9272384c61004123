import assert from 'node:assert/strict';
import { test } from 'node:test';
import { correctionTarget } from './correction.ts';

function applyCorrection(quote: string, correction: string): string {
  const { start, end } = correctionTarget(quote, correction);
  return quote.slice(0, start) + correction + quote.slice(end);
}

test('a fix typed alone replaces the part of the quote it is closest to', () => {
  const quote = '14 يوليو 2011';
  assert.deepEqual(correctionTarget(quote, '2001'), { start: 9, end: 13 });
  assert.equal(applyCorrection(quote, '2001'), '14 يوليو 2001');
  assert.equal(applyCorrection('في عام 2020 أعلن', '2002'), 'في عام 2002 أعلن');
});

test('a whole corrected quote, or a fix unlike any part, replaces the whole quote', () => {
  assert.equal(applyCorrection('14 يوليو 2011', '14 يوليو 2001'), '14 يوليو 2001');
  assert.deepEqual(correctionTarget('كيندي', 'Kennedy'), { start: 0, end: 5 });
  assert.deepEqual(correctionTarget('الرئيس كيندي', 'ترامب'), { start: 0, end: 12 });
});
