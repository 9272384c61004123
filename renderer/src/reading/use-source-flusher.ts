// Before the window closes, the workspace changes view or a tag merge rewrites claim files, this source's work
// is saved: a text correction in progress is finished first, then the claims are flushed to disk.

import { useEffect } from 'react';
import { registerFlusher } from '../app/commands.ts';
import type { ClaimSession } from '../claims/use-claim-session.ts';

export function useSourceFlusher(session: ClaimSession | null, editMode: boolean, finishEdit: () => Promise<unknown>) {
  useEffect(() => {
    if (!session) return;
    return registerFlusher({
      flush: async () => {
        if (editMode) await finishEdit();
        return session.saver.flush();
      },
      isDirty: () => editMode || session.saver.getState().status !== 'saved',
    });
  });
}
