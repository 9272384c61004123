// The date evaluation of issue 12, as CI runs it: the suspicion detector on both splits (hand-written articles,
// errors from the independent injector, clean insertions), the table printed, and the targets asserted
// on the held-out split, which no rule was tuned on. The same run writes docs/benchmarks.md's table
// (scripts/eval-dates.ts).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { kindTable, mainTable, missList, TARGETS } from './dates/table.ts';
import { runSplit } from './dates/run.ts';

test('date evaluation: the table on both splits; the targets on the held-out split', { timeout: 120_000 }, (t) => {
  const tuning = runSplit('tuning');
  const held = runSplit('heldOut');
  const table = `${mainTable(tuning, held)}\n\n${kindTable(tuning.sum, held.sum)}`;
  console.log(`\n${table}\n`);
  t.diagnostic(table);
  t.diagnostic(missList(held.score, 30));
  const s = held.sum;
  const precisionHigh = held.score.flags.highRight / Math.max(1, held.score.flags.high);
  const precisionAll = held.score.flags.allRight / Math.max(1, held.score.flags.all);
  assert.ok(precisionHigh >= TARGETS.precisionHigh, `HIGH precision ${precisionHigh.toFixed(2)}`);
  assert.ok(precisionAll >= TARGETS.precisionAll, `all-flag precision ${precisionAll.toFixed(2)}`);
  assert.ok(s.recallAny >= TARGETS.recallAny, `recall at any level ${s.recallAny.toFixed(2)}`);
  assert.ok(s.recallHigh >= TARGETS.recallHigh, `recall at HIGH ${s.recallHigh.toFixed(2)}`);
  assert.ok(s.suggestion >= TARGETS.suggestion, `right suggestion ${s.suggestion.toFixed(2)}`);
  assert.ok(s.weekdayNoYear >= TARGETS.weekdayNoYear, `weekday without year ${s.weekdayNoYear.toFixed(2)}`);
});
