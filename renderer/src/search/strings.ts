// The search's UI strings (in the source and across the workspace), spread into the app's table (i18n.ts).

import type { UiLanguage } from '../../../shared/workspace/model.ts';

export const SEARCH_STRINGS = {
  // search
  findPlaceholder: { ar: 'ابحث… (الهمزات والتشكيل لا تهم)', en: 'Find… (hamza and harakat do not matter)' },
  noHits: { ar: 'لا نتائج', en: 'No hits' },
  previousHit: { ar: 'النتيجة السابقة', en: 'Previous hit' },
  nextHit: { ar: 'النتيجة التالية', en: 'Next hit' },
  spellingVariants: { ar: 'تهجئات قريبة', en: 'Spelling variants' },
  tagForHits: { ar: 'الوسم لكل النتائج', en: 'Tag for all hits' },
  tagAllHits: { ar: 'وسم كل النتائج', en: 'Tag all hits' },
  closeSearch: { ar: 'إغلاق البحث', en: 'Close search' },
  taggedHits: { ar: 'وُسمت النتائج (تراجع بـ Ctrl+Z):', en: 'Hits tagged (Ctrl+Z undoes):' },
  searchResults: { ar: 'نتائج البحث', en: 'Search results' },
  hitsIn: { ar: 'نتيجة في', en: 'hits in' },
  sourcesCount: { ar: 'مصدر', en: 'sources' },
  showMoreHits: { ar: 'عرض المزيد', en: 'Show more' },
  backToSources: { ar: 'المصادر', en: 'Sources' },
  aliases: { ar: 'الأسماء المترادفة…', en: 'Aliases…' },
  aliasesTitle: { ar: 'أسماء يعدّها البحث واحدًا', en: 'Names search treats as one' },
  aliasesHelp: {
    ar: 'مجموعة في كل سطر، والكلمات بينها "=": كندي = كيندي = كينيدي',
    en: 'One group per line, words separated by "=": كندي = كيندي = كينيدي',
  },
  aliasesInvalid: { ar: 'كل سطر يحتاج كلمتين على الأقل:', en: 'Each line needs at least two words:' },
  setAsideHidden: {
    ar: 'المقاطع المكررة والهوامش مستبعدة من البحث',
    en: 'Repeated passages and boilerplate are left out',
  },
  // search forms and set-aside hits (issue 12)
  formAlias: { ar: 'اسم مرادف', en: 'alias' },
  formOther: { ar: 'بسوابق أخرى', en: 'other prefixes' },
  formInflection: { ar: 'تصريف آخر', en: 'other inflection' },
  formVariant: { ar: 'تهجئة قريبة', en: 'spelling variant' },
  includeSetAside: { ar: 'أظهرها', en: 'Include them' },
} as const satisfies Record<string, Record<UiLanguage, string>>;
