// Repeated passages, near-duplicate paragraphs and boilerplate (shared/review/passages.ts), beside the claims:
// each with its kind, where it stands, its reason and, for copies, where the first copy is. The researcher
// collapses or expands it in the text, or keeps it as content (the override: shown, searched and printed like
// any text). One setting leaves the passages not kept out of search and the PDF report.

import type { UiLanguage } from '../../../shared/workspace/model.ts';
import { t } from '../i18n.ts';
import { formatNumber } from '../numbers.ts';
import { kindName, linesPhrase } from './passage-labels.ts';
import type { PassageEntry } from './use-passages.ts';

const EXCERPT = 70;

export function PassageList(props: {
  lang: UiLanguage;
  text: string;
  passages: PassageEntry[];
  skipPassages: boolean;
  onSkipPassagesChange: (skip: boolean) => void;
  onShow: (start: number, end: number) => void;
  onCollapse: (key: string) => void;
  onExpand: (key: string) => void;
  onCollapseAll: () => void;
  onExpandAll: () => void;
  onKeep: (key: string) => void;
  onSetAside: (key: string) => void;
}) {
  const { lang, passages } = props;
  const foldable = passages.filter((p) => !p.kept && !p.holdsClaim);
  return (
    <section className="passages" aria-labelledby="passages-title" data-testid="passages">
      <h3 id="passages-title" className="passages__title">
        {t(lang, 'passages')} <span className="claims__count">{formatNumber(lang, passages.length)}</span>
      </h3>
      <label className="passages__skip">
        <input
          type="checkbox"
          checked={props.skipPassages}
          onChange={(event) => props.onSkipPassagesChange(event.currentTarget.checked)}
        />
        {t(lang, 'passagesSkip')}
      </label>
      <p className="passages__help">{t(lang, 'passagesHelp')}</p>
      {foldable.length > 0 && (
        <div className="passages__all">
          <button
            type="button"
            className="button button--quiet"
            disabled={foldable.every((p) => p.collapsed)}
            onClick={props.onCollapseAll}
          >
            {t(lang, 'passageCollapseAll')}
          </button>
          <button
            type="button"
            className="button button--quiet"
            disabled={!foldable.some((p) => p.collapsed)}
            onClick={props.onExpandAll}
          >
            {t(lang, 'passageExpandAll')}
          </button>
        </div>
      )}
      <ul className="passages__list">
        {passages.map((p) => (
          <li
            key={`${p.key}@${p.start}`}
            className={`passage${p.kept ? ' passage--kept' : ''}`}
            data-kind={p.kind}
            data-kept={p.kept}
            aria-label={`${kindName(lang, p.kind)}: ${t(lang, 'passageLines')} ${p.firstLine}–${p.lastLine}`}
          >
            <span className={`passage__kind passage__kind--${p.kind}`}>{kindName(lang, p.kind)}</span>
            <span className="passage__where">
              {t(lang, 'passageLines')} <bdi dir="ltr">{range(p.firstLine, p.lastLine)}</bdi> ·{' '}
              {linesPhrase(lang, p.lines)}
            </span>
            {p.kept && <span className="passage__kept">{t(lang, 'passageKept')}</span>}
            {/* dir="auto" (and no <bdi>, which auto skips): an Arabic excerpt is cut at its end, not its first words. */}
            <button
              type="button"
              dir="auto"
              className="button button--quiet passage__excerpt"
              title={t(lang, 'passageShow')}
              onClick={() => props.onShow(p.start, p.end)}
            >
              {excerpt(props.text, p.start, p.end)}
            </button>
            <span className="passage__reason">{p.reason[lang]}</span>
            {p.of && p.ofLines && (
              <button
                type="button"
                className="button button--quiet passage__of"
                onClick={() => props.onShow(p.of!.start, p.of!.end)}
              >
                {t(lang, 'passageSameAs')} {t(lang, 'passageLines')}{' '}
                <bdi dir="ltr">{range(p.ofLines.first, p.ofLines.last)}</bdi>
              </button>
            )}
            {!p.kept && p.holdsClaim && <span className="passage__note">{t(lang, 'passageHoldsClaim')}</span>}
            <span className="passage__actions">
              {!p.kept && !p.holdsClaim && (
                <button
                  type="button"
                  className="button"
                  aria-expanded={!p.collapsed}
                  onClick={() => (p.collapsed ? props.onExpand(p.key) : props.onCollapse(p.key))}
                >
                  {t(lang, p.collapsed ? 'passageExpand' : 'passageCollapse')}
                </button>
              )}
              <button
                type="button"
                className="button"
                onClick={() => (p.kept ? props.onSetAside(p.key) : props.onKeep(p.key))}
              >
                {t(lang, p.kept ? 'passageSetAside' : 'passageKeep')}
              </button>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function range(first: number, last: number): string {
  return first === last ? String(first) : `${first}–${last}`;
}

function excerpt(text: string, start: number, end: number): string {
  const words = text
    .slice(start, Math.min(end, start + EXCERPT * 2))
    .replace(/\s+/g, ' ')
    .trim();
  return words.length > EXCERPT || end - start > EXCERPT * 2 ? `${words.slice(0, EXCERPT)}…` : words;
}
