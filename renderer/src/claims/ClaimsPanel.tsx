// The claims panel: a labelled complementary landmark with a tag filter (counts per tag), the claims in
// text order as list items that name their tag and quote, the chosen claim's details, and the orphans.

import { memo } from 'react';
import { readClaim } from '../../../shared/annotations/claim.ts';
import { readAppliedCorrection } from '../../../shared/annotations/applied-correction.ts';
import { quoteSelector, type Annotation } from '../../../shared/annotations/model.ts';
import type { Tag, UiLanguage } from '../../../shared/workspace/model.ts';
import type { AnchoredClaim } from './use-claim-session.ts';
import { t } from '../i18n.ts';
import { formatNumber } from '../numbers.ts';
import { markBackground, tagColor, tagLabel } from '../tags/colors.ts';
import { ClaimDetails, type ClaimDetailsActions } from './ClaimDetails.tsx';
import { ClaimList } from './ClaimList.tsx';
import { CorrectionText } from './CorrectionText.tsx';
import { OrphanList } from './OrphanList.tsx';
import { joinList } from '../../../shared/text/list.ts';

export interface ClaimsPanelProps extends ClaimDetailsActions {
  lang: UiLanguage;
  tags: Tag[];
  claims: AnchoredClaim[];
  filter: string | null;
  selectedId: string | null;
  canReattach: boolean;
  notice: string | null;
  onFilter: (tagId: string | null) => void;
  onChoose: (id: string) => void;
  onReattach: (claim: Annotation) => void;
  /** Rendered after the claims: the suspicions list (the panel does not know about them). */
  children?: React.ReactNode;
  /** Passed to the selected claim's details: its "also in" links. */
  claimAlsoIn?: React.ReactNode;
}

export function ClaimsPanel(props: ClaimsPanelProps) {
  const { lang, tags } = props;
  const anchored = props.claims.filter((c) => c.anchor);
  const orphans = props.claims.filter((c) => !c.anchor).map((c) => c.annotation);
  const counts = countTags(anchored);
  const shown = props.filter ? anchored.filter((c) => readClaim(c.annotation).tags.includes(props.filter!)) : anchored;
  const selected = props.claims.find((c) => c.annotation.id === props.selectedId);
  return (
    <aside className="claims" aria-label={t(lang, 'claimsPanel')}>
      <h2 className="claims__title">
        {t(lang, 'claims')} <span className="claims__count">{formatNumber(lang, anchored.length)}</span>
      </h2>
      {props.notice && (
        <p className="claims__notice" role="alert">
          {props.notice}
        </p>
      )}
      <div className="claims__filter" role="group" aria-label={t(lang, 'filterByTag')}>
        <FilterButton
          label={t(lang, 'allTags')}
          count={formatNumber(lang, anchored.length)}
          pressed={!props.filter}
          onClick={() => props.onFilter(null)}
        />
        {[...new Set([...tags.map((tag) => tag.id), ...counts.keys()])].map((id) => (
          <FilterButton
            key={id}
            label={tagLabel(tags, id, lang)}
            count={formatNumber(lang, counts.get(id) ?? 0)}
            color={tagColor(tags, id)}
            pressed={props.filter === id}
            onClick={() => props.onFilter(props.filter === id ? null : id)}
          />
        ))}
      </div>
      {shown.length === 0 ? (
        <p className="claims__empty">{t(lang, anchored.length === 0 ? 'noClaims' : 'noClaimsForFilter')}</p>
      ) : (
        <ClaimList
          items={shown}
          label={t(lang, 'claims')}
          keyOf={(c) => c.annotation.id}
          selectedKey={props.selectedId}
          row={({ annotation }) => (
            <ClaimItem
              key={annotation.id}
              lang={lang}
              tags={tags}
              claim={annotation}
              selected={annotation.id === props.selectedId}
              onChoose={props.onChoose}
            />
          )}
        />
      )}
      {selected && <ClaimDetails {...props} claim={selected.annotation} anchored={selected.anchor !== null} />}
      {props.children}
      {orphans.length > 0 && (
        <OrphanList
          lang={lang}
          tags={tags}
          orphans={orphans}
          canReattach={props.canReattach}
          onReattach={props.onReattach}
          onDelete={props.onDelete}
        />
      )}
    </aside>
  );
}

/**
 * Memoised: on a source with thousands of claims, adding or editing one must not re-render every item. Each
 * item depends only on its own annotation object (replaced when it changes), its selection and the tag set.
 */
const ClaimItem = memo(function ClaimItem(props: {
  lang: UiLanguage;
  tags: Tag[];
  claim: Annotation;
  selected: boolean;
  onChoose: (id: string) => void;
}) {
  const { lang, tags, claim } = props;
  const fields = readClaim(claim);
  const quote = quoteSelector(claim)?.exact ?? '';
  const names = fields.tags.length
    ? joinList(
        fields.tags.map((id) => tagLabel(tags, id, lang)),
        lang,
      )
    : t(lang, 'untagged');
  return (
    <li className="claim-item" aria-label={`${names}: «${quote}»`} aria-current={props.selected ? 'true' : undefined}>
      <button
        type="button"
        className="claim-item__button"
        data-claim-id={claim.id}
        onClick={() => props.onChoose(claim.id)}
      >
        <span
          className="claim-item__swatch"
          style={{ background: markBackground(fields.tags.map((id) => tagColor(tags, id))) }}
          aria-hidden="true"
        />
        <span className="claim-item__tags">{names}</span>
        <bdi className="claim-item__quote">{quote}</bdi>
        {fields.correction && (
          <CorrectionText
            lang={lang}
            quote={quote}
            correction={fields.correction}
            applied={readAppliedCorrection(claim)}
          />
        )}
        {fields.note && <span className="claim-item__note">{fields.note}</span>}
      </button>
    </li>
  );
});

function FilterButton(props: { label: string; count: string; pressed: boolean; color?: string; onClick: () => void }) {
  return (
    <button type="button" className="chip" aria-pressed={props.pressed} onClick={props.onClick}>
      {props.color && <span className="chip__dot" style={{ background: props.color }} aria-hidden="true" />}
      {props.label} <span className="chip__count">{props.count}</span>
    </button>
  );
}

function countTags(claims: AnchoredClaim[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { annotation } of claims) {
    for (const tag of readClaim(annotation).tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  }
  return counts;
}
