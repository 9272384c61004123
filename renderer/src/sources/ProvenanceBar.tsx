// The source's provenance under its title (issue 12): publication and update dates, byline, outlet, URL and
// language, each marked as read from the text or set by the researcher. "Confirm" makes the detected values
// the researcher's; "Edit" opens a small form, checked field by field (shared/provenance/validate.ts) before
// anything is sent. One component (its form is a part of it), so issue 13 can reuse it for whole workspaces.

import { useState } from 'react';
import { checkProvenanceValue, type ProvenanceProblem } from '../../../shared/provenance/validate.ts';
import {
  PROVENANCE_FIELDS,
  type Provenance,
  type ProvenanceField,
  type SourceMeta,
  type UiLanguage,
} from '../../../shared/workspace/model.ts';
import { t, type StringKey } from '../i18n.ts';

type Fields = Partial<Record<ProvenanceField, string>>;

const LABEL: Record<ProvenanceField, StringKey> = {
  publishedAt: 'provPublished',
  updatedAt: 'provUpdated',
  author: 'provAuthor',
  outlet: 'provOutlet',
  url: 'provUrl',
  language: 'provLanguage',
};
const PROBLEM: Record<ProvenanceProblem, StringKey> = {
  date: 'provBadDate',
  url: 'provBadUrl',
  language: 'provBadLanguage',
  'too-long': 'provTooLong',
  'line-break': 'provLineBreak',
};
/** Latin by nature: typed and shown left to right inside the Arabic UI. */
const LTR: ReadonlySet<ProvenanceField> = new Set(['publishedAt', 'updatedAt', 'url', 'language']);

/** A language code as its name in the UI language ("ar" → "العربية"); the stored value stays the code. */
function shownValue(field: ProvenanceField, value: string, lang: UiLanguage): string {
  if (field === 'publishedAt' || field === 'updatedAt') return value.replace('T', ' ');
  if (field !== 'language') return value;
  try {
    return new Intl.DisplayNames([lang], { type: 'language' }).of(value) ?? value;
  } catch {
    return value;
  }
}

export function ProvenanceBar(props: {
  lang: UiLanguage;
  meta: SourceMeta;
  onSave: (fields: Fields) => Promise<void>;
}) {
  const { lang } = props;
  const p = props.meta.provenance ?? {};
  const [editing, setEditing] = useState(false);
  const shown = PROVENANCE_FIELDS.filter((f) => p[f] && p[f]!.value !== '');
  const detected = shown.filter((f) => p[f]!.from === 'detected');
  if (editing) {
    return (
      <ProvenanceForm
        lang={lang}
        provenance={p}
        onSave={(fields) => props.onSave(fields).then(() => setEditing(false))}
        onCancel={() => setEditing(false)}
      />
    );
  }
  const confirm = () => void props.onSave(Object.fromEntries(detected.map((f) => [f, p[f]!.value])));
  return (
    <div className="provenance" data-testid="provenance" role="group" aria-label={t(lang, 'provenance')}>
      {shown.length === 0 && <span className="provenance__none">{t(lang, 'provNone')}</span>}
      {shown.map((f) => (
        <span
          key={f}
          className="provenance__item"
          data-field={f}
          data-from={p[f]!.from}
          title={t(lang, p[f]!.from === 'detected' ? 'provDetected' : 'provConfirmed')}
        >
          {t(lang, LABEL[f])}: <bdi dir={LTR.has(f) ? 'ltr' : 'auto'}>{shownValue(f, p[f]!.value, lang)}</bdi>
          <span className="provenance__from" aria-hidden="true">
            {p[f]!.from === 'detected' ? '◌' : '✓'}
          </span>
        </span>
      ))}
      {detected.length > 0 && (
        <button type="button" className="button button--quiet" onClick={confirm}>
          {t(lang, 'provConfirm')}
        </button>
      )}
      <button type="button" className="button button--quiet" onClick={() => setEditing(true)}>
        {t(lang, 'provEdit')}
      </button>
    </div>
  );
}

/** Every field, checked as typed. Saving sends the changed fields and the detected ones it showed (confirmed). */
function ProvenanceForm(props: {
  lang: UiLanguage;
  provenance: Provenance;
  onSave: (fields: Fields) => Promise<void>;
  onCancel: () => void;
}) {
  const { lang, provenance: p } = props;
  const [draft, setDraft] = useState<Fields>(() =>
    Object.fromEntries(PROVENANCE_FIELDS.map((f) => [f, p[f]?.value ?? ''])),
  );
  const problems = new Map(
    PROVENANCE_FIELDS.flatMap((f) => {
      const c = checkProvenanceValue(f, draft[f] ?? '');
      return 'problem' in c ? [[f, c.problem] as const] : [];
    }),
  );
  const changed = PROVENANCE_FIELDS.filter(
    (f) => (draft[f] ?? '') !== (p[f]?.value ?? '') || p[f]?.from === 'detected',
  );
  return (
    <form
      className="provenance provenance--editing"
      data-testid="provenance-form"
      aria-label={t(lang, 'provenance')}
      onSubmit={(e) => {
        e.preventDefault();
        if (problems.size === 0) void props.onSave(Object.fromEntries(changed.map((f) => [f, draft[f] ?? ''])));
      }}
    >
      {PROVENANCE_FIELDS.map((f) => (
        <label key={f} className="field provenance__field">
          {t(lang, LABEL[f])}
          <input
            dir={LTR.has(f) ? 'ltr' : 'auto'}
            value={draft[f] ?? ''}
            aria-invalid={problems.has(f)}
            placeholder={f === 'publishedAt' || f === 'updatedAt' ? 'YYYY-MM-DD' : undefined}
            onChange={(e) => setDraft({ ...draft, [f]: e.target.value })}
          />
          {problems.has(f) && (
            <span className="field__error" role="alert">
              {t(lang, PROBLEM[problems.get(f)!])}
            </span>
          )}
        </label>
      ))}
      <div className="provenance__actions">
        <button type="submit" className="button" disabled={problems.size > 0}>
          {t(lang, 'provSave')}
        </button>
        <button type="button" className="button button--quiet" onClick={props.onCancel}>
          {t(lang, 'cancel')}
        </button>
      </div>
    </form>
  );
}
