import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lineAt, lineStarts, linesOf, rangesByLine, segmentLine, sourceLines } from './line-model.ts';

const text = 'السطر الأول\n\nفي 14 يوليو 2011 أجري\nEnglish line';

test('line starts and lookups agree with the text', () => {
  const starts = lineStarts(text);
  assert.deepEqual(starts, [0, 12, 13, 35]);
  assert.equal(lineAt(starts, 0), 0);
  assert.equal(lineAt(starts, 11), 0, 'the line break belongs to the line it ends');
  assert.equal(lineAt(starts, 12), 1);
  assert.equal(lineAt(starts, text.length), 3);
  assert.deepEqual(linesOf(starts, { start: 6, end: 12 }), [0]);
  assert.deepEqual(linesOf(starts, { start: 6, end: 20 }), [0, 1, 2]);
});

test('overlapping claims cut a line into pieces, each naming the claims over it', () => {
  const line = 'في 14 يوليو 2011 أجري';
  const segs = segmentLine(line, 13, [
    { id: 'date', start: 16, end: 29 },
    { id: 'year', start: 25, end: 29 },
    { id: 'other-line', start: 0, end: 5 },
  ]);
  assert.deepEqual(segs, [
    { text: 'في ', ids: [] },
    { text: '14 يوليو ', ids: ['date'] },
    { text: '2011', ids: ['date', 'year'] },
    { text: ' أجري', ids: [] },
  ]);
  assert.equal(segs.map((s) => s.text).join(''), line);
});

test('a claim spanning lines is clipped to each; empty lines have no pieces', () => {
  const starts = lineStarts(text);
  const range = { id: 'x', start: 6, end: 18 };
  const byLine = rangesByLine(starts, [range]);
  assert.deepEqual([...byLine.keys()], [0, 1, 2]);
  assert.deepEqual(segmentLine('', 12, [range]), []);
  assert.deepEqual(
    segmentLine('في 14 يوليو 2011 أجري', 13, [range]).map((s) => s.ids.length),
    [1, 0],
  );
});

test('sourceLines gives each line as split would, the last one included', () => {
  const lines = sourceLines(text);
  assert.equal(lines.count, 4);
  assert.deepEqual(
    Array.from({ length: lines.count }, (_, i) => lines.line(i)),
    text.split('\n'),
  );
  assert.deepEqual(sourceLines('a\n').line(1), '');
});
