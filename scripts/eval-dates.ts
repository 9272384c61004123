// Prints the date evaluation (tests/eval/dates: hand-written articles, independent error injector) as the
// Markdown tables docs/benchmarks.md keeps. Run: node --import tsx scripts/eval-dates.ts [tuning|held-out|both]
// [--misses]. Rules are tuned on the tuning split only; the held-out figures are for reporting.

import { kindTable, mainTable, missList } from '../tests/eval/dates/table.ts';
import { runSplit } from '../tests/eval/dates/run.ts';

const which = process.argv[2] ?? 'both';
const misses = process.argv.includes('--misses');
const tuning = runSplit('tuning');
if (which === 'tuning') {
  console.log(mainTable(tuning, tuning));
  console.log(kindTable(tuning.sum, tuning.sum));
  if (misses) console.log(missList(tuning.score, 80));
} else {
  const held = runSplit('heldOut');
  console.log(mainTable(tuning, held));
  console.log();
  console.log(kindTable(tuning.sum, held.sum));
  if (misses) console.log(missList(which === 'held-out' ? held.score : tuning.score, 80));
}
