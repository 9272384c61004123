// The claims view's table: one row per claim, columns sortable from their headers (aria-sort), a roving focus
// over the rows' open buttons (arrows, Home, End; Enter opens the claim in its source). Rows beyond the first
// pages are rendered on demand ("Show more"), so a workspace of thousands of claims stays quick to filter.

import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { Tag, UiLanguage } from '../../../shared/workspace/model.ts';
import { t, type StringKey } from '../i18n.ts';
import { Flags, TagChips } from './ClaimCells.tsx';
import type { ClaimRow, Sort, SortKey } from './claim-rows.ts';

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
            <tr key={`${row.sourceId}/${row.id}`} data-testid="claims-view-row" data-claim-id={row.id}>
              <td className="claims-table__source">
                <bdi>{row.sourceTitle}</bdi>
              </td>
              <td dir="ltr" className="claims-table__date">
                {/* As written (YYYY-MM-DDTHH:MM at most), with a space for the T people do not read. */}
                {row.sourceDate.replace('T', ' ')}
              </td>
              <td>
                <TagChips lang={lang} tags={props.tags} ids={row.tags} />
              </td>
              <td>
                <button
                  type="button"
                  className="claims-table__open"
                  tabIndex={i === active ? 0 : -1}
                  dir="auto"
                  onFocus={() => setActive(i)}
                  onKeyDown={(e) => onKey(e, i)}
                  onClick={() => props.onOpen(row)}
                >
                  {row.quote}
                </button>
              </td>
              <td dir="auto" className="claims-table__note">
                {row.note}
              </td>
              <td>
                <Flags lang={lang} row={row} />
              </td>
            </tr>
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
