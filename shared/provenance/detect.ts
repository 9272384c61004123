// A source's provenance as its text states it: publication and update dates (review/document-time.ts), the
// byline ("بقلم: …", "كتب: …", "By …"), the outlet (a credit line "المصدر: …" / "Source: …", an agency
// dateline "القاهرة - (رويترز) -", "جدة - واس", the site after a page stamp "… / مأرب برس - وكالات"), a URL
// on a credit line, and the language by script. Every value keeps the raw offsets it was read at.

import { normalizeArabic } from '../text/normalize.ts';
import { nonBlankLines, type TextLine } from '../text/lines.ts';
import type { DateMention } from '../review/dates.ts';
import { extractDates } from '../review/dates.ts';
import { findDocumentTime, type DocumentDate } from '../review/document-time.ts';
import type { ProvenanceField } from '../workspace/model.ts';

interface DetectedValue {
  value: string;
  at: { start: number; end: number };
}

export type DetectedProvenance = Partial<Record<ProvenanceField, DetectedValue>>;

/** News agencies as they sign datelines (normalized), most in Arabic and their Latin names. */
const AGENCIES = [
  'رويترز',
  'ا ف ب',
  'فرانس برس',
  'اسوشيتد برس',
  'الاناضول',
  'د ب ا',
  'سبوتنيك',
  'واس',
  'وام',
  'قنا',
  'كونا',
  'بترا',
  'سانا',
  'واف',
  'ونا',
  'مكا',
  'reuters',
  'afp',
  'ap',
  'anadolu',
];
const AGENCY = `(?:${AGENCIES.map((a) => a.replace(/ /g, '\\s')).join('|')})`;

const BYLINE = /^[\s\-–—•|*]*(?:بقلم|كتب|كتبت|كتابه|اعداد|تقرير|الكاتب|كاتب المقال|by|written by|author)\s*[:：]?\s+/iu;
const CREDIT = /^[\s\-–—•|*]*(?:المصدر|مصدر الخبر|نقلا عن|source|via)\s*[:：]?\s*/iu;
const AGENCY_LINE = new RegExp(
  `^\\s*[^\\s\\-–—]+(?:\\s[^\\s\\-–—]+)?\\s*[-–—]\\s*\\(?\\s*(${AGENCY})\\s*\\)?(?:\\s*[-–—:]|\\s*$)`,
  'iu',
);
const AFTER_STAMP = /\/\s*([^/\n]+?)\s*(?:[-–—]\s*(?:وكالات|وكاله|agencies))?\s*$/u;
const URL = /https?:\/\/[^\s<>"']+/u;
const HEAD_LINES = 10;
const MAX_BYLINE_WORDS = 6;

/** The raw tail of a line after a normalized prefix of length n (normalization drops marks only). */
function rawTail(line: TextLine, normLength: number): { start: number; value: string } {
  const toRaw = normalizeArabic(line.raw).toRaw;
  const from = toRaw[normLength] ?? line.raw.length;
  const value = line.raw
    .slice(from)
    .trim()
    .replace(/[.:،,;]+$/u, '')
    .trim();
  return { start: line.start + line.raw.indexOf(value, from), value };
}

const iso = (d: DocumentDate): string => {
  const ymd = `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
  return d.time ? `${ymd}T${String(d.time.hour).padStart(2, '0')}:${String(d.time.minute).padStart(2, '0')}` : ymd;
};

function dateValue(d: DocumentDate | undefined): DetectedValue | undefined {
  if (!d?.mention) return undefined;
  return { value: iso(d), at: { start: d.mention.start, end: d.mention.end } };
}

function byline(all: TextLine[]): DetectedValue | undefined {
  for (const line of all.slice(0, HEAD_LINES * 2)) {
    const m = BYLINE.exec(line.norm);
    if (!m) continue;
    const { start, value } = rawTail(line, m[0].length);
    if (value && value.split(/\s+/).length <= MAX_BYLINE_WORDS)
      return { value, at: { start, end: start + value.length } };
  }
  return undefined;
}

function outlet(all: TextLine[], published: DocumentDate | undefined): DetectedValue | undefined {
  for (const line of all) {
    const m = CREDIT.exec(line.norm);
    if (!m || line.norm.split(/\s+/).length > 8) continue;
    const { start, value } = rawTail(line, m[0].length);
    const name = value.replace(URL, '').trim();
    if (name) return { value: name, at: { start, end: start + name.length } };
  }
  for (const line of all.slice(0, HEAD_LINES * 2)) {
    const m = AGENCY_LINE.exec(line.norm);
    if (m) {
      const at = line.norm.indexOf(m[1]!, m.index);
      const toRaw = normalizeArabic(line.raw).toRaw;
      const s = line.start + toRaw[at]!;
      const e = line.start + toRaw[at + m[1]!.length]!;
      return { value: line.raw.slice(s - line.start, e - line.start), at: { start: s, end: e } };
    }
  }
  if (published?.mention) {
    const line = all.find((l) => l.start === published.lineStart);
    const m = line && AFTER_STAMP.exec(line.raw);
    if (line && m && m[1]!.trim().split(/\s+/).length <= 4 && !/\d/.test(m[1]!)) {
      const start = line.start + line.raw.indexOf(m[1]!, m.index);
      return { value: m[1]!.trim(), at: { start, end: start + m[1]!.trim().length } };
    }
  }
  return undefined;
}

function url(all: TextLine[]): DetectedValue | undefined {
  for (const line of all) {
    if (!CREDIT.test(line.norm) && !/^(?:الرابط|رابط المقال|url|link)\s*[:：]/iu.test(line.norm)) continue;
    const m = URL.exec(line.raw);
    if (m) return { value: m[0], at: { start: line.start + m.index, end: line.start + m.index + m[0].length } };
  }
  return undefined;
}

/** 'ar' when Arabic letters are at least half of the letters, else 'en' for Latin text; undefined when empty. */
function language(text: string): DetectedValue | undefined {
  const arabic = text.match(/[\u0600-\u06FF]/gu)?.length ?? 0;
  const latin = text.match(/[A-Za-z]/g)?.length ?? 0;
  if (arabic + latin === 0) return undefined;
  return { value: arabic >= latin ? 'ar' : 'en', at: { start: 0, end: 0 } };
}

export function detectProvenance(text: string, mentions: DateMention[] = extractDates(text)): DetectedProvenance {
  const all = nonBlankLines(text);
  const time = findDocumentTime(text, mentions);
  const found: DetectedProvenance = {
    publishedAt: dateValue(time.published),
    updatedAt: dateValue(time.updated),
    author: byline(all),
    outlet: outlet(all, time.published),
    url: url(all),
    language: language(text),
  };
  return Object.fromEntries(Object.entries(found).filter(([, v]) => v !== undefined)) as DetectedProvenance;
}
