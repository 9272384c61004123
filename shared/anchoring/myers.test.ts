// Tests for Myers' diff over id sequences: on random sequences with many repeats (like the sentences of a
// duplicated article), the runs rebuild the new sequence and are minimal (checked against a brute-force LCS).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { changedRuns, type Run } from './myers.ts';
import { prng } from './testing/fixtures.ts';

/** The new sequence rebuilt from the old one and the runs. */
function apply(a: number[], b: number[], runs: Run[]): number[] {
  const out: number[] = [];
  let at = 0;
  for (const [a0, a1, b0, b1] of runs) {
    out.push(...a.slice(at, a0), ...b.slice(b0, b1));
    at = a1;
  }
  return [...out, ...a.slice(at)];
}

function lcsLength(a: number[], b: number[]): number {
  const row = new Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    let diagonal = 0;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j] as number;
      row[j] = x === b[j - 1] ? diagonal + 1 : Math.max(above, row[j - 1] as number);
      diagonal = above;
    }
  }
  return row[b.length] as number;
}

test('runs rebuild the new sequence with the fewest deletions and insertions', () => {
  const random = prng(2024);
  for (let round = 0; round < 500; round++) {
    const a = Array.from({ length: Math.floor(random() * 30) }, () => Math.floor(random() * 4));
    const b = a.filter(() => random() > 0.2).map((x) => (random() < 0.1 ? Math.floor(random() * 4) : x));
    const runs = changedRuns(a, b, 1000) ?? assert.fail('within the limit');
    assert.deepEqual(apply(a, b, runs), b, JSON.stringify({ a, b }));
    const edits = runs.reduce((sum, [a0, a1, b0, b1]) => sum + (a1 - a0) + (b1 - b0), 0);
    assert.equal(edits, a.length + b.length - 2 * lcsLength(a, b), JSON.stringify({ a, b }));
    runs.forEach((run, i) => i === 0 || assert.ok(run[0] > (runs[i - 1] as Run)[1], 'runs are apart'));
  }
});

test('identical and empty sequences, and the edit limit', () => {
  assert.deepEqual(changedRuns([1, 2, 3], [1, 2, 3], 10), []);
  assert.deepEqual(changedRuns([], [7], 10), [[0, 0, 0, 1]]);
  assert.deepEqual(changedRuns([7], [], 10), [[0, 1, 0, 0]]);
  assert.equal(changedRuns([1, 2, 3, 4], [5, 6, 7, 8], 3), undefined);
});
