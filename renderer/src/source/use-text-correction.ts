// Correcting the source text: edit mode, saving the edited text through the API (which re-anchors every
// claim and answers with the new text and claims), cancelling, and applying one claim's correction.

import { useState, type RefObject } from 'react';
import type { ReanchorOutcome, WorkbenchApi } from '../../../shared/api/contract.ts';
import { readClaim } from '../../../shared/annotations/claim.ts';
import { correctionTarget } from '../../../shared/annotations/correction.ts';
import type { Annotation } from '../../../shared/annotations/model.ts';
import type { UiLanguage } from '../../../shared/workspace/model.ts';
import type { OpenSource } from '../App.tsx';
import type { ClaimSession } from '../claims/use-claim-session.ts';
import type { SourceEditorHandle } from '../editor/SourceEditor.tsx';
import { t } from '../i18n.ts';

export function useTextCorrection(opts: {
  api: WorkbenchApi;
  lang: UiLanguage;
  source: OpenSource;
  session: ClaimSession | null;
  editor: RefObject<SourceEditorHandle | null>;
  /** Where a claim stands in the current text, if it is anchored. */
  anchorOf: (id: string) => { start: number; end: number } | null | undefined;
  onSourceChanged: (source: OpenSource) => void;
  onNotice: (notice: string) => void;
  onError: (error: unknown) => void;
}) {
  const { api, lang, source, session, editor } = opts;
  const { meta, text } = source;
  const [editMode, setEditMode] = useState(false);
  /** Bumped by a cancelled edit: the editor is rebuilt from the stored text. */
  const [editNonce, setEditNonce] = useState(0);

  const commitText = async (nextText: string) => {
    if (!session) return;
    try {
      if (!(await session.saver.flush())) throw new Error(t(lang, 'saveFailed'));
      const result = await api.editSourceText({ sourceId: meta.id, baseRevision: meta.textRevision, text: nextText });
      session.store.reset(result.annotations);
      session.saver.markSaved(session.store.getSnapshot().revision);
      opts.onSourceChanged({ ...source, meta: result.meta, text: result.text });
      setEditMode(false);
      opts.onNotice(describeOutcomes(lang, result.outcomes));
    } catch (error) {
      opts.onError(error);
    }
  };
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
    await commitText(edited);
  };
  const cancel = () => {
    const edited = editedText();
    if (edited !== undefined && edited !== text && !window.confirm(t(lang, 'confirmCancelEdit'))) return;
    setEditMode(false);
    setEditNonce((n) => n + 1);
  };
  /** Replaces only the part of the claim's quote that its correction stands for (the year in a date). */
  const applyCorrection = (claim: Annotation) => {
    const anchor = opts.anchorOf(claim.id);
    const correction = readClaim(claim).correction.trim();
    if (!anchor || !correction) return;
    const part = correctionTarget(text.slice(anchor.start, anchor.end), correction);
    void commitText(text.slice(0, anchor.start + part.start) + correction + text.slice(anchor.start + part.end));
  };
  return { editMode, editNonce, start: () => setEditMode(true), finish, cancel, applyCorrection };
}

function describeOutcomes(lang: UiLanguage, outcomes: ReanchorOutcome[]): string {
  const count = (status: ReanchorOutcome['status']) => outcomes.filter((o) => o.status === status).length;
  const parts = (['kept', 'changed', 'moved', 'orphaned'] as const).map((s) => `${count(s)} ${t(lang, s)}`);
  return `${t(lang, 'reanchored')} ${parts.join(' · ')}`;
}
