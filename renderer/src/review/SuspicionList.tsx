// Values that are probably typos (shared/review/suspicions.ts), beside the claims: each with its level, reason
// and suggested correction. Accepting makes it a likely-typo claim with the correction filled in (undoable);
// dismissing hides it for good (kept in the workspace).

import type { Suspicion } from '../../../shared/review/suspicions.ts';
import type { UiLanguage } from '../../../shared/workspace/model.ts';
import { t } from '../i18n.ts';
import { formatNumber } from '../numbers.ts';
import { CorrectionText } from '../claims/CorrectionText.tsx';

export function SuspicionList(props: {
  lang: UiLanguage;
  suspicions: Suspicion[];
  onShow: (suspicion: Suspicion) => void;
  onAccept: (suspicion: Suspicion) => void;
  onDismiss: (suspicion: Suspicion) => void;
}) {
  const { lang } = props;
  return (
    <section className="suspicions" aria-labelledby="suspicions-title">
      <h3 id="suspicions-title" className="suspicions__title">
        {t(lang, 'suspicions')} <span className="claims__count">{formatNumber(lang, props.suspicions.length)}</span>
      </h3>
      <ul className="suspicions__list" data-testid="suspicions">
        {props.suspicions.map((s) => (
          <li
            key={`${s.start}:${s.kind}`}
            className="suspicion"
            aria-label={`${t(lang, s.level === 'high' ? 'levelHigh' : 'levelLow')}: «${s.text}»`}
          >
            <span className={`suspicion__level suspicion__level--${s.level}`}>
              {t(lang, s.level === 'high' ? 'levelHigh' : 'levelLow')}
            </span>
            <button type="button" className="button button--quiet" onClick={() => props.onShow(s)}>
              {s.suggestion ? (
                <CorrectionText lang={lang} quote={s.text} correction={s.suggestion} />
              ) : (
                <bdi>{s.text}</bdi>
              )}
            </button>
            <span className="suspicion__reason">{s.reason[lang]}</span>
            <button type="button" className="button" onClick={() => props.onAccept(s)}>
              {t(lang, 'acceptSuspicion')}
            </button>
            <button type="button" className="button button--quiet" onClick={() => props.onDismiss(s)}>
              {t(lang, 'dismissSuspicion')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
