// UI strings in Arabic and English. The layout mirrors through the document's `dir`, not per string.

import type { UiLanguage } from '../../shared/workspace/model.ts';

const STRINGS = {
  appTitle: { ar: 'منضدة الادعاءات', en: 'Claim Workbench' },
  sources: { ar: 'المصادر', en: 'Sources' },
  importFile: { ar: 'استيراد ملف…', en: 'Import file…' },
  dropHere: { ar: 'أفلت الملفات هنا لاستيرادها', en: 'Drop files here to import them' },
  noSources: {
    ar: 'لا مصادر بعد. استورد ملفًا نصيًا أو HTML أو Markdown.',
    en: 'No sources yet. Import a text, HTML or Markdown file.',
  },
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
  claims: { ar: 'الادعاءات', en: 'Claims' },
  claimsPanel: { ar: 'لوحة الادعاءات', en: 'Claims panel' },
  allTags: { ar: 'الكل', en: 'All' },
  filterByTag: { ar: 'تصفية حسب الوسم', en: 'Filter by tag' },
  noClaims: { ar: 'لا ادعاءات بعد. حدّد نصًا واضغط 1 أو 2 أو 3.', en: 'No claims yet. Select text and press 1, 2 or 3.' },
  noClaimsForFilter: { ar: 'لا ادعاءات بهذا الوسم.', en: 'No claims with this tag.' },
  tagSelection: { ar: 'وسم التحديد', en: 'Tag the selection' },
  untagged: { ar: 'بلا وسم', en: 'Untagged' },
  note: { ar: 'ملاحظة', en: 'Note' },
  correction: { ar: 'التصحيح المقترح', en: 'Suggested correction' },
  applyCorrection: { ar: 'طبّق التصحيح على النص', en: 'Apply the correction to the text' },
  citations: { ar: 'المراجع', en: 'Citations' },
  citationText: { ar: 'نص المرجع', en: 'Citation text' },
  citationUrl: { ar: 'رابط المرجع', en: 'Citation URL' },
  addCitation: { ar: 'إضافة مرجع', en: 'Add citation' },
  removeCitation: { ar: 'حذف المرجع', en: 'Remove citation' },
  openLink: { ar: 'فتح الرابط', en: 'Open link' },
  created: { ar: 'أُنشئ', en: 'Created' },
  modified: { ar: 'عُدّل', en: 'Modified' },
  deleteClaim: { ar: 'حذف الادعاء', en: 'Delete claim' },
  claimTags: { ar: 'وسوم الادعاء', en: 'Claim tags' },
  orphans: { ar: 'ادعاءات فقدت موضعها', en: 'Orphaned claims' },
  orphansHelp: {
    ar: 'تغيّر النص فلم يُعثر على اقتباسها. حدّد موضعها الجديد في النص ثم اضغط «أرفق بالتحديد».',
    en: 'The text changed and their quote was not found. Select the new place in the text, then press “Attach to selection”.',
  },
  reattach: { ar: 'أرفق بالتحديد', en: 'Attach to selection' },
  undo: { ar: 'تراجع', en: 'Undo' },
  redo: { ar: 'إعادة', en: 'Redo' },
  editText: { ar: 'تصحيح النص', en: 'Correct text' },
  finishEdit: { ar: 'حفظ النص', en: 'Save text' },
  cancelEdit: { ar: 'إلغاء التصحيح', en: 'Cancel correction' },
  confirmCancelEdit: { ar: 'تجاهل تعديلات النص؟', en: 'Discard the text edits?' },
  editingHint: {
    ar: 'وضع التصحيح: عدّل النص ثم احفظه؛ تُعاد مواضع الادعاءات تلقائيًا.',
    en: 'Correcting the text: edit, then save; claims are re-anchored.',
  },
  saved: { ar: 'محفوظ', en: 'Saved' },
  unsaved: { ar: 'تغييرات غير محفوظة', en: 'Unsaved changes' },
  saving: { ar: 'جارٍ الحفظ…', en: 'Saving…' },
  saveFailed: { ar: 'تعذّر الحفظ:', en: 'Not saved:' },
  claimsNotLoaded: { ar: 'تعذّرت قراءة ادعاءات هذا المصدر:', en: 'The claims of this source could not be read:' },
  reanchored: { ar: 'حُفظ النص. الادعاءات:', en: 'Text saved. Claims:' },
  kept: { ar: 'في مكانها', en: 'kept' },
  changed: { ar: 'تغيّر نصها', en: 'changed' },
  moved: { ar: 'نُقلت', en: 'moved' },
  orphaned: { ar: 'فقدت موضعها', en: 'orphaned' },
  tags: { ar: 'الوسوم…', en: 'Tags…' },
  tagSet: { ar: 'وسوم مساحة العمل', en: 'Workspace tags' },
  labelAr: { ar: 'الاسم بالعربية', en: 'Arabic name' },
  labelEn: { ar: 'الاسم بالإنجليزية', en: 'English name' },
  color: { ar: 'اللون', en: 'Color' },
  shortcut: { ar: 'الاختصار', en: 'Shortcut' },
  addTag: { ar: 'إضافة وسم', en: 'Add tag' },
  deleteTag: { ar: 'حذف الوسم', en: 'Delete tag' },
  onDelete: { ar: 'ادعاءاته:', en: 'Its claims:' },
  removeTagFromClaims: { ar: 'تُزال عنها هذا الوسم', en: 'lose this tag' },
  moveTo: { ar: 'تنتقل إلى', en: 'move to' },
  save: { ar: 'حفظ', en: 'Save' },
  cancel: { ar: 'إلغاء', en: 'Cancel' },
  file: { ar: 'ملف', en: 'File' },
  suspicions: { ar: 'قيم مشكوك فيها', en: 'Suspicious values' },
  levelHigh: { ar: 'مرجّح', en: 'likely' },
  levelLow: { ar: 'محتمل', en: 'possible' },
  acceptSuspicion: { ar: 'اجعله ادعاءً', en: 'Make it a claim' },
  dismissSuspicion: { ar: 'تجاهل', en: 'Dismiss' },
  exportPdf: { ar: 'تصدير تقرير PDF…', en: 'Export PDF report…' },
  exportingPdf: { ar: 'جارٍ إعداد تقرير PDF لـ', en: 'Preparing the PDF report of' },
  exportedPdf: { ar: 'صُدّر التقرير:', en: 'Report exported:' },
  pagesClaimsOrphans: { ar: 'صفحة · ادعاء · بلا موضع', en: 'pages · claims · orphans' },
  whichClaim: { ar: 'أيّ ادعاء؟', en: 'Which claim?' },
  newTag: { ar: 'وسم جديد', en: 'New tag' },
  dismiss: { ar: 'إغلاق', en: 'Dismiss' },
  // search
  findInSource: { ar: 'البحث في المصدر', en: 'Find in source' },
  findPlaceholder: { ar: 'ابحث… (الهمزات والتشكيل لا تهم)', en: 'Find… (hamza and harakat do not matter)' },
  noHits: { ar: 'لا نتائج', en: 'No hits' },
  previousHit: { ar: 'النتيجة السابقة', en: 'Previous hit' },
  nextHit: { ar: 'النتيجة التالية', en: 'Next hit' },
  spellingVariants: { ar: 'تهجئات قريبة', en: 'Spelling variants' },
  tagForHits: { ar: 'الوسم لكل النتائج', en: 'Tag for all hits' },
  tagAllHits: { ar: 'وسم كل النتائج', en: 'Tag all hits' },
  closeSearch: { ar: 'إغلاق البحث', en: 'Close search' },
  taggedHits: { ar: 'وُسمت النتائج (تراجع بـ Ctrl+Z):', en: 'Hits tagged (Ctrl+Z undoes):' },
  findInWorkspace: { ar: 'البحث في كل المصادر', en: 'Find in all sources' },
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
  // provenance (issue 12)
  provenance: { ar: 'بيانات المصدر', en: 'Source details' },
  provPublished: { ar: 'تاريخ النشر', en: 'Published' },
  provUpdated: { ar: 'آخر تحديث', en: 'Updated' },
  provAuthor: { ar: 'الكاتب', en: 'By' },
  provOutlet: { ar: 'الناشر', en: 'Outlet' },
  provUrl: { ar: 'الرابط', en: 'URL' },
  provLanguage: { ar: 'اللغة', en: 'Language' },
  provNone: {
    ar: 'لم يُعثر في النص على تاريخ نشر أو كاتب أو ناشر.',
    en: 'No date, byline or outlet found in the text.',
  },
  provDetected: { ar: 'مقروء من النص، لم يُؤكَّد بعد', en: 'Read from the text, not confirmed yet' },
  provConfirmed: { ar: 'أكّده الباحث أو عدّله', en: 'Confirmed or edited by the researcher' },
  provConfirm: { ar: 'تأكيد', en: 'Confirm' },
  provEdit: { ar: 'تعديل', en: 'Edit' },
  provSave: { ar: 'حفظ البيانات', en: 'Save details' },
  provBadDate: {
    // The example isolated left to right, with non-breaking hyphens: it must not wrap or reorder in Arabic.
    ar: 'ليس تاريخًا: اكتبه سنة-شهر-يوم، مثل \u20662019\u201103\u201115\u2069 (أو السنة وحدها).',
    en: 'Not a date: write it year-month-day, like 2019-03-15 (or the year alone).',
  },
  provBadUrl: { ar: 'ليس رابطًا يبدأ بـ https:// أو http://.', en: 'Not a link starting with https:// or http://.' },
  provBadLanguage: { ar: 'رمز لغة مثل ar أو en.', en: 'A language code such as ar or en.' },
  provTooLong: { ar: 'أطول من المسموح (200 حرف).', en: 'Longer than allowed (200 characters).' },
  provLineBreak: { ar: 'سطر واحد فقط.', en: 'One line only.' },
  // search forms and set-aside hits (issue 12)
  formAlias: { ar: 'اسم مرادف', en: 'alias' },
  formOther: { ar: 'بسوابق أخرى', en: 'other prefixes' },
  formInflection: { ar: 'تصريف آخر', en: 'other inflection' },
  formVariant: { ar: 'تهجئة قريبة', en: 'spelling variant' },
  includeSetAside: { ar: 'أظهرها', en: 'Include them' },
  noConnection: {
    ar: 'لا اتصال بالمنضدة. افتح الرابط الذي طبعه الأمر "workbench web".',
    en: 'Not connected. Open the URL that "workbench web" printed.',
  },
} as const satisfies Record<string, Record<UiLanguage, string>>;

export type StringKey = keyof typeof STRINGS;

export function t(lang: UiLanguage, key: StringKey): string {
  return STRINGS[key][lang];
}

/** "3 more in set-aside passages", with the Arabic noun in the form its number asks for. */
export function setAsideCount(lang: UiLanguage, n: number): string {
  if (lang === 'en') return `${n} more in set-aside passages`;
  const rule = new Intl.PluralRules('ar').select(n);
  const phrase =
    rule === 'one'
      ? 'نتيجة أخرى'
      : rule === 'two'
        ? 'نتيجتان أخريان'
        : rule === 'few'
          ? `${n} نتائج أخرى`
          : `${n} نتيجة أخرى`;
  return `${phrase} في المقاطع المنحّاة`;
}

export function dirOf(lang: UiLanguage): 'rtl' | 'ltr' {
  return lang === 'ar' ? 'rtl' : 'ltr';
}
