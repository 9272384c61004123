// The claim actions the reading view runs on its session's store (undoable, autosaved): tagging what is
// selected on screen — a new claim, or the tag toggled on the chosen claim — and choosing what an undo or
// redo touched.

import { useCallback, type RefObject } from 'react';
import { snapClaimRange } from '../../../shared/annotations/claim-range.ts';
import type { Annotation } from '../../../shared/annotations/model.ts';
import { createClaim, toggleTag } from '../claims/claim-actions.ts';
import type { ClaimAction } from '../claims/claim-store.ts';
import type { ClaimSession } from '../claims/use-claim-session.ts';
import type { SourceEditorHandle } from './editor/SourceEditor.tsx';

export const now = () => new Date().toISOString();

export function useClaimCommands(opts: {
  session: ClaimSession | null;
  editor: RefObject<SourceEditorHandle | null>;
  sourceId: string;
  text: string;
  editMode: boolean;
  selectedId: string | null;
  select: (id: string) => void;
}) {
  const { session, editor, text, selectedId, select } = opts;
  const commit = useCallback((action: ClaimAction) => session?.store.commit(action), [session]);
  /** A claim as the store has it now (a list row or a search result may hold an older copy). */
  const latest = (claim: Annotation) => session?.store.get(claim.id) ?? claim;

  const tagSelection = (tagId: string) => {
    if (!session || opts.editMode) return;
    const live = editor.current?.selectedSpan() ?? null;
    const snapped = live && snapClaimRange(text, live.start, live.end);
    if (snapped) {
      const action = createClaim({ sourceId: opts.sourceId, text, ...snapped, tagId, now: now() });
      commit(action);
      select(action.patches[0]!.after!.id);
      return;
    }
    const chosen = selectedId ? session.store.get(selectedId) : undefined;
    if (chosen) commit(toggleTag(chosen, tagId, now()));
  };

  const showUndone = (action: ClaimAction | null | undefined) => {
    const patch = action?.patches[0];
    const id = (patch?.after ?? patch?.before)?.id;
    if (id && session?.store.get(id)) {
      select(id);
      requestAnimationFrame(() => editor.current?.reveal(id));
    }
  };
  return { commit, latest, tagSelection, showUndone };
}
