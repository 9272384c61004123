// The list of sources in the workspace, with the import button (a hidden file input behind it), the way to
// the claims of every source, and the trash under the list (deleted sources, restorable).

import { useRef } from 'react';
import type { SourceMeta, UiLanguage } from '../../../shared/workspace/model.ts';
import { useCommand } from '../app/commands.ts';
import { IMPORT_ACCEPT } from '../files.ts';
import { t } from '../i18n.ts';
import { SourceItem } from './SourceItem.tsx';
import { TRASH_ENTRY_ID } from './trash-entry.ts';

export function SourcesSidebar(props: {
  lang: UiLanguage;
  sources: SourceMeta[];
  selected: string | null;
  onSelect: (id: string) => void;
  onImport: (files: File[]) => void;
  /** Opens the claims of every source (the claims view). */
  onShowClaims: () => void;
  onRename: (meta: SourceMeta, title: string) => Promise<boolean>;
  onDelete: (meta: SourceMeta) => void;
  trashCount: number;
  onShowTrash: () => void;
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
            <SourceItem
              key={s.id}
              lang={lang}
              meta={s}
              selected={s.id === props.selected}
              onSelect={() => props.onSelect(s.id)}
              onRename={(title) => props.onRename(s, title)}
              onDelete={() => props.onDelete(s)}
            />
          ))}
        </ul>
      )}
      <button
        id={TRASH_ENTRY_ID}
        type="button"
        className="button button--quiet sidebar__trash"
        onClick={props.onShowTrash}
      >
        {t(lang, 'trash')}{' '}
        <span className="sidebar__trash-count">
          ({props.trashCount.toLocaleString(lang === 'ar' ? 'ar-EG' : 'en')})
        </span>
      </button>
    </nav>
  );
}
