// The date evaluation of issue 12, as CI runs it: the suspicion detector on both splits (hand-written articles,
// errors from the independent injector, clean insertions), the table printed, and the issue's targets checked
// on the held-out split, which no rule was tuned on (docs/benchmarks.md keeps the same run's table).
//
// Four of the six targets are met and asserted at the issue's level. Two are NOT met (recall at any level,
// target 0.9, measured ≈ 0.80; recall at HIGH, target 0.6, measured ≈ 0.596): they are asserted at a floor just
// under today's figure so they cannot slip back unseen, and printed as not met. Lowering a floor needs a reason.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { kindTable, mainTable, missList, TARGETS } from './dates/table.ts';
import { runSplit } from './dates/run.ts';

/** Where the two unmet targets stand today (held-out, seed 12): regression floors, not targets. */
const FLOORS = { recallAny: 0.78, recallHigh: 0.58 } as const;

test('date evaluation: the table on both splits; the targets on the held-out split', { timeout: 180_000 }, (t) => {
  const tuning = runSplit('tuning');
  const held = runSplit('heldOut');
  const table = `${mainTable(tuning, held)}\n\n${kindTable(tuning.sum, held.sum)}`;
  const s = held.sum;
  const unmet = (['recallAny', 'recallHigh'] as const)
    .filter((k) => s[k] < TARGETS[k])
    .map((k) => `${k} ${s[k].toFixed(3)} < target ${TARGETS[k]} (NOT MET)`);
  console.log(`\n${table}\n${unmet.length ? `\nTargets not met on the held-out split: ${unmet.join('; ')}\n` : ''}`);
  t.diagnostic(table);
  t.diagnostic(missList(held.score, 30));
  const precisionHigh = held.score.flags.highRight / Math.max(1, held.score.flags.high);
  const precisionAll = held.score.flags.allRight / Math.max(1, held.score.flags.all);
  assert.ok(precisionHigh >= TARGETS.precisionHigh, `HIGH precision ${precisionHigh.toFixed(3)}`);
  assert.ok(precisionAll >= TARGETS.precisionAll, `all-flag precision ${precisionAll.toFixed(3)}`);
  assert.ok(s.suggestion >= TARGETS.suggestion, `right suggestion ${s.suggestion.toFixed(3)}`);
  assert.ok(s.weekdayNoYear >= TARGETS.weekdayNoYear, `weekday without year ${s.weekdayNoYear.toFixed(3)}`);
  assert.ok(s.recallAny >= FLOORS.recallAny, `recall at any level ${s.recallAny.toFixed(3)} fell below its floor`);
  assert.ok(s.recallHigh >= FLOORS.recallHigh, `recall at HIGH ${s.recallHigh.toFixed(3)} fell below its floor`);
  assert.equal(held.score.clean.high, 0, 'no HIGH flag on a clean held-out text');
});
