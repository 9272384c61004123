// The claims view's bulk tag change: how many rows are chosen, a tag, Add / Remove for all of them at once, and
// Undo for the last change (each change is one step).

import { useState } from 'react';
import type { Tag, UiLanguage } from '../../../shared/workspace/model.ts';
import { t } from '../i18n.ts';
import { formatNumber } from '../numbers.ts';

export function BulkTagBar(props: {
  lang: UiLanguage;
  tags: readonly Tag[];
  count: number;
  onApply: (tagId: string, add: boolean) => void;
  onUndo: (() => void) | null;
}) {
  const { lang, tags } = props;
  const [tagId, setTagId] = useState(tags[0]?.id ?? '');
  const chosen = tags.some((tag) => tag.id === tagId) ? tagId : (tags[0]?.id ?? '');
  const none = props.count === 0 || chosen === '';
  return (
    <div className="claims-view__bulk" role="group" aria-label={t(lang, 'bulkTag')}>
      <span data-testid="bulk-count">
        {t(lang, 'bulkSelected')} {formatNumber(lang, props.count)}
      </span>
      <select aria-label={t(lang, 'bulkTag')} value={chosen} onChange={(e) => setTagId(e.target.value)}>
        {tags.map((tag) => (
          <option key={tag.id} value={tag.id}>
            {tag.label[lang]}
          </option>
        ))}
      </select>
      <button type="button" className="button" disabled={none} onClick={() => props.onApply(chosen, true)}>
        {t(lang, 'bulkAdd')}
      </button>
      <button type="button" className="button" disabled={none} onClick={() => props.onApply(chosen, false)}>
        {t(lang, 'bulkRemove')}
      </button>
      <button
        type="button"
        className="button button--quiet"
        disabled={!props.onUndo}
        onClick={props.onUndo ?? undefined}
      >
        {t(lang, 'bulkUndo')}
      </button>
    </div>
  );
}
