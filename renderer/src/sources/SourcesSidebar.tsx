// The list of sources in the workspace, with the import button (a hidden file input behind it) and the way to
// the claims of every source.

import { useRef } from 'react';
import type { SourceMeta, UiLanguage } from '../../../shared/workspace/model.ts';
import { useCommand } from '../app/commands.ts';
import { IMPORT_ACCEPT } from '../files.ts';
import { t } from '../i18n.ts';
import { formatNumber } from '../numbers.ts';

export function SourcesSidebar(props: {
  lang: UiLanguage;
  sources: SourceMeta[];
  selected: string | null;
  onSelect: (id: string) => void;
  onImport: (files: File[]) => void;
  /** Opens the claims of every source (the claims view). */
  onShowClaims: () => void;
}) {
  const input = useRef<HTMLInputElement>(null);
  const { lang } = props;
  useCommand('import', () => input.current?.click());
  return (
    <nav className="sidebar" aria-label={t(lang, 'sources')}>
      <div className="sidebar__head">
        <h2 className="sidebar__title">{t(lang, 'sources')}</h2>
        <button type="button" className="button" onClick={() => input.current?.click()}>
          {t(lang, 'importFile')}
        </button>
        <input
          ref={input}
          type="file"
          multiple
          hidden
          accept={IMPORT_ACCEPT}
          data-testid="import-input"
          onChange={(e) => {
            props.onImport([...(e.target.files ?? [])]);
            e.target.value = '';
          }}
        />
      </div>
      <button
        type="button"
        className="button sidebar__claims"
        disabled={props.sources.length === 0}
        onClick={props.onShowClaims}
      >
        {t(lang, 'claimsInWorkspace')}
      </button>
      {props.sources.length === 0 ? (
        <p className="sidebar__empty">{t(lang, 'noSources')}</p>
      ) : (
        <ul className="sidebar__list">
          {props.sources.map((s) => (
            <li key={s.id}>
              <button
                type="button"
                className="sidebar__item"
                aria-current={s.id === props.selected ? 'true' : undefined}
                onClick={() => props.onSelect(s.id)}
              >
                <bdi className="sidebar__item-title">{s.title}</bdi>
                <span className="sidebar__item-meta">
                  {formatNumber(lang, s.textLength)} {t(lang, 'characters')}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </nav>
  );
}
