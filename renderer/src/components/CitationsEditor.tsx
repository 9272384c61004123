// A claim's citations: bibliographic text and/or a URL each. Links open only through the API's
// allow-listed external open, never by navigating the app's own window.

import type { ClaimFields } from '../../../shared/annotations/claim.ts';
import type { UiLanguage } from '../../../shared/workspace/model.ts';
import { t } from '../i18n.ts';

type Citation = ClaimFields['citations'][number];

export function CitationsEditor(props: {
  lang: UiLanguage;
  citations: Citation[];
  onChange: (citations: Citation[]) => void;
  onOpen: (url: string) => void;
}) {
  const { lang, citations } = props;
  const update = (i: number, patch: Partial<Citation>) =>
    props.onChange(citations.map((c, j) => (j === i ? { ...c, ...patch } : c)));
  return (
    <fieldset className="citations">
      <legend>{t(lang, 'citations')}</legend>
      {citations.map((citation, i) => (
        <div className="citations__row" key={i}>
          <input
            dir="auto"
            aria-label={t(lang, 'citationText')}
            placeholder={t(lang, 'citationText')}
            value={citation.text}
            onChange={(e) => update(i, { text: e.target.value })}
          />
          <input
            dir="ltr"
            type="url"
            aria-label={t(lang, 'citationUrl')}
            placeholder="https://"
            value={citation.url ?? ''}
            onChange={(e) => update(i, { url: e.target.value })}
          />
          <button
            type="button"
            className="button"
            disabled={!citation.url}
            onClick={() => citation.url && props.onOpen(citation.url)}
          >
            {t(lang, 'openLink')}
          </button>
          <button
            type="button"
            className="button button--quiet"
            aria-label={t(lang, 'removeCitation')}
            onClick={() => props.onChange(citations.filter((_, j) => j !== i))}
          >
            ×
          </button>
        </div>
      ))}
      <button type="button" className="button" onClick={() => props.onChange([...citations, { text: '', url: '' }])}>
        {t(lang, 'addCitation')}
      </button>
    </fieldset>
  );
}
