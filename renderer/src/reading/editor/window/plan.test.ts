import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LineHeights } from './line-heights.ts';
import { containsRanges, inRanges, mergeRanges, planWindow } from './plan.ts';

/** 1,000 lines of 45 characters: one 35 px row each until measured. */
const heights = () => new LineHeights(Array.from({ length: 1000 }, () => 45));

test('heights: estimates, measurements and the line at a y agree', () => {
  const h = heights();
  assert.equal(h.top(10), 350);
  assert.equal(h.lineAt(351), 10);
  assert.equal(h.lineAt(-50), 0, 'above the first line: the first line');
  assert.equal(h.lineAt(1e9), 999, 'below the last line: the last line');
  h.measure(10, 40);
  assert.equal(h.top(11), 390);
  assert.equal(h.lineAt(380), 10);
  assert.equal(h.total(), 999 * 35 + 40);
});

test('a measured wrapped line teaches how many characters fit in a row', () => {
  const h = new LineHeights([400, 400, 10]);
  const before = h.height(1);
  h.measure(0, 35 * 4); // 400 characters in 4 rows: ~114 a row
  assert.equal(before, 35 * 5, 'estimated at 90 characters a row');
  assert.equal(h.height(1), 35 * 4);
  h.forgetMeasurements();
  assert.equal(h.height(0), 35 * 4, 'a new column width forgets heights, not what a row holds');
});

test('lines hidden by a collapsed passage have no height', () => {
  const h = heights();
  h.setOverrides(new Map([5, 6, 7].map((i) => [i, 0])));
  assert.equal(h.top(8), 5 * 35);
  assert.equal(h.height(6), 0);
});

test('the window: the viewport plus the overscan on each side, and the pinned lines', () => {
  const h = heights();
  const plan = planWindow({
    heights: h,
    anchor: { line: 500, offset: 10 },
    viewportPx: 700,
    overscanPx: 350,
    pinned: [3, 4, 999],
  });
  assert.deepEqual(plan, [
    [3, 5],
    [490, 531],
    [999, 1000],
  ]);
  assert.ok(inRanges(plan, 500) && inRanges(plan, 530) && !inRanges(plan, 531) && !inRanges(plan, 100));
});

test('the window skips hidden lines unless pinned, and stops at the ends', () => {
  const h = heights();
  const hidden = new Set([12, 13, 14]);
  const top = planWindow({
    heights: h,
    anchor: { line: 0, offset: -20 },
    viewportPx: 700,
    overscanPx: 350,
    pinned: [13],
    hidden: (line) => hidden.has(line),
  });
  assert.deepEqual(top, [
    [0, 12],
    [13, 14],
    [15, 30],
  ]);
  const end = planWindow({ heights: h, anchor: { line: 990, offset: 0 }, viewportPx: 700, overscanPx: 350 });
  assert.deepEqual(end, [[980, 1000]]);
});

test('range helpers: merging and containment', () => {
  assert.deepEqual(
    mergeRanges([
      [5, 8],
      [0, 2],
      [2, 3],
      [7, 9],
      [4, 4],
    ]),
    [
      [0, 3],
      [5, 9],
    ],
  );
  assert.equal(containsRanges([[0, 100]], [[10, 20]]), true);
  assert.equal(
    containsRanges(
      [
        [0, 10],
        [20, 30],
      ],
      [[5, 25]],
    ),
    false,
  );
});
