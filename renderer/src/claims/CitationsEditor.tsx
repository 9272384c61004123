// A claim's citations: bibliographic text and/or a URL each, added and removed by mouse or keyboard (a new
// row takes the focus; removing one moves it to the next control). A URL that is no web address is kept but
// said so, since it can neither be opened nor linked in the PDF. Links open only through the API's
// allow-listed external open, never by navigating the app's own window.

import { useEffect, useRef, useState } from 'react';
import type { Citation } from '../../../shared/annotations/citations.ts';
import type { UiLanguage } from '../../../shared/workspace/model.ts';
import { useCitationRows } from './use-citation-rows.ts';
import { t } from '../i18n.ts';

function isWebAddress(url: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(url.trim()).protocol);
  } catch {
    return false;
  }
}

export function CitationsEditor(props: {
  lang: UiLanguage;
  citations: Citation[];
  onChange: (citations: Citation[]) => void;
  onOpen: (url: string) => void;
}) {
  const { lang } = props;
  const { rows, add, update, remove } = useCitationRows(props.citations, props.onChange);
  const [focusKey, setFocusKey] = useState<number | null>(null);
  const box = useRef<HTMLFieldSetElement>(null);
  useEffect(() => {
    if (focusKey === null) return;
    box.current?.querySelector<HTMLInputElement>(`[data-row="${focusKey}"] input`)?.focus();
    setFocusKey(null);
  }, [focusKey]);
  return (
    <fieldset className="citations" ref={box}>
      <legend>{t(lang, 'citations')}</legend>
      {rows.map((row, i) => {
        const url = row.url ?? '';
        const unusable = url.trim() !== '' && !isWebAddress(url);
        return (
          <div className="citations__row" key={row.key} data-row={row.key}>
            <input
              dir="auto"
              aria-label={t(lang, 'citationText')}
              placeholder={t(lang, 'citationText')}
              value={row.text}
              onChange={(e) => update(row.key, { text: e.target.value })}
            />
            <input
              dir="ltr"
              type="url"
              aria-label={t(lang, 'citationUrl')}
              aria-invalid={unusable || undefined}
              placeholder="https://"
              value={url}
              onChange={(e) => update(row.key, { url: e.target.value })}
            />
            <button
              type="button"
              className="button"
              disabled={!isWebAddress(url)}
              onClick={() => props.onOpen(url.trim())}
            >
              {t(lang, 'openLink')}
            </button>
            <button
              type="button"
              className="button button--quiet"
              aria-label={t(lang, 'removeCitation')}
              onClick={() => {
                remove(row.key);
                const after = rows[i + 1];
                if (after) setFocusKey(after.key);
                else box.current?.querySelector<HTMLButtonElement>('.citations__add')?.focus();
              }}
            >
              ×
            </button>
            {unusable && (
              <p className="citations__hint" role="status">
                {t(lang, 'citationUrlUnusable')}
              </p>
            )}
          </div>
        );
      })}
      <button type="button" className="button citations__add" onClick={() => setFocusKey(add())}>
        {t(lang, 'addCitation')}
      </button>
    </fieldset>
  );
}
