// Scoring a date detector on injected errors: which flags are right (they touch an injected error, a known
// real error), which errors were flagged and at what level, and whether the suggestion restores the original.
// The detector is a plain function of the text, so this file knows nothing of how it works.

import { mulberry32 } from '../../../shared/random/prng.ts';
import { ERROR_KINDS, makeTrial, type ErrorKind, type EvalText, type InjectedError, type Trial } from './inject.ts';
import type { Span } from './slots.ts';

interface Flag extends Span {
  level: 'high' | 'low';
  /** Replacement for [start, end). */
  suggestion?: string;
  /** What the detector says it is (for the lists of misses and false alarms). */
  kind?: string;
}
export type Detector = (text: string) => Flag[];

interface ErrorOutcome {
  error: InjectedError;
  trial: Trial;
  docId: string;
  level?: 'high' | 'low';
  suggestionRight: boolean;
  context: string;
}

interface FalseFlag {
  docId: string;
  flag: Flag;
  context: string;
  /** On a text with no injected error at all. */
  clean: boolean;
  /** The trial's injected errors, for reading a false flag in its context. */
  errors: string;
  trial: Trial;
}

export interface Score {
  texts: number;
  trials: number;
  outcomes: ErrorOutcome[];
  flags: { high: number; highRight: number; all: number; allRight: number };
  falseFlags: FalseFlag[];
  /** Flags on the clean texts and on clean texts with clean insertions: every one is a false alarm. */
  clean: { runs: number; high: number; all: number };
}

const touches = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/** Digits in one script and hamza-on-alef folded: a suggestion "2019" restores "٢٠١٩". */
const canonical = (s: string): string =>
  s
    .replace(/[\u0660-\u0669]/g, (c) => String(c.charCodeAt(0) - 0x0660))
    .replace(/[\u06F0-\u06F9]/g, (c) => String(c.charCodeAt(0) - 0x06f0))
    .replace(/[أإآ]/g, 'ا')
    // "5 يونيو" restores "05 يونيو": the same day.
    .replace(/(?<!\d)0+(?=\d)/g, '');

function restores(trial: Trial, e: InjectedError, f: Flag): boolean {
  if (f.suggestion === undefined) return false;
  const fixed = trial.text.slice(0, f.start) + f.suggestion + trial.text.slice(f.end);
  const expected = trial.text.slice(0, e.start) + e.original + trial.text.slice(e.end);
  return canonical(fixed) === canonical(expected);
}

const context = (text: string, s: Span): string =>
  `${text.slice(Math.max(0, s.start - 30), s.start)}⟦${text.slice(s.start, s.end)}⟧${text.slice(s.end, s.end + 20)}`.replace(
    /\n/g,
    ' ⏎ ',
  );

/** Scores one trial into `score`. */
function scoreTrial(trial: Trial, flags: Flag[], score: Score): void {
  const clean = trial.errors.length === 0;
  for (const f of flags) {
    const right = trial.errors.some((e) => touches(f, e.region)) || trial.known.some((k) => touches(f, k));
    score.flags.all++;
    if (f.level === 'high') score.flags.high++;
    if (right) {
      score.flags.allRight++;
      if (f.level === 'high') score.flags.highRight++;
    } else
      score.falseFlags.push({
        docId: trial.doc.id,
        flag: f,
        context: context(trial.text, f),
        clean,
        errors: trial.errors.map((e) => `${e.kind} ${e.original}→${e.injected}`).join('; '),
        trial,
      });
  }
  for (const e of trial.errors) {
    const hits = flags.filter((f) => touches(f, e.region));
    const level = hits.some((f) => f.level === 'high') ? 'high' : hits.length ? 'low' : undefined;
    score.outcomes.push({
      error: e,
      trial,
      docId: trial.doc.id,
      ...(level ? { level } : {}),
      suggestionRight: hits.some((f) => restores(trial, e, f)),
      context: context(trial.text, e),
    });
  }
}

export interface EvalOptions {
  seed: number;
  /** Trials with errors, per text. */
  trialsPerText: number;
  /** Clean runs with clean insertions, per text (plus one run on the text as written). */
  cleanRunsPerText: number;
}

export function evaluate(docs: EvalText[], detect: Detector, opts: EvalOptions): Score {
  const rand = mulberry32(opts.seed);
  const score: Score = {
    texts: docs.length,
    trials: 0,
    outcomes: [],
    flags: { high: 0, highRight: 0, all: 0, allRight: 0 },
    falseFlags: [],
    clean: { runs: 0, high: 0, all: 0 },
  };
  for (const doc of docs) {
    for (let i = 0; i < opts.trialsPerText; i++) {
      const trial = makeTrial(doc, rand, { errors: [2, 4], insertions: [0, 2] });
      score.trials++;
      scoreTrial(trial, detect(trial.text), score);
    }
    for (let i = 0; i <= opts.cleanRunsPerText; i++) {
      const trial = makeTrial(doc, rand, { errors: [0, 0], insertions: i === 0 ? [0, 0] : [1, 3] });
      const before = score.falseFlags.length;
      const flags = detect(trial.text);
      scoreTrial(trial, flags, score);
      const wrong = score.falseFlags.slice(before);
      score.clean.runs++;
      score.clean.all += wrong.length;
      score.clean.high += wrong.filter((f) => f.flag.level === 'high').length;
    }
  }
  return score;
}

export interface Summary {
  precisionHigh: number;
  precisionAll: number;
  recallAny: number;
  recallHigh: number;
  suggestion: number;
  weekdayNoYear: number;
  errors: number;
  byKind: Record<ErrorKind, { n: number; any: number; high: number; suggestion: number }>;
}

const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);

export function summarize(s: Score): Summary {
  const o = s.outcomes;
  const byKind = Object.fromEntries(
    ERROR_KINDS.map((k) => {
      const ks = o.filter((x) => x.error.kind === k);
      return [
        k,
        {
          n: ks.length,
          any: ratio(ks.filter((x) => x.level).length, ks.length),
          high: ratio(ks.filter((x) => x.level === 'high').length, ks.length),
          suggestion: ratio(ks.filter((x) => x.suggestionRight).length, ks.length),
        },
      ];
    }),
  ) as Summary['byKind'];
  return {
    precisionHigh: ratio(s.flags.highRight, s.flags.high),
    precisionAll: ratio(s.flags.allRight, s.flags.all),
    recallAny: ratio(o.filter((x) => x.level).length, o.length),
    recallHigh: ratio(o.filter((x) => x.level === 'high').length, o.length),
    suggestion: ratio(o.filter((x) => x.suggestionRight).length, o.length),
    weekdayNoYear: byKind['weekday-no-year'].any,
    errors: o.length,
    byKind,
  };
}
