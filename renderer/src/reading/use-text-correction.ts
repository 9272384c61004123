// Correcting the source text: edit mode, saving the edited text through the API (which re-anchors every
// claim and answers with the new text and claims), cancelling, and applying one claim's correction.

import { useState, type RefObject } from 'react';
import type { ApiResult, ReanchorOutcome, WorkbenchApi } from '../../../shared/api/contract.ts';
import type { Annotation } from '../../../shared/annotations/model.ts';
import type { UiLanguage } from '../../../shared/workspace/model.ts';
import type { OpenSource } from './open-source.ts';
import { textEditAction } from '../claims/claim-actions.ts';
import type { ClaimSession } from '../claims/use-claim-session.ts';
import type { SourceEditorHandle } from './editor/SourceEditor.tsx';
import { t } from '../i18n.ts';

export function useTextCorrection(opts: {
  api: WorkbenchApi;
  lang: UiLanguage;
  source: OpenSource;
  session: ClaimSession | null;
  editor: RefObject<SourceEditorHandle | null>;
  onSourceChanged: (source: OpenSource) => void;
  onNotice: (notice: string) => void;
  onError: (error: unknown) => void;
}) {
  const { api, lang, source, session, editor } = opts;
  const { meta, text } = source;
  const [editMode, setEditMode] = useState(false);
  /** Bumped by a cancelled edit: the editor is rebuilt from the stored text. */
  const [editNonce, setEditNonce] = useState(0);

  /** Runs a text change on the service, then records it as one undoable step with the claims it changed. */
  const commitText = async (label: string, change: () => Promise<ApiResult<'editSourceText'>>) => {
    if (!session) return;
    try {
      const result = await session.sync.textOperation(async () => {
        if (!(await session.saver.flush())) throw new Error(t(lang, 'saveFailed'));
        const changed = await change();
        const current = session.store.getSnapshot().annotations;
        const action = textEditAction(label, current, changed.annotations, { before: text, after: changed.text });
        session.store.commit(action);
        // The service saved exactly these claims with the text.
        session.saver.markSaved(session.store.getSnapshot().revision);
        return changed;
      });
      opts.onSourceChanged({ ...source, meta: result.meta, text: result.text });
      setEditMode(false);
      opts.onNotice(describeOutcomes(lang, result.outcomes));
    } catch (error) {
      opts.onError(error);
    }
  };
  const saveText = (nextText: string) =>
    commitText('text', () =>
      api.editSourceText({ sourceId: meta.id, baseRevision: meta.textRevision, text: nextText }),
    );
  const editedText = (): string | undefined => {
    try {
      return editor.current?.getText();
    } catch (error) {
      opts.onError(error);
      return undefined;
    }
  };
  const finish = async () => {
    const edited = editedText();
    if (edited === undefined) return;
    if (edited === text) return setEditMode(false);
    await saveText(edited);
  };
  const cancel = () => {
    const edited = editedText();
    if (edited !== undefined && edited !== text && !window.confirm(t(lang, 'confirmCancelEdit'))) return;
    setEditMode(false);
    setEditNonce((n) => n + 1);
  };
  /**
   * The service replaces only the part of the claim's quote that its correction stands for (the year in a date)
   * and records on the claim what it replaced.
   */
  const applyCorrection = (claim: Annotation) =>
    void commitText('apply-correction', () =>
      api.applyCorrection({ sourceId: meta.id, baseRevision: meta.textRevision, claimId: claim.id }),
    );
  return { editMode, editNonce, start: () => setEditMode(true), finish, cancel, applyCorrection };
}

function describeOutcomes(lang: UiLanguage, outcomes: ReanchorOutcome[]): string {
  const count = (status: ReanchorOutcome['status']) => outcomes.filter((o) => o.status === status).length;
  const parts = (['kept', 'changed', 'moved', 'orphaned'] as const).map((s) => `${count(s)} ${t(lang, s)}`);
  return `${t(lang, 'reanchored')} ${parts.join(' · ')}`;
}
