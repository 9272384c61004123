// What went wrong, in the UI language. The services speak English with specifics (file names, paths, sizes);
// the error's stable code (shared/errors.ts) gives the researcher a sentence in their language first, and
// the service's words follow as the detail.

import { isErrorCode, type ErrorCode } from '../../shared/errors.ts';
import type { UiLanguage } from '../../shared/workspace/model.ts';

const LEADS: Record<ErrorCode, Record<UiLanguage, string>> = {
  'invalid-argument': { ar: 'طلب غير صالح.', en: 'The request was not valid.' },
  'not-found': { ar: 'لم يُعثر على المطلوب.', en: 'Not found.' },
  'import-empty': { ar: 'الملف فارغ، فلم يُستورد.', en: 'The file is empty; nothing was imported.' },
  'import-binary': { ar: 'هذا ليس ملفًا نصيًا، فلم يُستورد.', en: 'This is not a text file; nothing was imported.' },
  'import-too-large': {
    ar: 'الملف أكبر من أن يُستورد (الحد 20 ميغابايت).',
    en: 'The file is too large to import (20 MB at most).',
  },
  'import-unreadable': { ar: 'تعذّرت قراءة الملف.', en: 'The file could not be read.' },
  'import-unsupported': {
    ar: 'نوع الملف غير مدعوم (txt أو html أو md أو pdf أو docx أو odt أو mhtml).',
    en: 'This file type is not supported (txt, html, md, pdf, docx, odt or mhtml).',
  },
  'import-protected': {
    ar: 'الملف محميّ بكلمة مرور، فلم يُستورد. احفظ نسخة بلا كلمة مرور ثم استوردها.',
    en: 'The file is password-protected; nothing was imported. Save a copy without the password and import that.',
  },
  'import-damaged': {
    ar: 'الملف تالف أو ليس من النوع الذي يدّعيه، فلم يُستورد.',
    en: 'The file is damaged or not the kind it claims to be; nothing was imported.',
  },
  'import-no-text': {
    ar: 'لا نصّ في الملف: صفحاته صور (كالمسح الضوئي). التعرّف الضوئي على الحروف (OCR) غير متاح هنا؛ طبّقه أولًا.',
    en: 'The file has no text: its pages are images (as in a scan). Text recognition (OCR) is not done here; run it first.',
  },
  'import-over-limit': {
    ar: 'الملف يتجاوز حدود الاستيراد (عدد الصفحات أو الحجم بعد فكّ الضغط)، فلم يُستورد.',
    en: 'The file goes over an import limit (page count or unpacked size); nothing was imported.',
  },
  'file-corrupt': {
    ar: 'ملف تالف: نُقل جانبًا ولم يُكتب فوقه شيء.',
    en: 'A damaged file: it was moved aside and nothing was written over it.',
  },
  'file-newer-version': {
    ar: 'ملف من إصدار أحدث من البرنامج: تُرك كما هو.',
    en: 'A file from a newer version of the app: it was left as it is.',
  },
  conflict: {
    ar: 'تعارض: تغيّر شيء في مكان آخر منذ فتحه.',
    en: 'Conflict: something changed elsewhere since it was opened.',
  },
  'source-in-trash': {
    ar: 'حُذف هذا المصدر ونُقل إلى سلة المحذوفات، فلم يُحفظ فيه شيء. استرجعه من السلة لتعمل عليه.',
    en: 'This source was deleted and is in the trash, so nothing was saved to it. Restore it from the trash to work on it.',
  },
  io: { ar: 'تعذّرت القراءة من القرص أو الكتابة عليه.', en: 'Could not read from or write to the disk.' },
  unauthorized: {
    ar: 'اتصال غير مأذون: افتح الرابط الذي طبعه الأمر من جديد.',
    en: 'Not authorized: open the URL the command printed again.',
  },
  internal: { ar: 'حدث خطأ غير متوقع.', en: 'Something unexpected went wrong.' },
};

export interface ErrorView {
  code: ErrorCode;
  /** The service's own words (English), shown after the lead. */
  detail: string;
}

export function errorView(error: unknown): ErrorView {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  // An error that crossed a door (IPC, HTTP) is a plain object: its message is still its words.
  const detail = typeof message === 'string' ? message : String(error);
  return { code: isErrorCode(code) ? code : 'internal', detail };
}

export function errorLead(lang: UiLanguage, code: ErrorCode): string {
  return LEADS[code][lang];
}
