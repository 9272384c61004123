// When the app cannot start (a workspace from a newer version, a data folder it may not write, anything
// unexpected): one native error box that says what happened and what to do, in the UI language, then exit.

import { app, dialog } from 'electron';
import { WorkbenchError } from '../../shared/errors.ts';
import type { UiLanguage } from '../../shared/workspace/model.ts';
import { ElectronSettingsStore } from './electron-settings.ts';

type Bilingual = Record<UiLanguage, string>;

const TITLE: Bilingual = { ar: 'تعذّر تشغيل منضدة الادعاءات', en: 'Claim Workbench could not start' };

const LEADS = {
  newer: {
    ar: 'كُتبت مساحة العمل بإصدار أحدث من البرنامج. حدّث البرنامج لفتحها؛ لم يُغيَّر فيها شيء.',
    en: 'The workspace was written by a newer version of the app. Update the app to open it; nothing in it was changed.',
  },
  disk: {
    ar: 'تعذّرت الكتابة في مجلد بيانات البرنامج. تأكّد أن القرص غير ممتلئ وأنه قابل للكتابة وأن لك إذنًا بالكتابة فيه.',
    en: 'The app could not write to its data folder. Check that the disk is not full or read-only and that you may write there.',
  },
  other: {
    ar: 'منع خطأ غير متوقع البرنامج من البدء.',
    en: 'Something unexpected stopped the app from starting.',
  },
} satisfies Record<string, Bilingual>;

const DISK_ERRORS = new Set(['EACCES', 'EPERM', 'EROFS', 'ENOTDIR', 'ENOSPC', 'EEXIST', 'EISDIR', 'EDQUOT']);

function startupFailureText(error: unknown, lang: UiLanguage): { title: string; message: string } {
  const detail = error instanceof Error ? error.message : String(error);
  return { title: TITLE[lang], message: `${leadFor(error)[lang]}\n\n${detail}` };
}

function leadFor(error: unknown): Bilingual {
  if (error instanceof WorkbenchError && error.code === 'file-newer-version') return LEADS.newer;
  if (error instanceof WorkbenchError && error.code === 'io') return LEADS.disk;
  const errno = (error as NodeJS.ErrnoException | null)?.code;
  return typeof errno === 'string' && DISK_ERRORS.has(errno) ? LEADS.disk : LEADS.other;
}

/** Shows the error box, then exits with status 1 (there is no window and nothing unsaved yet). */
export async function reportStartupFailure(error: unknown): Promise<void> {
  const { title, message } = startupFailureText(error, await startupLanguage());
  dialog.showErrorBox(title, message);
  app.exit(1);
}

/** The saved UI language if the settings can still be read, else the system's. */
async function startupLanguage(): Promise<UiLanguage> {
  try {
    return (await new ElectronSettingsStore().read()).language;
  } catch {
    return app.getLocale().toLowerCase().startsWith('ar') ? 'ar' : 'en';
  }
}
