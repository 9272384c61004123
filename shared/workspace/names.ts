// The name the app gives the workspace it makes on first start. It is stored as written here, like any name
// the researcher types; shown, it is said in the UI (or report) language until the researcher renames it.

import type { UiLanguage } from './model.ts';

export const DEFAULT_WORKSPACE_NAME = 'My workspace';

const DEFAULT_SHOWN: Record<UiLanguage, string> = { ar: 'مساحة عملي', en: DEFAULT_WORKSPACE_NAME };

export function shownWorkspaceName(name: string, language: UiLanguage): string {
  return name === DEFAULT_WORKSPACE_NAME ? DEFAULT_SHOWN[language] : name;
}
