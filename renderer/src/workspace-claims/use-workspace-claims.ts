// The claims view's data: every claim of the workspace, fetched when the view opens (after the open source's
// edits are saved, so the table shows them), turned into rows once; filters and sorting applied per render.

import { useEffect, useMemo, useRef, useState } from 'react';
import type { WorkbenchApi } from '../../../shared/api/contract.ts';
import type { Tag, UiLanguage } from '../../../shared/workspace/model.ts';
import { flushAll } from '../app/commands.ts';
import { filterRows, sortRows, toRows, type ClaimFilters, type ClaimRow, type Sort } from './claim-rows.ts';

export interface Loaded {
  rows: ClaimRow[];
  unreadable: { sourceId: string; message: string }[];
}

/**
 * `version` changes when what the rows say may have changed under the open view: a source imported or removed,
 * a tag deleted or merged (its claims were rewritten); the claims are fetched again then.
 */
export function useWorkspaceClaims(api: WorkbenchApi, version: string, onError: (error: unknown) => void) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  useEffect(() => {
    let live = true;
    flushAll()
      .then(() => api.listClaims({}))
      .then(({ claims, unreadable }) => live && setLoaded({ rows: toRows(claims), unreadable }), onError);
    return () => {
      live = false;
    };
  }, [api, version, onError]);
  return loaded;
}

/** The rows shown: filtered, then sorted; recomputed only when one of them changes. */
export function useShownRows(
  rows: readonly ClaimRow[],
  filters: ClaimFilters,
  sort: Sort,
  lang: UiLanguage,
  tags: readonly Tag[],
): ClaimRow[] {
  const filtered = useMemo(() => filterRows(rows, filters), [rows, filters]);
  return useMemo(() => sortRows(filtered, sort, lang, tags), [filtered, sort, lang, tags]);
}

/** Escape anywhere in the page but a dialog (the Tags dialog over the view closes itself) closes the view. */
export function useEscape(onEscape: () => void): void {
  const latest = useRef(onEscape);
  latest.current = onEscape;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const inDialog = e.target instanceof Element && e.target.closest('dialog, [role=dialog], [role=menu]');
      if (e.key === 'Escape' && !e.defaultPrevented && !inDialog) latest.current();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}
