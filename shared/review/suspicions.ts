// Values that are probably typos, for the reviewer to confirm: never corrected automatically. Each comes with
// a reason in English and Arabic, and a suggestion when one candidate fits clearly best. The checks read the
// document's own date (document-time.ts), the years it talks about (year-model.ts) and every date form.

import { weekdayOf, type Ymd } from './calendar.ts';
import { dualMonthMismatch, impossibleDate, inferYear, relativeWeekday, weekdayWithoutYear } from './day-checks.ts';
import { extractDates, type DateMention } from './dates.ts';
import { findDocumentTime, type DocumentTime } from './document-time.ts';
import { findRelativeWeekdays } from './relative-dates.ts';
import { textContext } from './text-context.ts';
import { updateBeforePublished } from './pair-checks.ts';
import type { Finding } from './year-check.ts';
import { yearFindings, type YearVerdicts } from './year-pass.ts';
import { YearModel } from './year-model.ts';

export interface Suspicion extends Finding {
  text: string;
}

export { daysInMonth } from './calendar.ts';

export interface SuspicionOptions {
  /** Today (default: the clock): no article is dated after it. */
  now?: Ymd;
  /** The publication date the researcher confirmed, when it differs from (or is missing in) the text. */
  published?: Ymd;
}

function today(): Ymd {
  const d = new Date();
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** The document's dates, with the researcher's publication date in place of the detected one. */
function documentTime(text: string, mentions: DateMention[], published?: Ymd): DocumentTime {
  const time = findDocumentTime(text, mentions);
  if (!published) return time;
  const same = time.published && time.published.year === published.year && time.published.month === published.month;
  if (same) return time;
  const { published: _detected, ...rest } = time;
  // A confirmed date outranks the dateline: the dateline is then checked as a body date, not as the reference.
  return {
    ...rest,
    published: { ...published, mention: undefined!, lineStart: -1, lineEnd: -1, from: 'published-line' },
  };
}

/** All suspicions in a text, in text order. Pass mentions when they are already extracted. */
export function findSuspicions(
  text: string,
  mentions: DateMention[] = extractDates(text),
  opts: SuspicionOptions = {},
): Suspicion[] {
  const ctx = textContext(text);
  const time = documentTime(text, mentions, opts.published);
  const now = opts.now ?? today();
  const relatives = findRelativeWeekdays(text);
  const model = new YearModel(ctx, text, mentions, time, now, relatives);
  const maxYear = Math.max(now.year, model.reference ?? 0) + 60;
  const years = yearFindings(model, maxYear, time);
  const found: Finding[] = [...years.findings];
  const datelineFlagged = model.reference !== time.published?.year;
  const ref = referenceTime(time, model.reference);
  const upd = datelineFlagged ? undefined : updateBeforePublished(text, time);
  if (upd) found.push(upd);
  found.push(...dayFindings(mentions, model, years, ref, ctx, opts.published !== undefined));
  for (const rel of relatives) {
    const f = relativeWeekday(rel, ref, corroborated(model, ref, opts.published !== undefined));
    if (f) found.push(f);
  }
  return dedupe(found).map((f) => ({ ...f, text: text.slice(f.start, f.end), ...digitsLike(text, f) }));
}

/**
 * Whether the article's date is confirmed by more than its dateline's digits: the researcher, the dateline's
 * own weekday, another weekday the date fixes ("أمس الثلاثاء" holding), or a news article's own years ending
 * just before it. A weekday that fails against an unconfirmed date may be the date's fault: LOW then.
 */
function corroborated(model: YearModel, ref: DocumentTime, confirmed: boolean): boolean {
  const p = ref.published;
  if (!p) return false;
  if (confirmed) return true;
  const w = p.mention?.weekday;
  if (w !== undefined && p.mention?.calendar !== 'hijri' && weekdayOf(p.year, p.month, p.day) === w) return true;
  return model.weekdaysElsewhere(p.year).hold >= 1 || model.datelineFitsBody(p.year);
}

/** Impossible days, weekdays of dates without a year, dual months: the checks of each dated mention. */
function dayFindings(
  mentions: DateMention[],
  model: YearModel,
  years: YearVerdicts,
  ref: DocumentTime,
  ctx: ReturnType<typeof textContext>,
  confirmed: boolean,
): Finding[] {
  const out: Finding[] = [];
  const sure = corroborated(model, ref, confirmed);
  for (const m of mentions) {
    if (m.month === undefined || m.day === undefined || m.calendar === 'hijri') continue;
    // The paragraph's years as the checks trust them (a year corrected at HIGH counts as corrected).
    const earlier = model.slots.flatMap((s, i) =>
      s.role === 'body' && s.para === ctx.paragraphOf(m.start) && s.end <= m.start ? [years.trusted(i)] : [],
    );
    const inferred = m.year === undefined ? inferYear(m, earlier, ref) : undefined;
    const f =
      impossibleDate(m, m.year ?? inferred?.year, ref, sameMonthDays(mentions, m, ctx)) ??
      (inferred && weekdayWithoutYear(m, inferred, ref, sure)) ??
      dualMonthMismatch(m);
    if (f) out.push(f);
  }
  return out;
}

/** The days of the other dates of m's month (and year) in its paragraph. */
function sameMonthDays(mentions: DateMention[], m: DateMention, ctx: ReturnType<typeof textContext>): number[] {
  const para = ctx.paragraphOf(m.start);
  return mentions
    .filter((o) => o !== m && o.month === m.month && o.year === m.year && o.day !== undefined && o.calendar !== 'hijri')
    .filter((o) => ctx.paragraphOf(o.start) === para && o.day! <= 31)
    .map((o) => o.day!);
}

/** The document's dates with the publication year the checks trust (none when the dateline is doubtful). */
function referenceTime(time: DocumentTime, year: number | undefined): DocumentTime {
  if (!time.published || year === time.published.year) return time;
  const { published, ...rest } = time;
  return year === undefined ? rest : { ...rest, published: { ...published, year } };
}

/** Overlapping findings: the HIGH one, else the first. */
function dedupe(found: Finding[]): Finding[] {
  const sorted = [...found].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Finding[] = [];
  for (const f of sorted) {
    const clash = out.findIndex((o) => o.start < f.end && f.start < o.end);
    if (clash < 0) out.push(f);
    else if (f.level === 'high' && out[clash]!.level === 'low') out[clash] = f;
  }
  return out;
}

/** A suggestion in the digits the text uses there ("٢٠١٩" for "٢٠٩١"), padded as written ("05"). */
function digitsLike(text: string, f: Finding): { suggestion?: string } {
  if (f.suggestion === undefined || !/^\d+$/.test(f.suggestion)) return {};
  const written = text.slice(f.start, f.end);
  const padded = f.suggestion.padStart(/^[0٠۰]/.test(written) ? written.length : 0, '0');
  const base = /[\u0660-\u0669]/.test(written) ? 0x0660 : /[\u06F0-\u06F9]/.test(written) ? 0x06f0 : 0;
  return { suggestion: base ? padded.replace(/\d/g, (d) => String.fromCharCode(base + Number(d))) : padded };
}
