// Filtering and sorting the workspace's claims for the claims view: pure functions over the service's rows.
// Free text matches the way search does (shared/text/normalize.ts: hamza and alef forms, ى/ي, ة/ه, harakat and
// tatweel dropped, Latin case folded), over the quote and the note.

import type { WorkspaceClaim } from '../../../shared/api/contract.ts';
import { normalizeArabic } from '../../../shared/text/normalize.ts';
import type { Tag, UiLanguage } from '../../../shared/workspace/model.ts';

/** '' = any; 'yes' / 'no' = with / without. */
export type Presence = '' | 'yes' | 'no';

export interface ClaimFilters {
  /** A tag id, UNTAGGED, or '' for any. */
  tag: string;
  sourceId: string;
  citation: Presence;
  correction: Presence;
  orphaned: Presence;
  text: string;
}

export const UNTAGGED = '\u0000untagged';
export const NO_FILTERS: ClaimFilters = { tag: '', sourceId: '', citation: '', correction: '', orphaned: '', text: '' };

export type SortKey = 'order' | 'source' | 'date' | 'tags' | 'quote' | 'note';
export interface Sort {
  key: SortKey;
  descending: boolean;
}
export const DEFAULT_SORT: Sort = { key: 'order', descending: false };

/** A row with what filtering and sorting need computed once per load, not per keystroke. */
export interface ClaimRow extends WorkspaceClaim {
  /** The service's order: source order, then text order. */
  order: number;
  /** Quote and note, normalized for matching. */
  haystack: string;
}

/** For matching: normalized, runs of spaces as one. */
function matchForm(text: string): string {
  return normalizeArabic(text).text.replace(/\s+/gu, ' ').trim();
}

/** A claim id is unique within its source only. */
export function rowKey(row: { sourceId: string; id: string }): string {
  return `${row.sourceId}/${row.id}`;
}

export function toRows(claims: readonly WorkspaceClaim[]): ClaimRow[] {
  return claims.map((c, order) => ({ ...c, order, haystack: matchForm(`${c.quote}\n${c.note}`) }));
}

function presenceMatches(wanted: Presence, has: boolean): boolean {
  return wanted === '' || (wanted === 'yes') === has;
}

export function filterRows(rows: readonly ClaimRow[], f: ClaimFilters): ClaimRow[] {
  const needle = matchForm(f.text);
  return rows.filter(
    (r) =>
      (f.tag === '' || (f.tag === UNTAGGED ? r.tags.length === 0 : r.tags.includes(f.tag))) &&
      (f.sourceId === '' || r.sourceId === f.sourceId) &&
      presenceMatches(f.citation, r.hasCitation) &&
      presenceMatches(f.correction, r.hasCorrection) &&
      presenceMatches(f.orphaned, r.orphaned) &&
      (needle === '' || r.haystack.includes(needle)),
  );
}

/** Sorted by one column in the UI language's collation; ties (and empty dates, last) keep the service's order. */
export function sortRows(rows: readonly ClaimRow[], sort: Sort, lang: UiLanguage, tags: readonly Tag[]): ClaimRow[] {
  const collator = new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
  const labels = new Map(tags.map((t) => [t.id, t.label[lang]]));
  const value = (r: ClaimRow): string => {
    if (sort.key === 'source') return r.sourceTitle;
    if (sort.key === 'date') return r.sourceDate;
    if (sort.key === 'tags') return r.tags.map((id) => labels.get(id) ?? id).join(' ');
    if (sort.key === 'quote') return r.quote;
    return r.note;
  };
  const sign = sort.descending ? -1 : 1;
  return [...rows].sort((a, b) => {
    if (sort.key === 'order') return sign * (a.order - b.order);
    const [va, vb] = [value(a), value(b)];
    // Rows without a value stay at the end whichever the direction: they say nothing about the order.
    if ((va === '') !== (vb === '')) return va === '' ? 1 : -1;
    return sign * collator.compare(va, vb) || a.order - b.order;
  });
}

/** Claims per tag id (UNTAGGED for none) among the rows, for the counts beside the tag filter. */
export function tagCounts(rows: readonly ClaimRow[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const r of rows) for (const id of r.tags.length ? r.tags : [UNTAGGED]) counts.set(id, (counts.get(id) ?? 0) + 1);
  return counts;
}
