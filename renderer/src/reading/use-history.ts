// Undo and redo over one history of claim actions and text corrections. A claim action is undone in the
// store alone; a text correction first puts the text back through the API (itself a new, kept revision of the
// source), then lets the store restore the claims exactly as they were before it. One step at a time.

import { useRef } from 'react';
import type { WorkbenchApi } from '../../../shared/api/contract.ts';
import type { UiLanguage } from '../../../shared/workspace/model.ts';
import type { OpenSource } from './open-source.ts';
import type { ClaimAction } from '../claims/claim-store.ts';
import type { ClaimSession } from '../claims/use-claim-session.ts';
import { t } from '../i18n.ts';

export function useHistory(opts: {
  api: WorkbenchApi;
  lang: UiLanguage;
  source: OpenSource;
  session: ClaimSession | null;
  onSourceChanged: (source: OpenSource) => void;
  /** Shows what came back (selects the claim an undo restored). */
  onShow: (action: ClaimAction | null) => void;
  onError: (error: unknown) => void;
}) {
  const latest = useRef(opts);
  latest.current = opts;
  const busy = useRef(false);
  const step = async (direction: 'undo' | 'redo') => {
    const { api, lang, session, source } = latest.current;
    const store = session?.store;
    if (!store || busy.current) return;
    const entry = direction === 'undo' ? store.peekUndo() : store.peekRedo();
    if (!entry) return;
    const apply = (expected?: ClaimAction) => (direction === 'undo' ? store.undo(expected) : store.redo(expected));
    if (!entry.text) return latest.current.onShow(apply());
    busy.current = true;
    try {
      const text = direction === 'undo' ? entry.text.before : entry.text.after;
      const result = await session.sync.textOperation(async () => {
        if (!(await session.saver.flush())) throw new Error(t(lang, 'saveFailed'));
        return api.editSourceText({ sourceId: source.meta.id, baseRevision: source.meta.textRevision, text });
      });
      // The service re-anchored and stored the claims with the text; the undone claims are saved over that.
      const done = apply(entry);
      latest.current.onSourceChanged({ ...latest.current.source, meta: result.meta, text: result.text });
      latest.current.onShow(done);
    } catch (error) {
      latest.current.onError(error);
    } finally {
      busy.current = false;
    }
  };
  return { undo: () => void step('undo'), redo: () => void step('redo') };
}
