// Cells of the claims view's table that say more than their text: a claim's tags (label and colour, "untagged"
// when it has none) and what it carries (citation, correction, a lost place), in the UI language.

import type { Tag, UiLanguage } from '../../../shared/workspace/model.ts';
import { t, type StringKey } from '../i18n.ts';
import { tagColor, tagLabel } from '../tags/colors.ts';
import type { ClaimRow } from './claim-rows.ts';

export function TagChips(props: { lang: UiLanguage; tags: readonly Tag[]; ids: readonly string[] }) {
  if (props.ids.length === 0) return <span className="claims-table__none">{t(props.lang, 'untagged')}</span>;
  return props.ids.map((id) => (
    <span key={id} className="claims-table__tag">
      <span className="chip__dot" style={{ background: tagColor(props.tags, id) }} aria-hidden="true" />
      {tagLabel(props.tags, id, props.lang)}
    </span>
  ));
}

export function Flags({ lang, row }: { lang: UiLanguage; row: ClaimRow }) {
  const flags: [boolean, StringKey][] = [
    [row.hasCitation, 'flagCitation'],
    [row.hasCorrection, 'flagCorrection'],
    [row.orphaned, 'flagOrphaned'],
  ];
  return flags.map(([on, key]) =>
    on ? (
      <span key={key} className={`claims-table__flag claims-table__flag--${key}`}>
        {t(lang, key)}
      </span>
    ) : null,
  );
}
