// The claims view's table: one row per claim, columns sortable from their headers (aria-sort), a roving focus
// over the rows' open buttons (arrows, Home, End; Enter opens the claim in its source). Rows beyond the first
// pages are rendered on demand ("Show more"), so a workspace of thousands of claims stays quick to filter.

import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { Tag, UiLanguage } from '../../../shared/workspace/model.ts';
import { t, type StringKey } from '../i18n.ts';
import { ClaimTableRow } from './ClaimTableRow.tsx';
import { rowKey, type ClaimRow, type Sort, type SortKey } from './claim-rows.ts';

const PAGE = 200;
const COLUMNS: [SortKey, StringKey][] = [
  ['source', 'colSource'],
  ['date', 'colDate'],
  ['tags', 'colTags'],
  ['quote', 'colQuote'],
  ['note', 'colNote'],
];

export function ClaimsTable(props: {
  lang: UiLanguage;
  tags: readonly Tag[];
  rows: readonly ClaimRow[];
  sort: Sort;
  onSort: (sort: Sort) => void;
  onOpen: (row: ClaimRow) => void;
  /** Rows chosen for a bulk tag change, by rowKey. */
  selected: ReadonlySet<string>;
  onToggle: (row: ClaimRow) => void;
  onToggleAll: (on: boolean) => void;
}) {
  const { lang, rows, sort } = props;
  const [limit, setLimit] = useState(PAGE);
  const [active, setActive] = useState(0);
  const body = useRef<HTMLTableSectionElement>(null);
  const helpId = useId();
  useEffect(() => setActive(0), [rows]);
  const focusRow = (i: number) => {
    const to = Math.max(0, Math.min(rows.length - 1, i));
    if (to >= limit) setLimit(to + 1);
    setActive(to);
    const button = () => body.current?.querySelectorAll<HTMLElement>('.claims-table__open')[to];
    // A row past the rendered ones is on the page after the next render.
    if (button()) button()!.focus();
    else requestAnimationFrame(() => button()?.focus());
  };
  const onKey = (e: KeyboardEvent, i: number) => {
    const moves: Record<string, number> = { ArrowDown: i + 1, ArrowUp: i - 1, Home: 0, End: rows.length - 1 };
    if (!(e.key in moves)) return;
    e.preventDefault();
    focusRow(moves[e.key]!);
  };
  const ariaSort = (key: SortKey) => (sort.key === key ? (sort.descending ? 'descending' : 'ascending') : undefined);
  return (
    <div className="claims-table__scroll">
      <p id={helpId} className="claims-view__help">
        {t(lang, 'claimsViewHelp')}
      </p>
      <table className="claims-table" aria-label={t(lang, 'claimsViewTable')} aria-describedby={helpId}>
        <thead>
          <tr>
            <th scope="col">
              <input
                type="checkbox"
                aria-label={t(lang, 'bulkSelectAll')}
                checked={rows.length > 0 && rows.every((r) => props.selected.has(rowKey(r)))}
                onChange={(e) => props.onToggleAll(e.target.checked)}
              />
            </th>
            {COLUMNS.map(([key, label]) => (
              <th key={key} scope="col" aria-sort={ariaSort(key)} className={`claims-table__col--${key}`}>
                <button
                  type="button"
                  className="claims-table__sort"
                  onClick={() => props.onSort({ key, descending: sort.key === key && !sort.descending })}
                >
                  {t(lang, label)}
                  <span aria-hidden="true">{sort.key === key ? (sort.descending ? ' ▼' : ' ▲') : ''}</span>
                </button>
              </th>
            ))}
            <th scope="col">{t(lang, 'colFlags')}</th>
          </tr>
        </thead>
        <tbody ref={body}>
          {rows.slice(0, limit).map((row, i) => (
            <ClaimTableRow
              key={rowKey(row)}
              lang={lang}
              tags={props.tags}
              row={row}
              active={i === active}
              checked={props.selected.has(rowKey(row))}
              onToggle={() => props.onToggle(row)}
              onFocus={() => setActive(i)}
              onKeyDown={(e) => onKey(e, i)}
              onOpen={() => props.onOpen(row)}
            />
          ))}
        </tbody>
      </table>
      {rows.length > limit && (
        <button type="button" className="button" onClick={() => setLimit((n) => n + PAGE)}>
          {t(lang, 'claimsViewMore')}
        </button>
      )}
    </div>
  );
}
