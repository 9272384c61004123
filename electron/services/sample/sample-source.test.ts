// The sample source a first launch shows: its dateline is read as its publication date, and its deliberately
// wrong year is reported as the year (14 March 2019 was a Thursday), not as the weekday beside it.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { detectProvenance } from '../../../shared/provenance/detect.ts';
import { findSuspicions } from '../../../shared/review/suspicions.ts';
import { SAMPLE_TEXT } from './sample-source.ts';

test('the dateline is the publication date; the byline and outlet are read too', () => {
  const p = detectProvenance(SAMPLE_TEXT);
  assert.deepEqual(
    { published: p.publishedAt?.value, author: p.author?.value, outlet: p.outlet?.value },
    { published: '2019-03-15', author: 'سلمى ناصر', outlet: 'نشرة المياه' },
  );
});

test('"الخميس 14 مارس 2091": the year is what differs from the article, so the year is flagged with 2019', () => {
  const s = findSuspicions(SAMPLE_TEXT, undefined, { now: { year: 2026, month: 11, day: 30 } });
  assert.deepEqual(
    s.map((x) => ({ text: x.text, kind: x.kind, level: x.level, suggestion: x.suggestion })),
    [{ text: '2091', kind: 'year-outlier', level: 'high', suggestion: '2019' }],
  );
  assert.match(s[0]!.reason.en, /It is the year that differs from the article/);
  assert.match(s[0]!.reason.ar, /والسنة هي ما يخالف المقال/);
});
