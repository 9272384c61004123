// The rows of the citations editor. A new row is empty, and an empty citation is no W3C body (nothing is
// stored for it), so the rows live here: the stored citations plus the rows being typed, each with a key that
// stays while it is edited (the input keeps its focus when a typed row becomes a stored citation). When the
// stored list changes from elsewhere (undo, another claim) the rows follow it.

import { useRef, useState } from 'react';
import type { Citation } from '../../../shared/annotations/citations.ts';

export interface CitationRow extends Citation {
  key: number;
}

function isEmptyCitation(c: Citation): boolean {
  return c.text.trim() === '' && (c.url ?? '').trim() === '';
}

function sameList(rows: readonly Citation[], stored: readonly Citation[]): boolean {
  const kept = rows.filter((r) => !isEmptyCitation(r));
  return (
    kept.length === stored.length &&
    kept.every((r, i) => r.text === stored[i]!.text && (r.url ?? '') === (stored[i]!.url ?? ''))
  );
}

export function useCitationRows(stored: readonly Citation[], onChange: (citations: Citation[]) => void) {
  const next = useRef(0);
  const keyed = (list: readonly Citation[]) => list.map((c) => ({ ...c, key: next.current++ }));
  const [rows, setRows] = useState<CitationRow[]>(() => keyed(stored));
  // Render-time sync (React's "adjust state when a prop changes"): only when the stored list is not what
  // the rows already say, so typing never resets them.
  let shown = rows;
  if (!sameList(rows, stored)) {
    shown = keyed(stored);
    setRows(shown);
  }
  const commit = (list: CitationRow[]) => {
    setRows(list);
    onChange(list.filter((r) => !isEmptyCitation(r)).map(({ key: _key, ...c }) => (c.url ? c : { text: c.text })));
  };
  return {
    rows: shown,
    add: (): number => {
      const key = next.current++;
      setRows([...shown, { key, text: '', url: '' }]);
      return key;
    },
    update: (key: number, patch: Partial<Citation>) =>
      commit(shown.map((r) => (r.key === key ? { ...r, ...patch } : r))),
    remove: (key: number) => commit(shown.filter((r) => r.key !== key)),
  };
}
