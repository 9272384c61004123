// Numbers as the UI shows them. Kept apart from i18n.ts so the feature string tables it spreads can use it.

import type { UiLanguage } from '../../shared/workspace/model.ts';

/** A count in the UI language's digits (Arabic-Indic in the Arabic UI), with its grouping separators. */
export function formatNumber(lang: UiLanguage, n: number): string {
  return n.toLocaleString(lang === 'ar' ? 'ar-EG' : 'en');
}
