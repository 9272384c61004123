// The claims of every source in the reading view's place. Everything is saved before it opens, so the table
// lists every edit; the open source is unloaded meanwhile and loaded again (its claims fresh) when it closes.

import { useState } from 'react';
import type { ClaimRow } from '../workspace-claims/claim-rows.ts';
import { flushAll } from './commands.ts';
import type { useOpenSource } from './use-open-source.ts';

export function useClaimsView(open: ReturnType<typeof useOpenSource>, onSaveFailed: () => void) {
  const [shown, setShown] = useState(false);
  const show = async () => {
    if (!(await flushAll())) return onSaveFailed();
    open.unload();
    setShown(true);
  };
  /** Closed by a row: that claim's source opens with the claim chosen. */
  const close = (row?: ClaimRow) => {
    setShown(false);
    open.reloadClaims();
    if (row) open.openAt(row.sourceId, row.start ?? 0, row.end ?? 0, row.id);
  };
  return { shown, show, close };
}
