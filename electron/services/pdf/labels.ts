// The report's own words in Arabic or English, and its numbers in Western or Arabic-Indic digits. Nothing
// converts digits automatically (neither pdfkit nor fontkit), so the choice is the report's option; the
// source text itself is never changed.

import type { DigitStyle, ReportLanguage } from '../../../shared/report/options.ts';

export type { DigitStyle, ReportLanguage };

const WORDS = {
  title: ['تقرير الادعاءات', 'Claims report'],
  workspace: ['مساحة العمل', 'Workspace'],
  source: ['المصدر', 'Source'],
  file: ['الملف الأصلي', 'Original file'],
  publisher: ['الناشر', 'Publisher'],
  published: ['تاريخ النشر', 'Published'],
  updated: ['آخر تحديث', 'Updated'],
  author: ['الكاتب', 'By'],
  language: ['اللغة', 'Language'],
  detected: ['مقروء من النص، غير مؤكَّد', 'read from the text, not confirmed'],
  url: ['الرابط', 'URL'],
  imported: ['تاريخ الاستيراد', 'Imported'],
  length: ['عدد المحارف', 'Characters'],
  exported: ['تاريخ التصدير', 'Exported'],
  claims: ['الادعاءات', 'Claims'],
  legend: ['الوسوم', 'Tags'],
  untagged: ['بلا وسم', 'Untagged'],
  orphans: ['ادعاءات يتيمة', 'Orphaned claims'],
  orphansNote: [
    'لم يُعثر على نصوص هذه الادعاءات في المصدر كما هو الآن، فلا تظهر في النص أعلاه.',
    'The quotes of these claims were not found in the source as it is now, so they are not marked in the text.',
  ],
  table: ['جدول الادعاءات', 'Claims table'],
  number: ['رقم', 'No.'],
  tag: ['الوسم', 'Tag'],
  quote: ['النص', 'Quote'],
  note: ['ملاحظة', 'Note'],
  correction: ['تصحيح', 'Correction'],
  citation: ['مرجع', 'Citation'],
  applied: ['طُبّق على النص', 'applied'],
  page: ['صفحة', 'Page'],
  noClaims: ['لا ادعاءات في هذا المصدر.', 'This source has no claims.'],
  // The workspace report's own words.
  workspaceTitle: ['تقرير مساحة العمل', 'Workspace report'],
  sources: ['المصادر', 'Sources'],
  sourceTitle: ['العنوان', 'Title'],
  byline: ['الكاتب / الناشر', 'Author / outlet'],
  noClaimsAll: ['لا ادعاءات في هذه المصادر.', 'These sources have no claims.'],
} as const;

export type Word = keyof typeof WORDS;

export function word(key: Word, language: ReportLanguage): string {
  return WORDS[key][language === 'ar' ? 0 : 1];
}

export function digits(text: string | number, style: DigitStyle): string {
  const s = String(text);
  return style === 'western' ? s : s.replace(/[0-9]/g, (d) => String.fromCharCode(0x0660 + Number(d)));
}

/**
 * YYYY/MM/DD: no month names to translate. Slashes, not hyphens: after Arabic letters digits are Arabic numbers
 * (UAX-9 W2), a slash between them keeps the date one left-to-right run, a hyphen does not ("22-11-2026").
 */
export function isoDay(date: Date | string, style: DigitStyle): string {
  const d = typeof date === 'string' ? new Date(date) : date;
  return Number.isNaN(d.getTime()) ? String(date) : digits(d.toISOString().slice(0, 10).replaceAll('-', '/'), style);
}

const PASSAGE_KINDS = {
  repeated: ['مقطع مكرّر', 'repeated passage'],
  'near-duplicate': ['فقرة شبه مكرّرة', 'near-duplicate paragraph'],
  boilerplate: ['نص من قالب الصفحة', 'boilerplate'],
} as const;

/** The dimmed line printed where set-aside passages were left out: "[… 12 lines left out: repeated passage]". */
export function leftOutNote(
  lines: number,
  kind: keyof typeof PASSAGE_KINDS,
  language: ReportLanguage,
  style: DigitStyle,
): string {
  const what = PASSAGE_KINDS[kind][language === 'ar' ? 0 : 1];
  if (language === 'en') return `[… ${digits(lines, style)} ${lines === 1 ? 'line' : 'lines'} left out: ${what}]`;
  return `[… أُغفل ${arabicLines(lines, style)}: ${what}]`;
}

/** The noun takes the form its number asks for: سطر واحد، سطران، ٣ أسطر، ١١ سطرًا، ١٠٠ سطر. */
function arabicLines(n: number, style: DigitStyle): string {
  if (n === 1) return 'سطر واحد';
  if (n === 2) return 'سطران';
  const lastTwo = n % 100;
  const noun = lastTwo >= 3 && lastTwo <= 10 ? 'أسطر' : lastTwo >= 11 ? 'سطرًا' : 'سطر';
  return `${digits(n, style)} ${noun}`;
}
