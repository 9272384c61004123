// Where a mention stands in its text, for the date checks: its paragraph (every non-blank line: web text puts
// one paragraph per line), its sentence, whether its line is a heading, and the words around a year that
// say it is meant to be far from the others (a background year: "منذ عام 1940", "تعود إلى عام 1912") or in
// the future of the article ("بحلول عام 2030", "ستكتمل في عام 1445هـ").

import { normalizeArabic, type Normalized } from '../text/normalize.ts';

export interface TextContext {
  norm: Normalized;
  paragraphOf(offset: number): number;
  sentenceOf(offset: number): number;
  /** The raw line around an offset. */
  lineOf(offset: number): { start: number; end: number };
  /** Normalized words just before (up to `n`) and after a raw span, within its sentence. */
  wordsAround(start: number, end: number, n: number): { before: string[]; after: string[] };
}

/** Binary search over sorted starts: the index of the last start ≤ offset. */
function indexer(starts: number[]): (offset: number) => number {
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
}

export function textContext(text: string): TextContext {
  const norm = normalizeArabic(text);
  const lineStarts: number[] = [0];
  const paraOfLine: number[] = [];
  let para = -1;
  let at = 0;
  for (const line of text.split('\n')) {
    if (line.trim() !== '') para++;
    paraOfLine.push(Math.max(para, 0));
    at += line.length + 1;
    lineStarts.push(at);
  }
  const lineIndex = indexer(lineStarts);
  const sentenceStarts = [0];
  for (const m of text.matchAll(/[.!?؟؛\n]+/gu)) sentenceStarts.push(m.index + m[0].length);
  const sentenceIndex = indexer(sentenceStarts);
  const toNorm = (raw: number) => {
    let lo = 0;
    let hi = norm.toRaw.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (norm.toRaw[mid]! < raw) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return {
    norm,
    paragraphOf: (offset) => paraOfLine[lineIndex(offset)] ?? para,
    sentenceOf: sentenceIndex,
    lineOf: (offset) => {
      const i = lineIndex(offset);
      return { start: lineStarts[i]!, end: Math.max(lineStarts[i]!, lineStarts[i + 1]! - 1) };
    },
    wordsAround: (start, end, n) => {
      const s = sentenceStarts[sentenceIndex(start)]!;
      const e = sentenceStarts[sentenceIndex(end) + 1] ?? text.length;
      const words = (a: number, b: number) => norm.text.slice(toNorm(a), toNorm(b)).match(/[\p{L}\p{N}]+/gu) ?? [];
      // Words after the year, up to the end of its clause: "عام 2015، وتطمح اللجنة …" looks ahead in the next one.
      const clause = text.slice(end, e).search(/[،,؛;]/u);
      return { before: words(s, start).slice(-n), after: words(end, clause < 0 ? e : end + clause).slice(0, n) };
    },
  };
}

/** Words before a year that say the article looks ahead: the year may come after its date. */
const FUTURE = new Set(
  'بحلول المقبل القادم المقبله القادمه خطه رويه مستهدفات استراتيجيه يتوقع متوقع المتوقع توقعات يتوقعون المقرر مقرر سوف تهدف يهدف تطمح يطمح نطمح موعد'.split(
    ' ',
  ),
);
/** "حتى عام 2030", "قبل عام 2020": a deadline when the year is later than the article; right before the year only. */
const DEADLINE = new Set(['حتي', 'قبل']);
/** Nouns starting with س + ي/ت/ن that are not future verbs (سيتم, ستكتمل are; سياسة, سنة are not). */
const NOT_FUTURE = /^(?:سياس|سيار|سيطر|سينا|سينم|سياح|سيد|سيول|سيف|ستين|ستون|سته|ستمايه|ستار|سنه|سنو|سنغ|سنت|سند|سنا)/u;
const futureVerb = (w: string): boolean =>
  /^[وف]?س[يتن]\p{L}{2,}$/u.test(w) && !NOT_FUTURE.test(w.replace(/^[وف]/u, ''));

/** Words before a year that make a far year deliberate: "منذ", "تأسس", "ولد", "يعود إلى", "القرن". */
const BACKGROUND = new Set(
  'منذ قبل يعود تعود يرجع ترجع تاسس تاسست تاسيس اسس اسست مؤسس ولد ولدت المولود مواليد بني بنيت شيد شيدت انشي انشيت انشاء القرن اوايل اواخر مطلع عاصر عهد ابان توفي رحل وفاه'.split(
    ' ',
  ),
);

const bare = (w: string) => w.replace(/^(?:[وف](?=\p{L}{3,}))?(?:[بلك](?=ال))?/u, '');

export function isFutureCued(ctx: TextContext, start: number, end: number, deadlines = true): boolean {
  const { before, after } = ctx.wordsAround(start, end, 5);
  const near = before.slice(-2).map(bare);
  if (near.includes('منذ')) return false; // "منذ عام …" is always the past
  if (deadlines && near.some((w) => DEADLINE.has(w))) return true;
  return [...before, ...after.slice(0, 3)].some((w) => FUTURE.has(bare(w)) || futureVerb(w));
}

export function isBackgroundCued(ctx: TextContext, start: number, end: number): boolean {
  return ctx.wordsAround(start, end, 8).before.some((w) => BACKGROUND.has(bare(w)));
}

/** A heading: a short line (≤ 8 words) without the punctuation that ends a sentence. */
export function isHeading(text: string, ctx: TextContext, offset: number): boolean {
  const { start, end } = ctx.lineOf(offset);
  const line = text.slice(start, end).trim();
  return line.split(/\s+/).length <= 8 && !/[.!?؟،,:]$/u.test(line);
}
