// The sources' UI strings (decoding a text source again; renaming, deleting and the trash) in Arabic and
// English, spread into i18n.ts's table.

import type { UiLanguage } from '../../../shared/workspace/model.ts';
import { formatNumber } from '../numbers.ts';

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
  sourceActions: { ar: 'إجراءات المصدر', en: 'Source actions' },
  renameSource: { ar: 'إعادة تسمية', en: 'Rename' },
  renameSourceTitle: { ar: 'إعادة تسمية المصدر', en: 'Rename source' },
  sourceTitle: { ar: 'عنوان المصدر', en: 'Source title' },
  deleteSource: { ar: 'حذف', en: 'Delete' },
  deleteSourceQuestion: { ar: 'حذف المصدر', en: 'Delete source' },
  deleteSourceBody: {
    ar: 'سيُنقل بنصّه وادعاءاته وتاريخه إلى سلة المحذوفات في مساحة العمل، ويمكنك استرجاعه منها كما كان.',
    en: 'It will be moved, with its text, claims and history, to the workspace’s trash, where you can restore it as it was.',
  },
  deleteSourceConfirm: { ar: 'انقله إلى السلة', en: 'Move to trash' },
  movedToTrash: { ar: 'نُقل إلى سلة المحذوفات:', en: 'Moved to the trash:' },
  deletedElsewhere: {
    ar: 'حُذف المصدر المفتوح في نافذة أخرى أو من سطر الأوامر، وهو الآن في سلة المحذوفات:',
    en: 'The open source was deleted elsewhere (another window or the command line); it is in the trash now:',
  },
  restoredSource: { ar: 'استُرجع:', en: 'Restored:' },
  purgedSource: { ar: 'حُذف نهائيًا:', en: 'Deleted permanently:' },
  trash: { ar: 'سلة المحذوفات', en: 'Trash' },
  trashEmpty: { ar: 'السلة فارغة.', en: 'The trash is empty.' },
  trashHelp: {
    ar: 'المصادر المحذوفة محفوظة هنا بنصوصها وادعاءاتها حتى تُسترجع أو تُحذف نهائيًا.',
    en: 'Deleted sources are kept here with their texts and claims until you restore them or delete them permanently.',
  },
  trashDeletedAt: { ar: 'حُذف في', en: 'Deleted' },
  trashClaims: { ar: 'الادعاءات', en: 'Claims' },
  restoreSource: { ar: 'استرجاع', en: 'Restore' },
  purgeSource: { ar: 'حذف نهائي', en: 'Delete permanently' },
  purgeQuestion: {
    ar: 'يُحذف نهائيًا ولا يمكن التراجع عن ذلك.',
    en: 'It will be deleted for good; this cannot be undone.',
  },
  purgeConfirm: { ar: 'احذفه نهائيًا', en: 'Delete for good' },
} as const satisfies Record<string, Record<UiLanguage, string>>;

/** "1 claim", "no claims"; in Arabic the noun in the form its number asks for (ادعاء واحد، ادعاءان، ٣ ادعاءات). */
export function claimCount(lang: UiLanguage, n: number): string {
  if (lang === 'en') return n === 0 ? 'no claims' : n === 1 ? '1 claim' : `${formatNumber(lang, n)} claims`;
  const rule = new Intl.PluralRules('ar').select(n);
  const digits = formatNumber(lang, n);
  if (rule === 'zero') return 'لا ادعاءات';
  if (rule === 'one') return 'ادعاء واحد';
  if (rule === 'two') return 'ادعاءان';
  // 3–10 take the plural, 11–99 the accusative singular (tamyiz), 100 and up the genitive singular.
  return `${digits} ${rule === 'few' ? 'ادعاءات' : rule === 'many' ? 'ادعاءً' : 'ادعاء'}`;
}

/** "It has 3 claims." before the delete dialog's sentence; "no claims" said as Arabic says it (ليس فيه). */
export function hasClaimsSentence(lang: UiLanguage, n: number): string {
  if (lang === 'ar') return n === 0 ? 'ليس فيه ادعاءات.' : `فيه ${claimCount(lang, n)}.`;
  return `It has ${claimCount(lang, n)}.`;
}

/** When a source was deleted, as a date and time in the UI language (its digits too). */
export function deletedAtText(lang: UiLanguage, iso: string): string {
  return new Date(iso).toLocaleString(lang === 'ar' ? 'ar-EG' : 'en', { dateStyle: 'medium', timeStyle: 'short' });
}
