// The review aids' UI strings (set-aside passages, sentences shared with other sources), spread into the app's
// table (i18n.ts).

import type { UiLanguage } from '../../../shared/workspace/model.ts';

export const REVIEW_STRINGS = {
  // passages
  passages: { ar: 'المقاطع المكررة والهوامش', en: 'Repeated & boilerplate' },
  passageRepeated: { ar: 'مقطع مكرّر', en: 'Repeated passage' },
  passageNearDuplicate: { ar: 'فقرة شبه مكرّرة', en: 'Near-duplicate paragraph' },
  passageBoilerplate: { ar: 'نص من قالب الصفحة', en: 'Boilerplate' },
  passageLines: { ar: 'الأسطر', en: 'lines' },
  passageSameAs: { ar: 'نسخة من:', en: 'Same as:' },
  passageShow: { ar: 'أرني', en: 'Show' },
  passageShowFolded: { ar: 'إظهار', en: 'show' },
  passageCollapse: { ar: 'طيّ', en: 'Collapse' },
  passageExpand: { ar: 'فرد', en: 'Expand' },
  passageCollapseAll: { ar: 'طيّ الكل', en: 'Collapse all' },
  passageExpandAll: { ar: 'فرد الكل', en: 'Expand all' },
  passageKeep: { ar: 'أبقِه محتوى', en: 'Keep as content' },
  passageSetAside: { ar: 'نحِّه مجددًا', en: 'Set aside again' },
  passageKept: { ar: 'أُبقي محتوى', en: 'kept as content' },
  passageHoldsClaim: { ar: 'فيه ادعاء: لا يُطوى ويبقى في التقرير', en: 'Holds a claim: stays open and in the report' },
  passagesSkip: {
    ar: 'استبعاد المقاطع المنحّاة من البحث ومن تقرير PDF',
    en: 'Leave set-aside passages out of search and the PDF report',
  },
  passagesHelp: {
    ar: 'مظلّلة في النص، لا يُحذف منها شيء. «أبقِه محتوى» يعيد المقطع نصًا عاديًا.',
    en: 'Dimmed in the text, never deleted. "Keep as content" makes a passage ordinary text again.',
  },
  // also in
  alsoIn: { ar: 'ورد أيضًا في', en: 'Also in' },
  alsoInHelp: {
    ar: 'جملة هذا الادعاء واردة في مصادر أخرى: قارِن بينها، فالنقل ليس تأكيدًا مستقلًا.',
    en: 'The sentence of this claim is in other sources too: compare them; a copy is not independent confirmation.',
  },
  sharedSentences: { ar: 'جمل مشتركة مع مصادر أخرى', en: 'Shared with other sources' },
  sharedSentencesHelp: {
    ar: 'جمل تكاد تطابق جملًا في مصادر أخرى؛ تحتها خط منقّط في النص.',
    en: 'Sentences (nearly) the same as sentences of other sources; dotted underline in the text.',
  },
  sharedSentenceShow: { ar: 'أرني في النص', en: 'Show in the text' },
  sharedSentencesAll: { ar: 'عرض الكل', en: 'Show all' },
} as const satisfies Record<string, Record<UiLanguage, string>>;
