// The sources' UI strings (decoding a text source again), spread into the app's table (i18n.ts).

import type { UiLanguage } from '../../../shared/workspace/model.ts';

export const SOURCE_STRINGS = {
  decodeTitle: { ar: 'فك ترميز المصدر بـ {encoding}؟', en: 'Decode the source as {encoding}?' },
  decodeHelp: {
    ar: 'يُقرأ النص من جديد من الملف الأصلي. يمكن التراجع عن ذلك بعده.',
    en: 'The text is read again from the original file. You can undo it afterwards.',
  },
  decodeFromLine: {
    ar: 'من السطر {line}، حيث تختلف القراءتان:',
    en: 'From line {line}, where the two readings differ:',
  },
  decodeNow: { ar: 'الآن ({encoding})', en: 'Now ({encoding})' },
  decodeAs: { ar: 'بـ {encoding}', en: 'As {encoding}' },
  decodeConfirm: { ar: 'فك الترميز بـ {encoding}', en: 'Decode as {encoding}' },
  decodeSame: {
    ar: 'يُقرأ النص بهذا الترميز كما هو الآن تمامًا.',
    en: 'The text reads exactly the same in this encoding.',
  },
  decodeReplacedOne: {
    ar: 'تعذّرت قراءة تسلسل واحد من البايتات بهذا الترميز، فسيُستبدل بالرمز �.',
    en: 'One byte sequence cannot be read in this encoding; it would become �.',
  },
  decodeReplaced: {
    ar: 'تعذّرت قراءة {count} من تسلسلات البايتات بهذا الترميز، فستُستبدل بالرمز �.',
    en: '{count} byte sequences cannot be read in this encoding; they would become �.',
  },
  decodeHasClaims: {
    ar: 'للمصدر ادعاءات: فك ترميزه من جديد قد ينقلها. احذف ادعاءاته أولًا.',
    en: 'This source has claims: decoding it again could move them. Remove its claims first.',
  },
  decodeCorrected: {
    ar: 'صُحّح نص هذا المصدر: فك ترميز الأصل من جديد سيُضيع التصحيحات.',
    en: 'This source’s text was corrected: decoding the original again would lose the corrections.',
  },
  decoded: { ar: 'فُكّ ترميز المصدر بـ', en: 'Decoded the source as' },
  decodeUndone: { ar: 'أُعيد المصدر إلى ترميزه السابق:', en: 'The source is back to its previous encoding:' },
} as const satisfies Record<string, Record<UiLanguage, string>>;
