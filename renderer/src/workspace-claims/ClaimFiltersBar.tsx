// The claims view's filters: free text over quotes and notes, tag (with counts), source, and with / without a
// citation, a correction, a lost place. Native controls, so each works by keyboard and is read as labelled.

import type { SourceMeta, Tag, UiLanguage } from '../../../shared/workspace/model.ts';
import { t, type StringKey } from '../i18n.ts';
import { formatNumber } from '../numbers.ts';
import { NO_FILTERS, UNTAGGED, type ClaimFilters, type Presence } from './claim-rows.ts';

export function ClaimFiltersBar(props: {
  lang: UiLanguage;
  tags: readonly Tag[];
  sources: readonly SourceMeta[];
  filters: ClaimFilters;
  /** Claims per tag among the rows the other filters leave. */
  counts: Map<string, number>;
  onChange: (filters: ClaimFilters) => void;
}) {
  const { lang, filters, counts } = props;
  const set = (patch: Partial<ClaimFilters>) => props.onChange({ ...filters, ...patch });
  const count = (n: number | undefined) => ` (${formatNumber(lang, n ?? 0)})`;
  return (
    <div className="claims-view__filters" role="group" aria-label={t(lang, 'claimsViewFilters')}>
      <input
        type="search"
        className="claims-view__text"
        aria-label={t(lang, 'filterText')}
        placeholder={t(lang, 'filterText')}
        value={filters.text}
        onChange={(e) => set({ text: e.target.value })}
      />
      <label>
        {t(lang, 'filterTag')}
        <select value={filters.tag} onChange={(e) => set({ tag: e.target.value })}>
          <option value="">{t(lang, 'filterAny')}</option>
          {props.tags.map((tag) => (
            <option key={tag.id} value={tag.id}>
              {tag.label[lang]}
              {count(counts.get(tag.id))}
            </option>
          ))}
          <option value={UNTAGGED}>
            {t(lang, 'untagged')}
            {count(counts.get(UNTAGGED))}
          </option>
        </select>
      </label>
      <label>
        {t(lang, 'filterSource')}
        <select value={filters.sourceId} onChange={(e) => set({ sourceId: e.target.value })}>
          <option value="">{t(lang, 'filterAny')}</option>
          {props.sources.map((s) => (
            <option key={s.id} value={s.id}>
              {s.title}
            </option>
          ))}
        </select>
      </label>
      <PresenceSelect
        lang={lang}
        label="filterCitation"
        value={filters.citation}
        onChange={(v) => set({ citation: v })}
      />
      <PresenceSelect
        lang={lang}
        label="filterCorrection"
        value={filters.correction}
        onChange={(v) => set({ correction: v })}
      />
      <PresenceSelect
        lang={lang}
        label="filterOrphaned"
        value={filters.orphaned}
        onChange={(v) => set({ orphaned: v })}
      />
      <button
        type="button"
        className="button button--quiet"
        disabled={JSON.stringify(filters) === JSON.stringify(NO_FILTERS)}
        onClick={() => props.onChange(NO_FILTERS)}
      >
        {t(lang, 'claimsViewClear')}
      </button>
    </div>
  );
}

function PresenceSelect(props: {
  lang: UiLanguage;
  label: StringKey;
  value: Presence;
  onChange: (value: Presence) => void;
}) {
  const { lang } = props;
  return (
    <label>
      {t(lang, props.label)}
      <select value={props.value} onChange={(e) => props.onChange(e.target.value as Presence)}>
        <option value="">{t(lang, 'filterAny')}</option>
        <option value="yes">{t(lang, 'filterWith')}</option>
        <option value="no">{t(lang, 'filterWithout')}</option>
      </select>
    </label>
  );
}
