// The find bar of the open source (Ctrl/Cmd+F): Arabic-aware query, spelling variants, "3 / 57", how the
// current hit matches (another form of the word, a variant), "N more in set-aside passages" with one click to
// include them, previous and next (Enter / Shift+Enter), "tag all hits" with one tag as one undoable step, Esc
// to close. The hits are painted in the text by SourceView; this is only the bar.

import { useState } from 'react';
import type { SearchHitView } from '../../../shared/api/contract.ts';
import type { Tag, UiLanguage } from '../../../shared/workspace/model.ts';
import { setAsideCount, t, type StringKey } from '../i18n.ts';
import type { SourceSearch } from './use-source-search.ts';
import { SearchQuery } from './SearchQuery.tsx';

export function SearchBar(props: {
  lang: UiLanguage;
  tags: Tag[];
  search: SourceSearch;
  /** Bumped by each Ctrl/Cmd+F, so pressing it again refocuses the query. */
  focusNonce: number;
  canTag: boolean;
  onQuery: (query: string) => void;
  onVariants: (on: boolean) => void;
  onStep: (by: 1 | -1) => void;
  onTagAll: (tagId: string) => void;
  onIncludeSetAside: () => void;
  onClose: () => void;
}) {
  const { lang, search } = props;
  const [tagId, setTagId] = useState(props.tags[0]?.id ?? '');
  const n = search.hits.length;
  const count =
    search.query.trim() === ''
      ? ''
      : search.searching
        ? '…'
        : n === 0
          ? t(lang, 'noHits')
          : `${search.current + 1} / ${n}${search.truncated ? '+' : ''}`;
  return (
    // Keys are handled for the whole bar (Enter steps from its inputs, Escape closes it from anywhere in it).
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <div
      className="search-bar"
      role="search"
      aria-label={t(lang, 'findInSource')}
      onKeyDown={(e) => {
        // Enter steps from the query or the variants box (buttons and the tag menu keep their own Enter).
        const target = e.target as HTMLElement;
        if (e.key === 'Enter' && target instanceof HTMLInputElement) {
          e.preventDefault();
          props.onStep(e.shiftKey ? -1 : 1);
        } else if (e.key === 'Escape') {
          e.preventDefault();
          props.onClose();
        }
      }}
    >
      <SearchQuery
        className="search-bar__query"
        label={t(lang, 'findInSource')}
        placeholder={t(lang, 'findPlaceholder')}
        value={search.query}
        focusNonce={props.focusNonce}
        onChange={props.onQuery}
      />
      <output className="search-bar__count" aria-live="polite" data-testid="search-count">
        {count}
      </output>
      <HitForm lang={lang} hit={search.hits[search.current]} />
      {search.setAside > 0 && !search.searching && (
        <SetAsideHits lang={lang} count={search.setAside} onInclude={props.onIncludeSetAside} />
      )}
      <button
        type="button"
        className="button button--quiet"
        aria-label={t(lang, 'previousHit')}
        disabled={n === 0}
        onClick={() => props.onStep(-1)}
      >
        ↑
      </button>
      <button
        type="button"
        className="button button--quiet"
        aria-label={t(lang, 'nextHit')}
        disabled={n === 0}
        onClick={() => props.onStep(1)}
      >
        ↓
      </button>
      <label className="search-bar__option">
        <input type="checkbox" checked={search.variants} onChange={(e) => props.onVariants(e.target.checked)} />
        {t(lang, 'spellingVariants')}
      </label>
      <span className="search-bar__tag-all">
        <select aria-label={t(lang, 'tagForHits')} value={tagId} onChange={(e) => setTagId(e.target.value)}>
          {props.tags.map((tag) => (
            <option key={tag.id} value={tag.id}>
              {tag.label[lang]}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="button"
          disabled={n === 0 || !props.canTag || !tagId}
          onClick={() => props.onTagAll(tagId)}
        >
          {t(lang, 'tagAllHits')}
        </button>
      </span>
      <button
        type="button"
        className="button button--quiet"
        aria-label={t(lang, 'closeSearch')}
        onClick={props.onClose}
      >
        ✕
      </button>
    </div>
  );
}

/** The words for how a hit matches the query; nothing for the query's own form. */
const FORM_LABEL: Record<NonNullable<SearchHitView['form']>, StringKey | undefined> = {
  exact: undefined,
  alias: 'formAlias',
  'other-form': 'formOther',
  inflection: 'formInflection',
  variant: 'formVariant',
};

export function HitForm({ lang, hit }: { lang: UiLanguage; hit: SearchHitView | undefined }) {
  const key = hit?.form && FORM_LABEL[hit.form];
  return key ? (
    <span className="search-form" data-testid="hit-form">
      {t(lang, key)}
    </span>
  ) : null;
}

/** "3 more in set-aside passages — Include them". */
export function SetAsideHits(props: { lang: UiLanguage; count: number; onInclude: () => void }) {
  return (
    <span className="search-aside" data-testid="set-aside-hits">
      {setAsideCount(props.lang, props.count)}{' '}
      <button type="button" className="button button--quiet" onClick={props.onInclude}>
        {t(props.lang, 'includeSetAside')}
      </button>
    </span>
  );
}
