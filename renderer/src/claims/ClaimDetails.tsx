// Editing one claim: its tags, note, suggested correction, citations, times; delete; and applying the
// correction to the source text. Every change is an undoable claim action.

import { readClaim, type ClaimFields } from '../../../shared/annotations/claim.ts';
import { readAppliedCorrection } from '../../../shared/annotations/applied-correction.ts';
import { formerQuote, quoteSelector, type Annotation } from '../../../shared/annotations/model.ts';
import type { Tag, UiLanguage } from '../../../shared/workspace/model.ts';
import { t } from '../i18n.ts';
import { CitationsEditor } from './CitationsEditor.tsx';
import { CorrectionText } from './CorrectionText.tsx';

export interface ClaimDetailsActions {
  onToggleTag: (claim: Annotation, tagId: string) => void;
  onEdit: (claim: Annotation, fields: Partial<ClaimFields>) => void;
  onDelete: (claim: Annotation) => void;
  onApplyCorrection: (claim: Annotation) => void;
  onOpenLink: (url: string) => void;
}

export function ClaimDetails(
  props: ClaimDetailsActions & {
    lang: UiLanguage;
    tags: Tag[];
    claim: Annotation;
    anchored: boolean;
    /** The other sources that share the claim's sentence (nothing when none do). */
    claimAlsoIn?: React.ReactNode;
  },
) {
  const { lang, claim } = props;
  const fields = readClaim(claim);
  const quote = quoteSelector(claim)?.exact ?? '';
  const applied = readAppliedCorrection(claim);
  const former = formerQuote(claim);
  return (
    <section className="claim-details" aria-label={`${t(lang, 'claims')}: «${quote}»`} data-testid="claim-details">
      <blockquote className="claim-details__quote" dir="auto">
        {quote}
      </blockquote>
      {former !== undefined && former !== quote && (
        <p className="claim-details__former" data-testid="former-quote">
          {t(lang, 'formerQuote')} <bdi>«{former}»</bdi>
        </p>
      )}
      {props.claimAlsoIn}
      <div className="claim-details__tags" role="group" aria-label={t(lang, 'claimTags')}>
        {props.tags.map((tag) => (
          <button
            key={tag.id}
            type="button"
            className="chip"
            aria-pressed={fields.tags.includes(tag.id)}
            onClick={() => props.onToggleTag(claim, tag.id)}
          >
            <span className="chip__dot" style={{ background: tag.color }} aria-hidden="true" />
            {tag.label[lang]}
          </button>
        ))}
      </div>
      <label className="field">
        <span>{t(lang, 'note')}</span>
        <textarea
          dir="auto"
          rows={3}
          value={fields.note}
          onChange={(e) => props.onEdit(claim, { note: e.target.value })}
        />
      </label>
      <label className="field">
        <span>{t(lang, 'correction')}</span>
        <input
          dir="auto"
          value={fields.correction}
          onChange={(e) => props.onEdit(claim, { correction: e.target.value })}
        />
      </label>
      {fields.correction && (
        <div className="claim-details__correction">
          <CorrectionText lang={lang} quote={quote} correction={fields.correction} applied={applied} />
          {props.anchored && !applied && (
            <button type="button" className="button" onClick={() => props.onApplyCorrection(claim)}>
              {t(lang, 'applyCorrection')}
            </button>
          )}
        </div>
      )}
      <CitationsEditor
        key={claim.id}
        lang={lang}
        citations={fields.citations}
        onChange={(citations) => props.onEdit(claim, { citations })}
        onOpen={props.onOpenLink}
      />
      <p className="claim-details__times">
        {t(lang, 'created')} <Time lang={lang} value={claim.created} /> · {t(lang, 'modified')}{' '}
        <Time lang={lang} value={claim.modified} />
      </p>
      <button type="button" className="button button--danger" onClick={() => props.onDelete(claim)}>
        {t(lang, 'deleteClaim')}
      </button>
    </section>
  );
}

function Time({ lang, value }: { lang: UiLanguage; value: string | undefined }) {
  if (!value) return <span>—</span>;
  const shown = new Date(value).toLocaleString(lang === 'ar' ? 'ar-EG' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  return <time dateTime={value}>{shown}</time>;
}
