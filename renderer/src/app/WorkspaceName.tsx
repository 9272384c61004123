// The workspace's name in the header, renamed where it stands: click it (or Enter/Space on it), type, Enter or
// leaving the field saves, Escape keeps the old name (use-in-place-edit.ts).

import type { WorkspaceView } from '../../../shared/api/contract.ts';
import type { UiLanguage } from '../../../shared/workspace/model.ts';
import { shownWorkspaceName } from '../../../shared/workspace/names.ts';
import { t } from '../i18n.ts';
import { useInPlaceEdit } from './use-in-place-edit.ts';

interface Props {
  lang: UiLanguage;
  workspace: WorkspaceView | null;
  /** Saves the new name; false when it was refused (the error is shown by the caller). */
  onRename: (name: string) => Promise<boolean>;
}

const MAX_NAME = 120;

export function WorkspaceName({ lang, workspace, onRename }: Props) {
  const shown = workspace ? shownWorkspaceName(workspace.name, lang) : '';
  const edit = useInPlaceEdit(shown, onRename);
  if (!workspace) return <span className="app__workspace" />;
  if (!edit.editing) {
    return (
      <button
        ref={edit.button}
        type="button"
        // An Arabic name in the English UI (or the reverse) reads in its own direction ("تحقيق 2024", not "2024 تحقيق").
        dir="auto"
        className="app__workspace button button--quiet"
        title={t(lang, 'renameWorkspace')}
        aria-label={`${t(lang, 'renameWorkspace')}: ${shown}`}
        onClick={edit.start}
      >
        {shown}
      </button>
    );
  }
  return (
    <input
      className="app__workspace-input"
      aria-label={t(lang, 'workspaceName')}
      maxLength={MAX_NAME}
      {...edit.fieldProps}
    />
  );
}
