// The workspaces dialog's UI strings, spread into the app's table (i18n.ts).

import type { UiLanguage } from '../../../shared/workspace/model.ts';

export const WORKSPACE_STRINGS = {
  workspacesTitle: { ar: 'مساحات العمل', en: 'Workspaces' },
  recentWorkspaces: { ar: 'المفتوحة مؤخرًا', en: 'Recent' },
  openNow: { ar: 'مفتوحة الآن', en: 'open now' },
  workspaceGone: { ar: 'لم تعد موجودة هنا', en: 'no longer there' },
  chooseFolder: { ar: 'اختيار مجلد…', en: 'Choose folder…' },
  workspaceFolder: { ar: 'المجلد (مساره الكامل)', en: 'Folder (its full path)' },
  openFolder: { ar: 'فتح', en: 'Open' },
  makeWorkspaceHere: { ar: 'إنشاء مساحة عمل جديدة هنا', en: 'Make a new workspace here' },
  newWorkspaceHelp: {
    ar: 'مجلد جديد أو فارغ؛ تُسمّى مساحة العمل باسمه، ويمكن تغيير الاسم بعد ذلك.',
    en: 'A new or empty folder; the workspace is named after it, and can be renamed afterwards.',
  },
} as const satisfies Record<string, Record<UiLanguage, string>>;
