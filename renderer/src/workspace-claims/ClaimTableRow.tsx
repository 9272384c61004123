// One row of the claims view's table: a checkbox for bulk tag changes, the source and its date, the tags, the
// quote as the row's open button (the one tab stop of the rows, moved by the table), the note and the flags.

import type { KeyboardEvent } from 'react';
import type { Tag, UiLanguage } from '../../../shared/workspace/model.ts';
import { t } from '../i18n.ts';
import { Flags, TagChips } from './ClaimCells.tsx';
import type { ClaimRow } from './claim-rows.ts';

export function ClaimTableRow(props: {
  lang: UiLanguage;
  tags: readonly Tag[];
  row: ClaimRow;
  active: boolean;
  checked: boolean;
  onToggle: () => void;
  onFocus: () => void;
  onKeyDown: (e: KeyboardEvent) => void;
  onOpen: () => void;
}) {
  const { lang, row } = props;
  return (
    <tr data-testid="claims-view-row" data-claim-id={row.id}>
      <td>
        <input
          type="checkbox"
          aria-label={`${t(lang, 'bulkSelectClaim')} «${row.quote}»`}
          checked={props.checked}
          onChange={props.onToggle}
        />
      </td>
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
          tabIndex={props.active ? 0 : -1}
          dir="auto"
          onFocus={props.onFocus}
          onKeyDown={props.onKeyDown}
          onClick={props.onOpen}
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
  );
}
