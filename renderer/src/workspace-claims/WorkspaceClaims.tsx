// "Claims in all sources" (Ctrl/Cmd+Shift+L, the Edit menu, the button above the source list): the workspace's
// claims in one sortable, filterable table in the reading view's place, with counts; choosing a row opens its
// source with that claim chosen and shown; chosen rows can get or lose a tag at once (undoable). Escape goes back.

import { useMemo, useState } from 'react';
import type { WorkbenchApi } from '../../../shared/api/contract.ts';
import type { SourceMeta, Tag, UiLanguage } from '../../../shared/workspace/model.ts';
import { t } from '../i18n.ts';
import { ClaimFiltersBar } from './ClaimFiltersBar.tsx';
import { ClaimsTable } from './ClaimsTable.tsx';
import { BulkTagBar } from './BulkTagBar.tsx';
import { DEFAULT_SORT, filterRows, NO_FILTERS, rowKey, tagCounts, type ClaimRow } from './claim-rows.ts';
import { useBulkTags } from './use-bulk-tags.ts';
import { claimsCount } from './strings.ts';
import { useEscape, useShownRows, useWorkspaceClaims } from './use-workspace-claims.ts';
import './workspace-claims.css';

const NO_ROWS: ClaimRow[] = [];

export function WorkspaceClaims(props: {
  api: WorkbenchApi;
  lang: UiLanguage;
  tags: Tag[];
  sources: SourceMeta[];
  onOpen: (row: ClaimRow) => void;
  onClose: () => void;
  onError: (error: unknown) => void;
}) {
  const { lang, tags } = props;
  const [changes, setChanges] = useState(0);
  const version = `${tags.map((tag) => tag.id).join()}|${props.sources.map((s) => s.id).join()}|${changes}`;
  const loaded = useWorkspaceClaims(props.api, version, props.onError);
  useEscape(props.onClose);
  const [filters, setFilters] = useState(NO_FILTERS);
  const [sort, setSort] = useState(DEFAULT_SORT);
  const rows = loaded?.rows ?? NO_ROWS;
  const shown = useShownRows(rows, filters, sort, lang, tags);
  // Counts beside each tag: among the claims every other filter leaves.
  const counts = useMemo(() => tagCounts(filterRows(rows, { ...filters, tag: '' })), [rows, filters]);
  const bulk = useBulkTags(props.api, shown, () => setChanges((n) => n + 1), props.onError);
  const titles = new Map(props.sources.map((s) => [s.id, s.title]));
  return (
    <main className="claims-view" aria-labelledby="claims-view-title">
      <div className="claims-view__head">
        <h2 id="claims-view-title" className="claims-view__title">
          {t(lang, 'claimsInWorkspace')}
        </h2>
        <p className="claims-view__count" role="status" data-testid="claims-view-count">
          {loaded
            ? claimsCount(lang, shown.length, rows.length, new Set(shown.map((r) => r.sourceId)).size)
            : t(lang, 'claimsViewLoading')}
        </p>
        <button type="button" className="button" onClick={props.onClose}>
          {t(lang, 'claimsViewBack')}
        </button>
      </div>
      {loaded && loaded.unreadable.length > 0 && (
        <div className="message message--error" role="alert">
          {t(lang, 'claimsViewUnread')}
          <ul>
            {loaded.unreadable.map((u) => (
              <li key={u.sourceId}>
                <bdi>{titles.get(u.sourceId) ?? u.sourceId}</bdi>: <bdi dir="auto">{u.message}</bdi>
              </li>
            ))}
          </ul>
        </div>
      )}
      <ClaimFiltersBar
        lang={lang}
        tags={tags}
        sources={props.sources}
        filters={filters}
        counts={counts}
        onChange={setFilters}
      />
      <BulkTagBar
        lang={lang}
        tags={tags}
        count={shown.filter((r) => bulk.selected.has(rowKey(r))).length}
        onApply={bulk.apply}
        onUndo={bulk.undo}
      />
      {loaded && shown.length === 0 ? (
        <p className="claims-view__empty">{t(lang, rows.length === 0 ? 'claimsViewEmpty' : 'claimsViewNoMatch')}</p>
      ) : (
        <ClaimsTable
          lang={lang}
          tags={tags}
          rows={shown}
          sort={sort}
          onSort={setSort}
          onOpen={props.onOpen}
          selected={bulk.selected}
          onToggle={bulk.toggle}
          onToggleAll={bulk.toggleAll}
        />
      )}
    </main>
  );
}
