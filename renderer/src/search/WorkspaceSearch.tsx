// Search across every source (Ctrl/Cmd+Shift+F), in the sidebar's place: hits grouped by source with the
// words around them (the query's own forms first, other forms marked); choosing one opens its source with the
// hit selected; "N more in set-aside passages" includes them with one click. The alias list is edited here.

import { useEffect, useState } from 'react';
import type { SearchHitView, WorkbenchApi } from '../../../shared/api/contract.ts';
import type { SourceMeta, UiLanguage } from '../../../shared/workspace/model.ts';
import { t } from '../i18n.ts';
import { HitForm, SetAsideHits } from './SearchBar.tsx';
import { SearchQuery } from './SearchQuery.tsx';

const PAGE = 100;
const DEBOUNCE_MS = 150;

export function WorkspaceSearch(props: {
  api: WorkbenchApi;
  lang: UiLanguage;
  sources: SourceMeta[];
  skipPassages: boolean;
  focusNonce: number;
  onOpenAt: (sourceId: string, start: number, end: number) => void;
  onEditAliases: () => void;
  onClose: () => void;
  onError: (error: unknown) => void;
}) {
  const { api, lang, sources, skipPassages, onError } = props;
  const [query, setQuery] = useState('');
  const [variants, setVariants] = useState(false);
  const [limit, setLimit] = useState(PAGE);
  const [result, setResult] = useState<{ hits: SearchHitView[]; truncated: boolean; setAside: number } | null>(null);
  // "Include them" holds for this query; a new query leaves set-aside passages out again.
  const [include, setInclude] = useState<string | null>(null);
  const includeAside = !skipPassages || include === query;
  // Any import, re-decode or text correction changes this, and the hits are searched again.
  const textsVersion = sources.map((s) => `${s.id}:${s.textRevision}:${s.textLength}`).join();

  useEffect(() => setLimit(PAGE), [query, variants]);
  useEffect(() => {
    if (query.trim() === '') return setResult(null);
    let live = true;
    const timer = setTimeout(() => {
      api.search({ query, variants, includePassages: includeAside, limit }).then((r) => live && setResult(r), onError);
    }, DEBOUNCE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [api, query, variants, includeAside, limit, textsVersion, onError]);

  const groups = groupBySource(result?.hits ?? []);
  return (
    <aside className="sidebar workspace-search" aria-label={t(lang, 'findInWorkspace')}>
      <div className="sidebar__head">
        <h2 className="sidebar__title">{t(lang, 'findInWorkspace')}</h2>
        <button type="button" className="button button--quiet" onClick={props.onClose}>
          {t(lang, 'backToSources')}
        </button>
      </div>
      <SearchQuery
        className="workspace-search__query"
        label={t(lang, 'findInWorkspace')}
        placeholder={t(lang, 'findPlaceholder')}
        value={query}
        focusNonce={props.focusNonce}
        onChange={setQuery}
        onKeyDown={(e) => e.key === 'Escape' && props.onClose()}
      />
      <div className="workspace-search__options">
        <label>
          <input type="checkbox" checked={variants} onChange={(e) => setVariants(e.target.checked)} />
          {t(lang, 'spellingVariants')}
        </label>
        <button type="button" className="button button--quiet" onClick={props.onEditAliases}>
          {t(lang, 'aliases')}
        </button>
      </div>
      {skipPassages && !includeAside && !result?.setAside && (
        <p className="workspace-search__note">{t(lang, 'setAsideHidden')}</p>
      )}
      {result && (
        <p className="workspace-search__summary" role="status" data-testid="workspace-search-summary">
          {result.hits.length === 0
            ? t(lang, 'noHits')
            : `${result.hits.length}${result.truncated ? '+' : ''} ${t(lang, 'hitsIn')} ${groups.length} ${t(lang, 'sourcesCount')}`}
        </p>
      )}
      {result && result.setAside > 0 && (
        <SetAsideHits lang={lang} count={result.setAside} onInclude={() => setInclude(query)} />
      )}
      <div className="workspace-search__results" data-testid="workspace-search-results">
        <HitGroups lang={lang} groups={groups} sources={sources} onOpenAt={props.onOpenAt} />
        {result?.truncated && (
          <button type="button" className="button" onClick={() => setLimit((n) => n + PAGE)}>
            {t(lang, 'showMoreHits')}
          </button>
        )}
      </div>
    </aside>
  );
}

/** Hits grouped by source, each with the words around it and, unless it is the query's own form, how it matches. */
function HitGroups(props: {
  lang: UiLanguage;
  groups: [string, SearchHitView[]][];
  sources: SourceMeta[];
  onOpenAt: (sourceId: string, start: number, end: number) => void;
}) {
  const byId = new Map(props.sources.map((s) => [s.id, s]));
  return props.groups.map(([sourceId, hits]) => {
    const meta = byId.get(sourceId);
    return (
      <section key={sourceId} className="workspace-search__group">
        <h3 className="workspace-search__source" dir="auto">
          <bdi>{meta?.title ?? sourceId}</bdi> <span className="claims__count">{hits.length}</span>
        </h3>
        <ul>
          {hits.map((h) => (
            <li key={h.start} data-form={h.form ?? 'exact'}>
              <button
                type="button"
                className="workspace-search__hit"
                dir={meta?.direction ?? 'auto'}
                onClick={() => props.onOpenAt(sourceId, h.start, h.end)}
              >
                {h.before}
                <mark>{h.text}</mark>
                {h.after}
              </button>
              <HitForm lang={props.lang} hit={h} />
            </li>
          ))}
        </ul>
      </section>
    );
  });
}

function groupBySource(hits: SearchHitView[]): [string, SearchHitView[]][] {
  const groups = new Map<string, SearchHitView[]>();
  for (const h of hits) groups.set(h.sourceId, [...(groups.get(h.sourceId) ?? []), h]);
  return [...groups];
}
