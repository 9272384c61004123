// One evaluation run of the suspicion detector on both splits, with the seed and sizes CI uses; the test and
// scripts/eval-dates.ts both call it, so the table in CI and the one in docs/benchmarks.md are the same run.

import { findSuspicions } from '../../../shared/review/suspicions.ts';
import { loadSplit } from './fixtures.ts';
import { evaluate, summarize, type Detector, type Score, type Summary } from './score.ts';

const SEED = 12;
const TRIALS_PER_TEXT = 40;
const CLEAN_RUNS_PER_TEXT = 10;
/** "Today" for the checks, fixed so the run is the same on any day (no article is dated after it). */
const NOW = { year: 2026, month: 11, day: 30 };

/** The app's detector as the evaluation sees it: spans, levels, suggestions. */
const appDetector: Detector = (text) =>
  findSuspicions(text, undefined, { now: NOW }).map((s) => ({
    start: s.start,
    end: s.end,
    level: s.level,
    kind: s.kind,
    ...(s.suggestion === undefined ? {} : { suggestion: s.suggestion }),
  }));

export function runSplit(split: 'tuning' | 'heldOut', detect: Detector = appDetector): { score: Score; sum: Summary } {
  const score = evaluate(loadSplit(split), detect, {
    seed: SEED + (split === 'tuning' ? 0 : 1000),
    trialsPerText: TRIALS_PER_TEXT,
    cleanRunsPerText: CLEAN_RUNS_PER_TEXT,
  });
  return { score, sum: summarize(score) };
}
