// Above the text: one button per tag (named by its label in the UI language, with its shortcut), undo/redo,
// switching to correcting the text, and the save state.

import type { Tag, UiLanguage } from '../../../shared/workspace/model.ts';
import type { SaveState } from '../claims/autosave.ts';
import { t } from '../i18n.ts';
import { translucent } from '../tags/colors.ts';
import { SaveIndicator } from '../claims/SaveIndicator.tsx';

export interface ToolbarProps {
  lang: UiLanguage;
  tags: Tag[];
  canTag: boolean;
  canUndo: boolean;
  canRedo: boolean;
  editMode: boolean;
  canEditText: boolean;
  saveState: SaveState;
  onTag: (tagId: string) => void;
  onUndo: () => void;
  onRedo: () => void;
  onStartEdit: () => void;
  onFinishEdit: () => void;
  onCancelEdit: () => void;
}

/** Buttons keep the text selection: pressing one must not move focus out of the text first. */
const keepSelection = (event: React.MouseEvent) => event.preventDefault();

export function Toolbar(props: ToolbarProps) {
  const { lang } = props;
  return (
    <div className="toolbar" role="toolbar" aria-label={t(lang, 'tagSelection')}>
      {!props.editMode &&
        props.tags.map((tag) => (
          <button
            key={tag.id}
            type="button"
            className="button tag-button"
            style={{ borderInlineStartColor: tag.color, background: translucent(tag.color, 0.14) }}
            disabled={!props.canTag}
            onMouseDown={keepSelection}
            onClick={() => props.onTag(tag.id)}
            aria-keyshortcuts={tag.shortcut}
            data-tag={tag.id}
          >
            {tag.label[lang]}
            {tag.shortcut && <kbd aria-hidden="true">{tag.shortcut}</kbd>}
          </button>
        ))}
      {props.editMode && <span className="toolbar__hint">{t(lang, 'editingHint')}</span>}
      <span className="toolbar__spacer" />
      {!props.editMode && (
        <>
          <button
            type="button"
            className="button"
            onMouseDown={keepSelection}
            disabled={!props.canUndo}
            onClick={props.onUndo}
            aria-keyshortcuts="Control+Z"
          >
            {t(lang, 'undo')}
          </button>
          <button
            type="button"
            className="button"
            onMouseDown={keepSelection}
            disabled={!props.canRedo}
            onClick={props.onRedo}
            aria-keyshortcuts="Control+Shift+Z"
          >
            {t(lang, 'redo')}
          </button>
          <button type="button" className="button" disabled={!props.canEditText} onClick={props.onStartEdit}>
            {t(lang, 'editText')}
          </button>
        </>
      )}
      {props.editMode && (
        <>
          <button type="button" className="button button--primary" onClick={props.onFinishEdit}>
            {t(lang, 'finishEdit')}
          </button>
          <button type="button" className="button" onClick={props.onCancelEdit}>
            {t(lang, 'cancelEdit')}
          </button>
        </>
      )}
      <SaveIndicator lang={lang} state={props.saveState} />
    </div>
  );
}
