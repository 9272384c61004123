// Words for passages that depend on a count: "37 lines" in English, and in Arabic the noun form the number
// takes (سطر واحد، سطران، ٣ أسطر، ١١ سطرًا، ١٠٠ سطر). Pure, so the rule is tested apart from the UI.

import type { UiLanguage } from '../../../shared/workspace/model.ts';
import type { PassageKind } from '../reading/editor/plugins/passage-lines.ts';
import { t } from '../i18n.ts';
import { listSeparator } from '../../../shared/text/list.ts';

export function linesPhrase(lang: UiLanguage, n: number): string {
  if (lang === 'en') return n === 1 ? '1 line' : `${n} lines`;
  if (n === 1) return 'سطر واحد';
  if (n === 2) return 'سطران';
  const lastTwo = n % 100;
  // 3–10 take the plural; 11–99 the singular accusative; hundreds, and 101/102…, the singular genitive.
  if (lastTwo >= 3 && lastTwo <= 10) return `${n} أسطر`;
  if (lastTwo >= 11) return `${n} سطرًا`;
  return `${n} سطر`;
}

export function kindName(lang: UiLanguage, kind: PassageKind): string {
  return t(
    lang,
    kind === 'repeated' ? 'passageRepeated' : kind === 'near-duplicate' ? 'passageNearDuplicate' : 'passageBoilerplate',
  );
}

/** The fold button in the text: "Repeated passage, 37 lines — show". */
export function foldLabel(lang: UiLanguage, kind: PassageKind, lines: number): string {
  return `${kindName(lang, kind)}${listSeparator(lang)}${linesPhrase(lang, lines)} — ${t(lang, 'passageShowFolded')}`;
}
