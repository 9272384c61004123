// "Also in" links to the other sources that share a sentence (renderer/src/review/use-also-in.ts): in the
// selected claim's details, one link per other source; and, for a researcher with no claim selected, the
// source's shared sentences in the claims panel. A link opens the other source with its sentence selected.
// Titles and sentences are mixed-direction: each sits in its own <bdi> so neither reorders the other.

import { useState } from 'react';
import type { AlsoIn } from '../../../shared/api/contract.ts';
import type { SourceMeta, UiLanguage } from '../../../shared/workspace/model.ts';
import { t } from '../i18n.ts';
import { formatNumber } from '../numbers.ts';
import { distinctSources, snippet, type AlsoInTarget } from './use-also-in.ts';

type OpenAt = (sourceId: string, start: number, end: number) => void;

function titleOf(sources: readonly SourceMeta[], sourceId: string): string {
  return sources.find((s) => s.id === sourceId)?.title ?? sourceId;
}

/** In the claim details: the other sources with a sentence the claim overlaps. Nothing when there are none. */
export function ClaimAlsoIn(props: {
  lang: UiLanguage;
  targets: readonly AlsoInTarget[];
  sources: readonly SourceMeta[];
  snippetOf: (target: AlsoInTarget) => string | undefined;
  onOpenAt: OpenAt;
}) {
  const { lang } = props;
  if (props.targets.length === 0) return null;
  return (
    <section className="also-in" aria-labelledby="claim-also-in-title" data-testid="claim-also-in">
      <h4 id="claim-also-in-title" className="also-in__title">
        {t(lang, 'alsoIn')}
      </h4>
      <p className="also-in__help">{t(lang, 'alsoInHelp')}</p>
      <ul className="also-in__list">
        {props.targets.map((target) => {
          const text = props.snippetOf(target);
          return (
            <li key={target.sourceId}>
              <button
                type="button"
                className="also-in__link"
                onClick={() => props.onOpenAt(target.sourceId, target.start, target.end)}
              >
                <bdi className="also-in__source">{titleOf(props.sources, target.sourceId)}</bdi>
                {text !== undefined && <bdi className="also-in__snippet">«{text}»</bdi>}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

const FIRST_SHOWN = 100;

/**
 * In the claims panel: "Shared with other sources (N)", folded; unfolded, each shared sentence of this
 * source (shows it in the text) and a link per other source that has it.
 */
export function SharedSentenceList(props: {
  lang: UiLanguage;
  text: string;
  links: readonly AlsoIn[];
  sources: readonly SourceMeta[];
  onShow: (start: number, end: number) => void;
  onOpenAt: OpenAt;
}) {
  const { lang, links } = props;
  const [open, setOpen] = useState(false);
  const [all, setAll] = useState(false);
  const shown = all ? links : links.slice(0, FIRST_SHOWN);
  return (
    <details
      className="shared-sentences"
      data-testid="shared-sentences"
      open={open}
      onToggle={(e) => setOpen(e.currentTarget.open)}
    >
      <summary className="shared-sentences__title">
        {t(lang, 'sharedSentences')} <span className="claims__count">{formatNumber(lang, links.length)}</span>
      </summary>
      {open && (
        <>
          <p className="also-in__help">{t(lang, 'sharedSentencesHelp')}</p>
          <ul className="shared-sentences__list">
            {shown.map((link) => (
              <li key={link.start} className="shared-sentence">
                <button
                  type="button"
                  className="button button--quiet shared-sentence__text"
                  title={t(lang, 'sharedSentenceShow')}
                  onClick={() => props.onShow(link.start, link.end)}
                >
                  <bdi>{snippet(props.text, link.start, link.end)}</bdi>
                </button>
                <span className="shared-sentence__where">
                  {t(lang, 'alsoIn')}:{' '}
                  {distinctSources(link).map((x) => (
                    <button
                      key={x.sourceId}
                      type="button"
                      className="also-in__link also-in__link--inline"
                      onClick={() => props.onOpenAt(x.sourceId, x.start, x.end)}
                    >
                      <bdi className="also-in__source">{titleOf(props.sources, x.sourceId)}</bdi>
                    </button>
                  ))}
                </span>
              </li>
            ))}
          </ul>
          {!all && links.length > FIRST_SHOWN && (
            <button type="button" className="button button--quiet" onClick={() => setAll(true)}>
              {t(lang, 'sharedSentencesAll')} ({formatNumber(lang, links.length)})
            </button>
          )}
        </>
      )}
    </details>
  );
}
