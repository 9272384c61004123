// "2011 → 2001": the quote and its suggested correction, each isolated so neither reorders the other; the
// arrow points the way the UI reads (← in Arabic, where the eye moves right to left).

import { correctionTarget } from '../../../shared/annotations/correction.ts';
import type { UiLanguage } from '../../../shared/workspace/model.ts';

/** Shows only the part of the quote the correction replaces ("2011", not "14 يوليو 2011"). */
export function CorrectionText({ lang, quote, correction }: { lang: UiLanguage; quote: string; correction: string }) {
  const { start, end } = correctionTarget(quote, correction);
  const from = quote.slice(start, end);
  const to = correction.trim();
  return (
    <span className="correction" data-testid="correction">
      <bdi>{from}</bdi> {lang === 'ar' ? '←' : '→'} <bdi>{to}</bdi>
    </span>
  );
}
