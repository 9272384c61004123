// The source as stored, one paragraph per line, in the source's own direction (RTL for Arabic sources).
// The encoding it was read with is shown with its confidence, and can be overridden.

import type { UiLanguage } from '../../../shared/workspace/model.ts';
import type { OpenSource } from '../App.tsx';
import { t } from '../i18n.ts';

/** Encodings Arabic text actually arrives in; the detector may name others, which are listed too. */
const ENCODINGS = ['utf-8', 'windows-1256', 'iso-8859-6', 'utf-16le', 'utf-16be'];

export function ReadingView(props: {
  lang: UiLanguage;
  source: OpenSource | null;
  onChangeEncoding: (encoding: string) => void;
}) {
  const { lang, source } = props;
  if (!source) {
    return (
      <main className="reading reading--empty">
        <p>{t(lang, 'noSourceSelected')}</p>
      </main>
    );
  }
  const { meta, text } = source;
  const options = ENCODINGS.includes(meta.encoding.name) ? ENCODINGS : [meta.encoding.name, ...ENCODINGS];
  return (
    <main className="reading" aria-label={t(lang, 'readingView')}>
      <div className="reading__bar">
        {/* dir=auto: a title is often a Latin file name inside the Arabic UI, or the reverse. */}
        <h2 className="reading__title" dir="auto">
          {meta.title}
        </h2>
        <label className="reading__encoding">
          {t(lang, 'changeEncoding')}{' '}
          <select value={meta.encoding.name} onChange={(e) => props.onChangeEncoding(e.target.value)}>
            {options.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </label>
        <span className="reading__confidence" data-testid="encoding-confidence">
          {t(lang, 'confidence')} {Math.round(meta.encoding.confidence * 100)}% · {t(lang, 'detectedBy')}{' '}
          {meta.encoding.detectedBy}
        </span>
      </div>
      <article className="reading__text" dir={meta.direction} lang={meta.direction === 'rtl' ? 'ar' : undefined} data-testid="source-text">
        {text.split('\n').map((line, i) => (
          <p key={i} className="reading__line">
            {line || '\u00a0'}
          </p>
        ))}
      </article>
    </main>
  );
}
