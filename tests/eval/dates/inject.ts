// The error injector of the date evaluation. Independent of the detector: it finds its slots with its own
// patterns (slots.ts), chooses errors by their shape (what a typist or a careless editor produces), and never
// asks the detector anything. A trial is one clean text with several errors and a few clean insertions.
//
// One rule decides which errors count (the rest are never injected): a changed year must be visible in
// principle — at least 10 years off, or in a date whose weekday or Hijri counterpart can be checked. A year
// moved by 1–9 years with nothing to check it against is a fact-checking question, not a typo anyone can see.

import { daysIn, hijriYearsOf } from './calendar.ts';
import { insertion } from './insertions.ts';
import {
  digitValue,
  findSlots,
  scriptOf,
  writeDigits,
  type DateSlot,
  type PairSlot,
  type Span,
  type YearSlot,
} from './slots.ts';
import { WEEKDAYS } from './calendar.ts';

export const ERROR_KINDS = [
  'year-digit',
  'year-swap',
  'year-century',
  'year-decade',
  'dateline-year',
  'weekday',
  'weekday-no-year',
  'weekday-relative',
  'impossible-day',
  'hijri-pair',
  'update-before-published',
] as const;
export type ErrorKind = (typeof ERROR_KINDS)[number];

export interface EvalText {
  id: string;
  text: string;
  /** The document's date as a reader finds it (YYYY-MM-DD), for clean insertions. */
  publishedAt: string;
  notYears?: string[];
  /** Real errors already in the text (corpus 003): flags there are right; nothing is injected there. */
  known?: Span[];
}

export interface InjectedError {
  kind: ErrorKind;
  /** Trial offsets of the changed characters and of the date (or pair) they belong to. */
  start: number;
  end: number;
  region: Span;
  original: string;
  injected: string;
  /** Year kinds: the right value is written elsewhere in the text. */
  attested?: boolean;
}

export interface Trial {
  doc: EvalText;
  text: string;
  errors: InjectedError[];
  /** Trial offsets of inserted clean lines and of the text's known errors. */
  insertions: Span[];
  known: Span[];
}

interface Edit {
  start: number;
  end: number;
  text: string;
  error?: Omit<InjectedError, 'start' | 'end' | 'region'> & { region: Span };
}

