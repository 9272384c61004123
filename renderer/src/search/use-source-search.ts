// Ctrl/Cmd+F in the open source: the query and options, its hits (from the service, so the alias list and
// the set-aside passages apply exactly as in workspace search), which hit is current, and their paint.

import { useEffect, useMemo, useState } from 'react';
import type { SearchHitView, WorkbenchApi } from '../../../shared/api/contract.ts';
import type { PaintedSpan } from '../reading/editor/plugins/TextHighlightsPlugin.tsx';

/** Typing pauses this long before a search is sent. */
const DEBOUNCE_MS = 120;
/** More hits than this in one source are not painted or stepped through; the bar says so. */
const SOURCE_HIT_LIMIT = 5000;

/** One empty array, so a closed bar does not hand the editor a new layer on every render. */
const NOTHING_PAINTED: PaintedSpan[] = [];

export interface SourceSearch {
  open: boolean;
  query: string;
  variants: boolean;
  hits: SearchHitView[];
  truncated: boolean;
  /** Hits left out in set-aside passages (0 once they are included). */
  setAside: number;
  /** Index of the current hit in `hits`, or -1. */
  current: number;
  /** True while the answer to the latest query is pending. */
  searching: boolean;
  painted: PaintedSpan[];
}

export function useSourceSearch(opts: {
  api: WorkbenchApi;
  sourceId: string;
  /** Changes when the text changes (hits are offsets into it). */
  textRevision: number;
  skipPassages: boolean;
  onError: (error: unknown) => void;
}) {
  const { api, sourceId, textRevision, skipPassages, onError } = opts;
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [variants, setVariants] = useState(false);
  const [result, setResult] = useState<{ hits: SearchHitView[]; truncated: boolean; setAside: number; for: string }>({
    hits: [],
    truncated: false,
    setAside: 0,
    for: '',
  });
  const [current, setCurrent] = useState(-1);
  // "Include them" (the set-aside hits) holds for this query; a new query leaves them out again.
  const [include, setInclude] = useState<string | null>(null);
  const includeAside = !skipPassages || include === query;
  const key = `${sourceId}|${textRevision}|${variants}|${includeAside}|${query}`;

  useEffect(() => {
    if (!open || query.trim() === '') {
      setResult({ hits: [], truncated: false, setAside: 0, for: key });
      setCurrent(-1);
      return;
    }
    let live = true;
    const timer = setTimeout(() => {
      api
        .search({ query, variants, sourceIds: [sourceId], includePassages: includeAside, limit: SOURCE_HIT_LIMIT })
        .then((r) => {
          if (!live) return;
          setResult({ ...r, for: key });
          setCurrent(r.hits.length > 0 ? 0 : -1);
        }, onError);
    }, DEBOUNCE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
    // `key` covers every input of the search.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, open]);

  const painted = useMemo<PaintedSpan[]>(
    () =>
      result.hits.map((h, i) => ({
        start: h.start,
        end: h.end,
        style: i === current ? 'search-current' : 'search-hit',
      })),
    [result.hits, current],
  );
  const state: SourceSearch = {
    open,
    query,
    variants,
    hits: result.hits,
    truncated: result.truncated,
    setAside: result.setAside,
    current,
    searching: open && query.trim() !== '' && result.for !== key,
    painted: open ? painted : NOTHING_PAINTED,
  };
  const step = (by: number) => {
    const n = result.hits.length;
    if (n === 0) return -1;
    const next = ((((current < 0 ? (by > 0 ? -1 : 0) : current) + by) % n) + n) % n;
    setCurrent(next);
    return next;
  };
  const includeSetAside = () => setInclude(query);
  return { state, setOpen, setQuery, setVariants, step, includeSetAside };
}
