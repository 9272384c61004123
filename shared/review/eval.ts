// Evaluation of the suspicion detector on labelled typos injected into real texts. Pure: texts come in,
// numbers go out; the caller reads the corpus. Each trial copies one text, changes ONE year mention (see
// eval-inject.ts) and runs findSuspicions on the copy. Injections keep the length, so every other offset
// (and the known pre-existing typos) stays valid.

import { extractDates } from './dates.ts';
import { findSuspicions } from './suspicions.ts';
import type { OutlierOptions } from './year-outliers.ts';
import {
  makeTypo,
  mulberry32,
  overlaps,
  pickInt,
  targets,
  TYPO_KINDS,
  typoClass,
  type EvalDoc,
  type TypoKind,
} from './eval-inject.ts';

export { TYPO_KINDS, type EvalDoc, type TypoKind } from './eval-inject.ts';

/** One injected typo and what the detector said. */
export interface Trial {
  docId: string;
  start: number;
  original: string;
  typo: string;
  kind: TypoKind;
  /** Level of the flag on the typo, if any. */
  flagged?: 'high' | 'low';
  /** HIGH flags elsewhere that are not known typos: false alarms. */
  falseHigh: string[];
  /** HIGH flags on known typos (right, but not about the injection). */
  knownHigh: number;
  detectable: boolean;
  inReach: boolean;
}

export interface EvalResult {
  seed: number;
  trials: number;
  /** HIGH flags that are right / all HIGH flags, counting the known typos' flags as right in every trial. */
  precisionHigh: number;
  /** The same without the known typos' flags: only the injected typo can make a HIGH flag right. */
  precisionHighInjected: number;
  /** Injected typos flagged at any level / at HIGH. */
  recallAny: number;
  recallHigh: number;
  /** Recall over the detectable typos and over those in the note's reach, and how many there were. */
  detectable: number;
  recallDetectable: number;
  inReach: number;
  recallInReach: number;
  byKind: Record<TypoKind, { injected: number; flagged: number }>;
}

export interface EvalOptions {
  seed: number;
  trials: number;
  outliers?: OutlierOptions;
}

/** Runs the injections of one seed. */
export function runTrials(docs: EvalDoc[], opts: EvalOptions): Trial[] {
  const rand = mulberry32(opts.seed);
  const pool = targets(docs);
  const out: Trial[] = [];
  for (let guard = 0; out.length < opts.trials && guard < opts.trials * 20 && pool.length; guard++) {
    const target = pool[pickInt(rand, pool.length)]!;
    const kind = TYPO_KINDS[pickInt(rand, TYPO_KINDS.length)]!;
    const original = target.doc.text.slice(target.start, target.end);
    const typo = makeTypo(original, kind, rand);
    if (typo === undefined) continue;
    const text = target.doc.text.slice(0, target.start) + typo + target.doc.text.slice(target.end);
    const flags = findSuspicions(text, extractDates(text), opts.outliers);
    const known = target.doc.known ?? [];
    const high = flags.filter((f) => f.level === 'high' && !overlaps(f, target));
    const trial: Trial = {
      docId: target.doc.id,
      start: target.start,
      original,
      typo,
      kind,
      falseHigh: high.filter((f) => !known.some((k) => overlaps(f, k))).map((f) => f.text),
      knownHigh: high.filter((f) => known.some((k) => overlaps(f, k))).length,
      ...typoClass(target, Number(typo)),
    };
    const hit = flags.filter((f) => overlaps(f, target));
    if (hit.length) trial.flagged = hit.some((f) => f.level === 'high') ? 'high' : 'low';
    out.push(trial);
  }
  return out;
}

const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);
const count = <T>(xs: T[], p: (x: T) => boolean): number => xs.filter(p).length;

/** Aggregates trials into precision and recall figures. */
export function score(seed: number, trials: Trial[]): EvalResult {
  const injectedHigh = count(trials, (t) => t.flagged === 'high');
  const falseHigh = trials.reduce((n, t) => n + t.falseHigh.length, 0);
  const knownHigh = trials.reduce((n, t) => n + t.knownHigh, 0);
  const within = (p: (t: Trial) => boolean) => trials.filter(p);
  const recall = (ts: Trial[]) =>
    ratio(
      count(ts, (t) => t.flagged !== undefined),
      ts.length,
    );
  const byKind = Object.fromEntries(
    TYPO_KINDS.map((k) => {
      const ts = within((t) => t.kind === k);
      return [k, { injected: ts.length, flagged: count(ts, (t) => t.flagged !== undefined) }];
    }),
  ) as EvalResult['byKind'];
  return {
    seed,
    trials: trials.length,
    precisionHigh: ratio(injectedHigh + knownHigh, injectedHigh + knownHigh + falseHigh),
    precisionHighInjected: ratio(injectedHigh, injectedHigh + falseHigh),
    recallAny: recall(trials),
    recallHigh: ratio(injectedHigh, trials.length),
    detectable: within((t) => t.detectable).length,
    recallDetectable: recall(within((t) => t.detectable)),
    inReach: within((t) => t.inReach).length,
    recallInReach: recall(within((t) => t.inReach)),
    byKind,
  };
}

/** runTrials + score. */
export function evaluateSuspicions(docs: EvalDoc[], opts: EvalOptions): EvalResult {
  return score(opts.seed, runTrials(docs, opts));
}
