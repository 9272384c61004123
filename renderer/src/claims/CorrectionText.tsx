// "2011 → 2001": the quote and its suggested correction, each isolated so neither reorders the other; the
// arrow points the way the UI reads (← in Arabic, where the eye moves right to left). Once applied to the text
// the quote reads "2001" too, so the words it replaced come from the claim's record: "2011 → 2001 (applied)".

import type { AppliedCorrection } from '../../../shared/annotations/applied-correction.ts';
import { correctionTarget } from '../../../shared/annotations/correction.ts';
import type { UiLanguage } from '../../../shared/workspace/model.ts';
import { t } from '../i18n.ts';

/** Shows only the part of the quote the correction replaces ("2011", not "14 يوليو 2011"). */
export function CorrectionText(props: {
  lang: UiLanguage;
  quote: string;
  correction: string;
  applied?: AppliedCorrection;
}) {
  const { lang, quote, correction, applied } = props;
  const { start, end } = correctionTarget(quote, correction);
  const from = applied ? applied.original : quote.slice(start, end);
  const to = applied ? applied.correction : correction.trim();
  return (
    <span className="correction" data-testid="correction" data-applied={applied ? 'true' : undefined}>
      <bdi>{from}</bdi> {lang === 'ar' ? '←' : '→'} <bdi>{to}</bdi>
      {applied && <span className="correction__applied"> ({t(lang, 'correctionApplied')})</span>}
    </span>
  );
}
