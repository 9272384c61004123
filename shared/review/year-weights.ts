// What the year model weighs, and how much: where else a value is written (attestation), how near it falls to
// the years around it (proximity), and what it contradicts (violations). The numbers were chosen on the tuning
// split of the date evaluation (tests/eval/dates, docs/benchmarks.md), never on the held-out one.

export type Violation =
  | 'after-publication'
  | 'far-future'
  | 'forecast-in-past'
  | 'weekdays-elsewhere'
  | 'after-today'
  | 'weekday'
  | 'calendar-pair'
  | 'range-order'
  | 'sequence'
  | 'before-body';

/** Where else the value is written (the strongest support), and how near it falls to the years around. */
export type Attestation = 'same-paragraph' | 'nearby' | 'frequent' | 'elsewhere' | 'far-off' | 'none';
export type Proximity = 'near-local' | 'within-span' | 'recent' | 'close' | 'none';

export interface Fit {
  value: number;
  score: number;
  support: Attestation;
  proximity: Proximity;
  violations: Violation[];
}

/** A forecast ("بحلول عام 2030") may look this far ahead: beyond 20 years it is unusual, beyond 40 a typo. */
export const FORECAST_SOFT = 20;
export const FORECAST_HARD = 40;

/** Weights, chosen on the tuning split (see docs/benchmarks.md). */
export const ATTESTATION: Record<Attestation, number> = {
  'same-paragraph': 3,
  nearby: 2.5,
  frequent: 2,
  elsewhere: 1,
  'far-off': 0.5,
  none: 0,
};
/** Paragraphs apart beyond which the same year written again is weak support ('far-off'). */
export const FAR_PARAGRAPHS = 4;
/** A year written this many times elsewhere is one the text is about. */
export const FREQUENT = 3;
export const PROXIMITY: Record<Proximity, number> = {
  'near-local': 1.5,
  'within-span': 1.5,
  recent: 1.5,
  close: 1,
  none: 0,
};
/** A span of local years this wide or less is a cluster a value can fall inside. */
export const TIGHT_SPAN = 12;
export const PENALTY: Record<Violation, number> = {
  'after-publication': 4,
  'far-future': 1.5,
  'forecast-in-past': 3,
  'weekdays-elsewhere': 2,
  'after-today': 5,
  weekday: 3,
  'calendar-pair': 3,
  'range-order': 3,
  sequence: 2,
  'before-body': 3,
};
