// UI strings in Arabic and English. The layout mirrors through the document's `dir`, not per string.

import { MENU_LABELS } from '../../shared/api/menus.ts';
import type { UiLanguage } from '../../shared/workspace/model.ts';
import { SEARCH_STRINGS } from './search/strings.ts';
import { REVIEW_STRINGS } from './review/review-strings.ts';
import { CLAIMS_VIEW_STRINGS } from './workspace-claims/strings.ts';
import { SOURCE_STRINGS } from './sources/strings.ts';

const STRINGS = {
  // The menus' labels are declared once, for the native menu and this page alike.
  ...MENU_LABELS,
  ...CLAIMS_VIEW_STRINGS,
  ...SEARCH_STRINGS,
  ...REVIEW_STRINGS,
  ...SOURCE_STRINGS,
  appTitle: { ar: 'منضدة الادعاءات', en: 'Claim Workbench' },
  renameWorkspace: { ar: 'إعادة تسمية مساحة العمل', en: 'Rename workspace' },
  workspaceName: { ar: 'اسم مساحة العمل', en: 'Workspace name' },
  sources: { ar: 'المصادر', en: 'Sources' },
  dropHere: { ar: 'أفلت الملفات هنا لاستيرادها', en: 'Drop files here to import them' },
  noSources: {
    ar: 'لا مصادر بعد. استورد ملفًا (نصًا أو صفحة ويب أو PDF أو مستند Word) أو الصق نصًا.',
    en: 'No sources yet. Import a file (text, web page, PDF or Word document) or paste text.',
  },
  noSourceSelected: { ar: 'اختر مصدرًا من القائمة.', en: 'Choose a source from the list.' },
  languageLabel: { ar: 'Switch the interface to English', en: 'التبديل إلى الواجهة العربية' },
  encoding: { ar: 'الترميز', en: 'Encoding' },
  confidence: { ar: 'الثقة', en: 'confidence' },
  detectedBy: { ar: 'اكتُشف عبر', en: 'detected by' },
  changeEncoding: { ar: 'فك الترميز بـ', en: 'Decode as' },
  // decoding replaced invalid bytes with U+FFFD: how many and where the first is; another encoding may fit
  replacedBytes: {
    ar: 'تعذّرت قراءة {count} من تسلسلات البايتات فاستُبدل بها �، أولها عند البايت {offset}. جرّب ترميزًا آخر.',
    en: '{count} invalid byte sequences were replaced with �, the first at byte {offset}. Try another encoding.',
  },
  problems: { ar: 'ملفات لم تُقرأ', en: 'Files that could not be read' },
  keptAs: { ar: 'حُفظ باسم', en: 'kept as' },
  // a corrupt workspace.json: kept aside, the workspace open read-only until it is restored
  readOnlyWorkspace: {
    ar: 'مساحة العمل مفتوحة للقراءة فقط حتى يُستعاد الملف: أصلح النسخة المحفوظة في محرر نصوص ثم استعدها.',
    en: 'The workspace is read-only until the file is restored: fix the kept copy in a text editor, then restore it.',
  },
  restoreKeptCopy: { ar: 'استعادة النسخة المحفوظة', en: 'Restore the kept copy' },
  importing: { ar: 'جارٍ استيراد', en: 'Importing' },
  imported: { ar: 'تم استيراد', en: 'Imported' },
  characters: { ar: 'حرف', en: 'characters' },
  readingView: { ar: 'نص المصدر', en: 'Source text' },
  // a long source: only the lines near the view are in the document (the reading window)
  readingWindowHint: {
    ar: 'مصدر طويل: لا يُعرض إلا ما قرب موضع المؤشر من أسطر. حرّك المؤشر لمتابعة القراءة؛ Ctrl+Home وCtrl+End إلى أوله وآخره.',
    en: 'Long source: only the lines near the caret are shown. Move the caret to read on; Ctrl+Home and Ctrl+End go to its start and end.',
  },
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
  claimsMergedElsewhere: {
    ar: 'أُضيفت تغييرات على الادعاءات جرت في مكان آخر (نافذة أخرى، سطر الأوامر أو مزامنة الملفات).',
    en: 'Claim changes made elsewhere (another window, the command line or a file sync) were brought in.',
  },
  claimsKeptBoth: {
    ar: 'عُدّلت بعض الادعاءات هنا وفي مكان آخر معًا؛ حُفظت النسختان (نسختك كادعاء جديد). العدد:',
    en: 'Some claims were changed here and elsewhere at once; both versions are kept (yours as a new claim). Count:',
  },
  claimsNotLoaded: { ar: 'تعذّرت قراءة ادعاءات هذا المصدر:', en: 'The claims of this source could not be read:' },
  reanchored: { ar: 'حُفظ النص. الادعاءات:', en: 'Text saved. Claims:' },
  kept: { ar: 'في مكانها', en: 'kept' },
  changed: { ar: 'تغيّر نصها', en: 'changed' },
  moved: { ar: 'نُقلت', en: 'moved' },
  orphaned: { ar: 'فقدت موضعها', en: 'orphaned' },
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
  suspicions: { ar: 'قيم مشكوك فيها', en: 'Suspicious values' },
  levelHigh: { ar: 'مرجّح', en: 'likely' },
  levelLow: { ar: 'محتمل', en: 'possible' },
  acceptSuspicion: { ar: 'اجعله ادعاءً', en: 'Make it a claim' },
  dismissSuspicion: { ar: 'تجاهل', en: 'Dismiss' },
  exportingPdf: { ar: 'جارٍ إعداد تقرير PDF لـ', en: 'Preparing the PDF report of' },
  exportedPdf: { ar: 'صُدّر التقرير:', en: 'Report exported:' },
  exportProgress: { ar: 'تقدّم تصدير التقرير', en: 'Report export progress' },
  cancelExport: { ar: 'إلغاء التصدير', en: 'Cancel export' },
  exportCancelled: { ar: 'أُلغي التصدير، ولم يُكتب أيّ ملف:', en: 'Export cancelled; no file was written:' },
  pagesClaimsOrphans: { ar: 'صفحة · ادعاء · بلا موضع', en: 'pages · claims · orphans' },
  whichClaim: { ar: 'أيّ ادعاء؟', en: 'Which claim?' },
  newTag: { ar: 'وسم جديد', en: 'New tag' },
  dismiss: { ar: 'إغلاق', en: 'Dismiss' },
  close: { ar: 'إغلاق', en: 'Close' },
  or: { ar: 'أو', en: 'or' },
  // documents: PDF, Word, saved pages, paste (issue 15)
  exportingOriginal: { ar: 'جارٍ إعداد ملف PDF الأصلي مع الادعاءات لـ', en: 'Annotating the original PDF of' },
  exportedOriginal: { ar: 'صُدّر الملف الأصلي مع التظليل:', en: 'Annotated original exported:' },
  highlightsClaimsOrphans: { ar: 'تظليل · ادعاء · بلا موضع', en: 'highlights · claims · orphans' },
  originalOnlyPdf: {
    ar: 'هذا المصدر لم يُستورد من PDF، فليس له أصل يُظلَّل. صدّر تقرير PDF بدلًا من ذلك.',
    en: 'This source was not imported from a PDF, so it has no original to annotate. Export the PDF report instead.',
  },
  pasteTitle: { ar: 'مصدر جديد من الحافظة', en: 'New source from the clipboard' },
  pasteHelp: {
    ar: 'الصق هنا (Ctrl+V) نصًا أو صفحة منسوخة من المتصفح؛ تُحفظ فقراتها وعنوانها.',
    en: 'Paste here (Ctrl+V) text or a page copied from a browser; its paragraphs and title are kept.',
  },
  pasteArea: { ar: 'النص الملصق', en: 'Pasted text' },
  pasteSourceTitle: { ar: 'العنوان (اختياري)', en: 'Title (optional)' },
  pasteFormatted: { ar: 'لُصق نص منسّق (HTML)', en: 'Formatted text (HTML) pasted' },
  pasteImport: { ar: 'استيراد', en: 'Import' },
  pdfPages: { ar: 'صفحة', en: 'pages' },
  macrosNotRun: {
    ar: 'في الملف وحدات ماكرو: لم تُشغَّل ولم تُستورد، النص وحده هو المصدر.',
    en: 'The file has macros: they were not run or imported; only its text is the source.',
  },
  encryptedPdf: {
    ar: 'ملف PDF مقيَّد الأذونات: يُقرأ نصه، لكن لا يُصدَّر أصله مظلَّلًا.',
    en: 'A permissions-restricted PDF: its text is read, but its original cannot be exported annotated.',
  },
  // claim payload: citations, applied corrections, annotations from other tools
  citationUrlUnusable: {
    ar: 'ليس عنوان ويب (http:// أو https://): يُحفظ لكنه لا يُفتح ولا يُربط في التقرير.',
    en: 'Not a web address (http:// or https://): it is kept, but it cannot be opened or linked in the report.',
  },
  correctionApplied: { ar: 'طُبّق على النص', en: 'applied' },
  formerQuote: { ar: 'الاقتباس الأصلي قبل فقدان موضعه:', en: 'Original quote, before it lost its place:' },
  importAnnotationsTitle: { ar: 'استيراد تعليقات من', en: 'Import annotations from' },
  importWillAdd: { ar: 'جديدة:', en: 'new:' },
  importWillUpdate: { ar: 'محدّثة:', en: 'updated:' },
  importUnchanged: { ar: 'دون تغيير:', en: 'unchanged:' },
  importSkipped: { ar: 'متروكة:', en: 'skipped:' },
  importUnknownTags: {
    ar: 'وسوم ليست في مساحة العمل (المؤشَّر عليها يُنشأ، والباقي يبقى نصًا):',
    en: 'Tags the workspace does not have (ticked ones are created, the others stay as text):',
  },
  importConfirm: { ar: 'استيراد', en: 'Import' },
  importedAnnotations: { ar: 'استُوردت التعليقات:', en: 'Annotations imported:' },
  skipNotAnnotation: { ar: 'ليس تعليقًا توضيحيًا', en: 'not an annotation' },
  skipReply: { ar: 'ردّ على تعليق آخر', en: 'a reply to another annotation' },
  skipPageNote: { ar: 'ملاحظة على الصفحة كلها لا على نص', en: 'a note on the whole page, not on text' },
  skipNoTextSelector: {
    ar: 'يحدّد موضعه بغير النص (صورة أو عنصر)',
    en: 'it selects no text (an image region or an element)',
  },
  skipOtherDocument: { ar: 'عن وثيقة أخرى', en: 'about another document' },
  skipQuoteNotFound: { ar: 'اقتباسه غير موجود في هذا المصدر', en: 'its quote is not in this source' },
  skipInvalid: { ar: 'بنيته غير صالحة', en: 'its structure is not valid' },
  skipUnknownContext: { ar: 'يستعمل سياق JSON-LD غير معروف', en: 'it uses an unknown JSON-LD context' },
  skipDuplicateId: { ar: 'معرّفه مكرّر في الملف', en: 'its id is used twice in the file' },
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
