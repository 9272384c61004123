// The claims view's strings in Arabic and English, spread into i18n.ts's table (so `t` knows them) and kept
// beside the feature so that table stays small.

import type { UiLanguage } from '../../../shared/workspace/model.ts';
import { formatNumber } from '../numbers.ts';

export const CLAIMS_VIEW_STRINGS = {
  claimsViewTable: { ar: 'جدول الادعاءات في كل المصادر', en: 'Table of claims in all sources' },
  claimsViewFilters: { ar: 'تصفية الادعاءات', en: 'Filter claims' },
  claimsViewLoading: { ar: 'جارٍ جمع الادعاءات…', en: 'Gathering claims…' },
  claimsViewBack: { ar: 'عودة إلى المصدر', en: 'Back to the source' },
  claimsViewEmpty: { ar: 'لا ادعاءات في هذه المساحة بعد.', en: 'No claims in this workspace yet.' },
  claimsViewNoMatch: { ar: 'لا ادعاءات تطابق التصفية.', en: 'No claims match these filters.' },
  claimsViewClear: { ar: 'مسح التصفية', en: 'Clear filters' },
  claimsViewUnread: { ar: 'لم تُقرأ ادعاءات هذه المصادر:', en: 'The claims of these sources could not be read:' },
  claimsViewHelp: {
    ar: 'الأسهم للتنقل بين الصفوف، وEnter لفتح الادعاء في مصدره.',
    en: 'Arrow keys move between rows; Enter opens the claim in its source.',
  },
  claimsViewMore: { ar: 'عرض المزيد', en: 'Show more' },
  colSource: { ar: 'المصدر', en: 'Source' },
  colDate: { ar: 'تاريخ النشر', en: 'Published' },
  colTags: { ar: 'الوسوم', en: 'Tags' },
  colQuote: { ar: 'النص المقتبس', en: 'Quote' },
  colNote: { ar: 'الملاحظة', en: 'Note' },
  colFlags: { ar: 'يحمل', en: 'Has' },
  filterText: { ar: 'بحث في الاقتباس والملاحظة', en: 'Search quotes and notes' },
  filterTag: { ar: 'الوسم', en: 'Tag' },
  filterSource: { ar: 'المصدر', en: 'Source' },
  filterCitation: { ar: 'مرجع', en: 'Citation' },
  filterCorrection: { ar: 'تصحيح', en: 'Correction' },
  filterOrphaned: { ar: 'فقد موضعه', en: 'Orphaned' },
  filterAny: { ar: 'الكل', en: 'Any' },
  filterWith: { ar: 'نعم', en: 'Yes' },
  filterWithout: { ar: 'لا', en: 'No' },
  flagCitation: { ar: 'مرجع', en: 'citation' },
  flagCorrection: { ar: 'تصحيح', en: 'correction' },
  flagOrphaned: { ar: 'فقد موضعه', en: 'orphaned' },
  bulkSelectAll: { ar: 'تحديد كل الادعاءات المعروضة', en: 'Select every claim shown' },
  bulkSelectClaim: { ar: 'تحديد الادعاء', en: 'Select the claim' },
  bulkSelected: { ar: 'المحدد:', en: 'Selected:' },
  bulkTag: { ar: 'وسم المحدد', en: 'Tag for the selected' },
  bulkAdd: { ar: 'إضافة الوسم', en: 'Add tag' },
  bulkRemove: { ar: 'إزالة الوسم', en: 'Remove tag' },
  bulkUndo: { ar: 'تراجع عن تغيير الوسوم', en: 'Undo the tag change' },
  sortAscending: { ar: 'ترتيب تصاعدي', en: 'sorted ascending' },
  sortDescending: { ar: 'ترتيب تنازلي', en: 'sorted descending' },
} as const satisfies Record<string, Record<UiLanguage, string>>;

/** "12 of 40 claims in 3 sources", with the Arabic nouns in the forms their numbers ask for. */
export function claimsCount(lang: UiLanguage, shown: number, total: number, sources: number): string {
  const format = (n: number) => formatNumber(lang, n);
  if (lang === 'en') {
    const claims = total === 1 ? 'claim' : 'claims';
    return `${format(shown)} of ${format(total)} ${claims} in ${format(sources)} ${sources === 1 ? 'source' : 'sources'}`;
  }
  const claims = arabicCount(total, format, ['ادعاء', 'ادعاءين', 'ادعاءات']);
  return `${format(shown)} من ${claims} في ${arabicCount(sources, format, ['مصدر', 'مصدرين', 'مصادر'])}`;
}

/**
 * A counted noun in the genitive these phrases put it in: one and two are said by the noun alone (مصدر واحد,
 * مصدرين), 3–10 take the plural (٣ مصادر), the rest the singular (١١ مصدر: tamyiz, as digits are read).
 */
function arabicCount(n: number, format: (n: number) => string, [one, two, plural]: [string, string, string]) {
  const rule = new Intl.PluralRules('ar').select(n);
  if (rule === 'one') return `${one} واحد`;
  if (rule === 'two') return two;
  return `${format(n)} ${rule === 'few' ? plural : one}`;
}