type Rand = () => number;
const pick = <T>(rand: Rand, xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;

/** Year shapes, on the digits as written (Arabic-Indic digits stay Arabic-Indic). */
export function yearShape(
  value: number,
  shape: 'digit' | 'swap' | 'century' | 'decade',
  rand: Rand,
): number | undefined {
  const d = [...String(value)];
  if (shape === 'digit') {
    const at = Math.floor(rand() * 4);
    const choices = [...'0123456789'].filter((c) => c !== d[at] && !(at === 0 && !'12'.includes(c)));
    d[at] = pick(rand, choices);
  } else if (shape === 'swap') {
    const pairs = [0, 1, 2].filter((i) => d[i] !== d[i + 1] && !(i === 0 && d[1] === '0'));
    if (pairs.length === 0) return undefined;
    const i = pick(rand, pairs);
    [d[i], d[i + 1]] = [d[i + 1]!, d[i]!];
  } else if (shape === 'century') {
    const c = value < 1900 ? 19 : value < 2000 ? 20 : 19;
    return c * 100 + (value % 100);
  } else {
    const v = value + (rand() < 0.5 ? -10 : 10);
    return v >= 1000 && v <= 2099 ? v : undefined;
  }
  const v = Number(d.join(''));
  return v >= 1000 && v <= 2099 && v !== value ? v : undefined;
}

const checkable = (y: YearSlot, pairs: PairSlot[]): boolean =>
  y.date?.weekday !== undefined || pairs.some((p) => p.gregorian === y || p.hijri === y);

const visible = (y: YearSlot, v: number, pairs: PairSlot[]): boolean =>
  Math.abs(v - y.value) >= 10 || checkable(y, pairs);

const overlapsAny = (s: Span, spans: Span[]): boolean => spans.some((k) => s.start < k.end && k.start < s.end);

function yearEdit(text: string, y: YearSlot, v: number, kind: ErrorKind, region: Span, attested?: boolean): Edit {
  const original = text.slice(y.start, y.end);
  const injected = writeDigits(v, y.script);
  return {
    start: y.start,
    end: y.end,
    text: injected,
    error: { kind, original, injected, region, ...(attested === undefined ? {} : { attested }) },
  };
}

const dateRegion = (y: YearSlot): Span => (y.date ? { start: y.date.start, end: y.date.end } : y);

/** One candidate error of `kind` in the text, or undefined when the text has no slot for it. */
function makeError(kind: ErrorKind, doc: EvalText, rand: Rand, taken: Span[]): Edit | undefined {
  const text = doc.text;
  const slots = findSlots(text, doc.notYears);
  const free = <T extends Span>(xs: T[], region: (x: T) => Span) =>
    xs.filter((x) => !overlapsAny(region(x), taken) && !overlapsAny(x, doc.known ?? []));
  const greg = slots.years.filter((y) => y.calendar === 'gregorian');
  if (kind.startsWith('year-')) {
    const shape = kind.slice(5) as 'digit' | 'swap' | 'century' | 'decade';
    const ys = free(
      greg.filter((y) => !y.dateline && !y.update),
      dateRegion,
    );
    if (ys.length === 0) return undefined;
    const y = pick(rand, ys);
    const v = yearShape(y.value, shape, rand);
    if (v === undefined || !visible(y, v, slots.pairs)) return undefined;
    const attested = greg.some((o) => o !== y && o.value === y.value);
    return yearEdit(text, y, v, kind, dateRegion(y), attested);
  }
  if (kind === 'dateline-year') {
    const y = free(
      greg.filter((g) => g.dateline),
      dateRegion,
    )[0];
    if (!y) return undefined;
    const v = yearShape(y.value, pick(rand, ['digit', 'swap', 'century', 'decade'] as const), rand);
    if (v === undefined || !visible(y, v, slots.pairs)) return undefined;
    return yearEdit(text, y, v, kind, dateRegion(y));
  }
  if (kind === 'weekday' || kind === 'weekday-no-year' || kind === 'weekday-relative') {
    const pool =
      kind === 'weekday-relative'
        ? slots.relatives
        : slots.dates.filter((d) => d.weekday && (kind === 'weekday') === (d.year !== undefined));
    const ds = free(pool, (d) => d);
    if (ds.length === 0) return undefined;
    const d = pick(rand, ds);
    const w = d.weekday!;
    const other = pick(
      rand,
      WEEKDAYS.filter((_, i) => i !== w.value),
    );
    return {
      start: w.start,
      end: w.end,
      text: other,
      error: { kind, original: text.slice(w.start, w.end), injected: other, region: { start: d.start, end: d.end } },
    };
  }
  if (kind === 'impossible-day')
    return impossibleDay(
      text,
      free(
        slots.dates.filter((d) => !d.relative),
        (d) => d,
      ),
      rand,
    );
  if (kind === 'hijri-pair') return hijriPair(text, free(slots.pairs, pairRegion), rand);
  return updateBeforePublished(text, slots.years, taken, rand);
}

function impossibleDay(text: string, dates: DateSlot[], rand: Rand): Edit | undefined {
  const options: { d: DateSlot; day: string }[] = [];
  for (const d of dates) {
    const written = text.slice(d.dayStart, d.dayEnd);
    const script = scriptOf(written);
    const ascii = String(digitValue(written)).padStart(written.length, '0');
    const variants = new Set<string>();
    if (ascii.length === 2) variants.add(ascii[1]! + ascii[0]!);
    for (let i = 0; i < ascii.length; i++)
      for (const c of '0123456789') variants.add(ascii.slice(0, i) + c + ascii.slice(i + 1));
    for (const v of variants) {
      const n = Number(v);
      if (n > daysIn(d.month, d.year) && n <= 39) options.push({ d, day: writeDigits(v, script) });
    }
  }
  if (options.length === 0) return undefined;
  const { d, day } = pick(rand, options);
  return {
    start: d.dayStart,
    end: d.dayEnd,
    text: day,
    error: {
      kind: 'impossible-day',
      original: text.slice(d.dayStart, d.dayEnd),
      injected: day,
      region: { start: d.start, end: d.end },
    },
  };
}

const pairRegion = (p: PairSlot): Span => ({ start: p.start, end: Math.max(p.end, p.gregorian.date?.end ?? 0) });

function hijriPair(text: string, pairs: PairSlot[], rand: Rand): Edit | undefined {
  if (pairs.length === 0) return undefined;
  const p = pick(rand, pairs);
  const side = rand() < 0.5 ? p.hijri : p.gregorian;
  const v = yearShape(side.value, rand() < 0.5 ? 'digit' : 'swap', rand);
  if (v === undefined) return undefined;
  const [h, g] = side === p.hijri ? [v, p.gregorian.value] : [p.hijri.value, v];
  if (hijriYearsOf(g).includes(h) || Math.abs(v - side.value) > 60) return undefined; // still agree, or absurd
  return yearEdit(text, side, v, 'hijri-pair', pairRegion(p));
}

function updateBeforePublished(text: string, years: YearSlot[], taken: Span[], rand: Rand): Edit | undefined {
  const update = years.find((y) => y.update);
  const published = years.find((y) => y.dateline && y.calendar === 'gregorian');
  if (!update || !published) return undefined;
  const region = { start: published.date?.start ?? published.start, end: update.date?.end ?? update.end };
  if (overlapsAny(region, taken)) return undefined;
  const v = yearShape(update.value, rand() < 0.7 ? 'digit' : 'swap', rand);
  if (v === undefined || v >= published.value || v < published.value - 10) return undefined;
  return yearEdit(text, update, v, 'update-before-published', region);
}

/** Applies edits (non-overlapping, any order) and maps every error and insertion to trial offsets. */
function apply(doc: EvalText, edits: Edit[]): Trial {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let text = '';
  let at = 0;
  const shifts: { at: number; delta: number }[] = [];
  const errors: InjectedError[] = [];
  const insertions: Span[] = [];
  for (const e of sorted) {
    text += doc.text.slice(at, e.start);
    const start = text.length;
    text += e.text;
    at = e.end;
    shifts.push({ at: e.end, delta: e.text.length - (e.end - e.start) });
    if (e.error) errors.push({ ...e.error, start, end: start + e.text.length });
    else insertions.push({ start, end: start + e.text.length });
  }
  text += doc.text.slice(at);
  // Clean offset → trial offset: add the deltas of the edits that end at or before it.
  const map = (p: number) => p + shifts.filter((s) => s.at <= p).reduce((n, s) => n + s.delta, 0);
  for (const e of errors) e.region = { start: map(e.region.start), end: map(e.region.end) };
  return {
    doc,
    text,
    errors,
    insertions,
    known: (doc.known ?? []).map((k) => ({ start: map(k.start), end: map(k.end) })),
  };
}

export interface TrialOptions {
  /** Errors per trial (uniform in [min, max]); 0 gives a clean trial. */
  errors: [number, number];
  /** Clean insertions per trial (uniform in [min, max]). */
  insertions: [number, number];
}

/** One trial of a text: errors of kinds drawn uniformly among those the text has a slot for. */
export function makeTrial(doc: EvalText, rand: Rand, opts: TrialOptions): Trial {
  const want = opts.errors[0] + Math.floor(rand() * (opts.errors[1] - opts.errors[0] + 1));
  const edits: Edit[] = [];
  const taken: Span[] = [];
  let kinds = [...ERROR_KINDS];
  for (let tries = 0; edits.length < want && kinds.length > 0 && tries < 200; tries++) {
    const kind = pick(rand, kinds);
    let edit: Edit | undefined;
    for (let k = 0; k < 8 && !edit; k++) edit = makeError(kind, doc, rand, taken);
    if (!edit) {
      kinds = kinds.filter((k) => k !== kind);
      continue;
    }
    edits.push(edit);
    taken.push(edit.error!.region, edit);
  }
  const count = opts.insertions[0] + Math.floor(rand() * (opts.insertions[1] - opts.insertions[0] + 1));
  for (let i = 0; i < count; i++) {
    const ins = insertion(doc, rand);
    if (ins && !edits.some((e) => e.start <= ins.start && ins.start < e.end)) edits.push(ins);
  }
  return apply(doc, edits);
}
