// UI strings in Arabic and English. The layout mirrors through the document's `dir`, not per string.

import type { UiLanguage } from '../../shared/workspace/model.ts';

const STRINGS = {
  appTitle: { ar: 'منضدة الادعاءات', en: 'Claim Workbench' },
  sources: { ar: 'المصادر', en: 'Sources' },
  importFile: { ar: 'استيراد ملف…', en: 'Import file…' },
  dropHere: { ar: 'أفلت الملفات هنا لاستيرادها', en: 'Drop files here to import them' },
  noSources: { ar: 'لا مصادر بعد. استورد ملفًا نصيًا أو HTML أو Markdown.', en: 'No sources yet. Import a text, HTML or Markdown file.' },
  noSourceSelected: { ar: 'اختر مصدرًا من القائمة.', en: 'Choose a source from the list.' },
  language: { ar: 'English', en: 'العربية' },
  languageLabel: { ar: 'Switch the interface to English', en: 'التبديل إلى الواجهة العربية' },
  encoding: { ar: 'الترميز', en: 'Encoding' },
  confidence: { ar: 'الثقة', en: 'confidence' },
  detectedBy: { ar: 'اكتُشف عبر', en: 'detected by' },
  changeEncoding: { ar: 'فك الترميز بـ', en: 'Decode as' },
  problems: { ar: 'ملفات لم تُقرأ', en: 'Files that could not be read' },
  keptAs: { ar: 'حُفظ باسم', en: 'kept as' },
  importing: { ar: 'جارٍ استيراد', en: 'Importing' },
  imported: { ar: 'تم استيراد', en: 'Imported' },
  characters: { ar: 'حرف', en: 'characters' },
  readingView: { ar: 'نص المصدر', en: 'Source text' },
  dismiss: { ar: 'إغلاق', en: 'Dismiss' },
  noConnection: {
    ar: 'لا اتصال بالمنضدة. افتح الرابط الذي طبعه الأمر "workbench web".',
    en: 'Not connected. Open the URL that "workbench web" printed.',
  },
} as const satisfies Record<string, Record<UiLanguage, string>>;

export type StringKey = keyof typeof STRINGS;

export function t(lang: UiLanguage, key: StringKey): string {
  return STRINGS[key][lang];
}

export function dirOf(lang: UiLanguage): 'rtl' | 'ltr' {
  return lang === 'ar' ? 'rtl' : 'ltr';
}
