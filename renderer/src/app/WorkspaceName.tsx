// The workspace's name in the header, renamed where it stands: click it (or Enter/Space on it), type, Enter or
// leaving the field saves, Escape keeps the old name. After Enter or Escape the focus is back on the name.

import { useEffect, useRef, useState } from 'react';
import type { WorkspaceView } from '../../../shared/api/contract.ts';
import type { UiLanguage } from '../../../shared/workspace/model.ts';
import { shownWorkspaceName } from '../../../shared/workspace/names.ts';
import { t } from '../i18n.ts';

interface Props {
  lang: UiLanguage;
  workspace: WorkspaceView | null;
  /** Saves the new name; false when it was refused (the error is shown by the caller). */
  onRename: (name: string) => Promise<boolean>;
}

const MAX_NAME = 120;

export function WorkspaceName({ lang, workspace, onRename }: Props) {
  const [draft, setDraft] = useState<string | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const field = useRef<HTMLInputElement>(null);
  /** Set by Escape and by a save in flight, so the blur that follows does not save again. */
  const settled = useRef(false);
  /** Set when editing ends by Enter or Escape: the name takes the focus back once it is on screen again. */
  const refocus = useRef(false);
  const editing = draft !== null;
  useEffect(() => {
    // The field the researcher just asked for takes the focus, with the name selected to type over.
    if (editing) {
      field.current?.focus();
      field.current?.select();
    } else {
      settled.current = false;
      // After the commit that put the button back (a frame callback could run before it, under load).
      if (refocus.current) button.current?.focus();
      refocus.current = false;
    }
  }, [editing]);
  if (!workspace) return <span className="app__workspace" />;
  const shown = shownWorkspaceName(workspace.name, lang);
  const finish = (returnFocus: boolean) => {
    refocus.current = returnFocus;
    setDraft(null);
  };
  /** From Enter the focus comes back to the name; from a click elsewhere it stays where it went. */
  const commit = async (returnFocus: boolean) => {
    if (settled.current || draft === null) return;
    settled.current = true;
    const name = draft.trim();
    if (name === '' || name === shown) return finish(returnFocus);
    if (await onRename(name)) finish(returnFocus);
  };
  if (!editing) {
    return (
      <button
        ref={button}
        type="button"
        // An Arabic name in the English UI (or the reverse) reads in its own direction ("تحقيق 2024", not "2024 تحقيق").
        dir="auto"
        className="app__workspace button button--quiet"
        title={t(lang, 'renameWorkspace')}
        aria-label={`${t(lang, 'renameWorkspace')}: ${shown}`}
        onClick={() => setDraft(shown)}
      >
        {shown}
      </button>
    );
  }
  return (
    <input
      className="app__workspace-input"
      dir="auto"
      aria-label={t(lang, 'workspaceName')}
      value={draft}
      ref={field}
      maxLength={MAX_NAME}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={() => void commit(false)}
      onKeyDown={(e) => {
        if (e.key === 'Enter') {
          e.preventDefault();
          void commit(true);
        } else if (e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          settled.current = true;
          finish(true);
        }
      }}
    />
  );
}
