// Claims whose quote was lost when the text changed: listed apart with their quote, never moved silently.
// The researcher selects the new place in the text and attaches the claim there, or deletes it.

import { readClaim } from '../../../shared/annotations/claim.ts';
import { quoteSelector, type Annotation } from '../../../shared/annotations/model.ts';
import type { Tag, UiLanguage } from '../../../shared/workspace/model.ts';
import { t } from '../i18n.ts';
import { formatNumber } from '../numbers.ts';
import { tagLabel } from '../tags/colors.ts';
import { joinList } from '../../../shared/text/list.ts';

export function OrphanList(props: {
  lang: UiLanguage;
  tags: Tag[];
  orphans: Annotation[];
  canReattach: boolean;
  onReattach: (claim: Annotation) => void;
  onDelete: (claim: Annotation) => void;
}) {
  const { lang } = props;
  return (
    <section className="orphans" aria-labelledby="orphans-title">
      <h3 id="orphans-title" className="orphans__title">
        {t(lang, 'orphans')} <span className="claims__count">{formatNumber(lang, props.orphans.length)}</span>
      </h3>
      <p className="orphans__help">{t(lang, 'orphansHelp')}</p>
      <ul className="orphans__list" data-testid="orphans">
        {props.orphans.map((claim) => {
          const quote = quoteSelector(claim)?.exact ?? '';
          const names = joinList(
            readClaim(claim).tags.map((id) => tagLabel(props.tags, id, lang)),
            lang,
          );
          return (
            <li key={claim.id} className="orphan" aria-label={`${names}: «${quote}»`}>
              <bdi className="orphan__quote">{quote}</bdi>
              <span className="orphan__tags">{names}</span>
              <button
                type="button"
                className="button"
                disabled={!props.canReattach}
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => props.onReattach(claim)}
              >
                {t(lang, 'reattach')}
              </button>
              <button type="button" className="button button--quiet" onClick={() => props.onDelete(claim)}>
                {t(lang, 'deleteClaim')}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
