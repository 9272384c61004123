// One source in the list: choosing it opens it; F2 renames it in place, Delete asks to delete it, and its "⋯"
// menu offers both (WAI-ARIA menu: arrows, Escape closes and focus goes back to the "⋯" button).

import type { SourceMeta, UiLanguage } from '../../../shared/workspace/model.ts';
import { matchesAccelerator, PAGE_KEYS } from '../../../shared/api/shortcuts.ts';
import { MenuButton } from '../app/MenuButton.tsx';
import { useInPlaceEdit } from '../app/use-in-place-edit.ts';
import { t } from '../i18n.ts';
import { formatNumber } from '../numbers.ts';
import { TitleField } from './SourceTitle.tsx';

const [RENAME_KEY] = PAGE_KEYS.renameSource.keys;
const [DELETE_KEY] = PAGE_KEYS.deleteSource.keys;

export interface SourceItemProps {
  lang: UiLanguage;
  meta: SourceMeta;
  selected: boolean;
  onSelect: () => void;
  onRename: (title: string) => Promise<boolean>;
  onDelete: () => void;
}

export function SourceItem({ lang, meta, selected, onSelect, onRename, onDelete }: SourceItemProps) {
  const edit = useInPlaceEdit(meta.title, onRename);
  return (
    <li className="sidebar__row">
      {edit.editing ? (
        <TitleField lang={lang} className="sidebar__rename" fieldProps={edit.fieldProps} />
      ) : (
        <button
          ref={edit.button}
          type="button"
          className="sidebar__item"
          aria-current={selected ? 'true' : undefined}
          aria-keyshortcuts={`${RENAME_KEY} ${DELETE_KEY}`}
          onClick={onSelect}
          onKeyDown={(e) => {
            if (matchesAccelerator(e, RENAME_KEY)) edit.start();
            else if (matchesAccelerator(e, DELETE_KEY)) onDelete();
            else return;
            e.preventDefault();
          }}
        >
          <bdi className="sidebar__item-title">{meta.title}</bdi>
          <span className="sidebar__item-meta">
            {formatNumber(lang, meta.textLength)} {t(lang, 'characters')}
          </span>
        </button>
      )}
      <SourceMenu lang={lang} title={meta.title} onRename={edit.start} onDelete={onDelete} />
    </li>
  );
}

function SourceMenu(props: { lang: UiLanguage; title: string; onRename: () => void; onDelete: () => void }) {
  const { lang } = props;
  const item = (close: () => void, label: 'renameSource' | 'deleteSource', run: () => void, key: string) => (
    <button
      type="button"
      role="menuitem"
      className="menu__item"
      onClick={() => {
        close();
        run();
      }}
    >
      {t(lang, label)}
      <kbd dir="ltr">{key}</kbd>
    </button>
  );
  return (
    <MenuButton
      label={t(lang, 'sourceActions')}
      buttonLabel={`${t(lang, 'sourceActions')}: ${props.title}`}
      className="sidebar__menu"
      buttonClassName="button button--quiet sidebar__more"
      listClassName="sidebar__menu-list"
      items={(close) => (
        <>
          {item(close, 'renameSource', props.onRename, RENAME_KEY)}
          {item(close, 'deleteSource', props.onDelete, DELETE_KEY)}
        </>
      )}
    >
      ⋯
    </MenuButton>
  );
}
