// The open source deleted elsewhere (another window, the command line): once the polled list no longer has it,
// the window closes it and says where it went, instead of letting the researcher edit what can't be saved.

import { useEffect } from 'react';
import type { WorkspaceView } from '../../../shared/api/contract.ts';
import type { Message } from '../app/MessageBar.tsx';

export function useSourceGone(
  workspace: WorkspaceView | null,
  open: { selected: string | null; select: (id: string | null) => void; source: { meta: { title: string } } | null },
  say: (message: Message) => void,
): void {
  const { selected, select } = open;
  const title = open.source?.meta.title;
  useEffect(() => {
    if (!workspace || !selected || workspace.sources.some((s) => s.id === selected)) return;
    select(null);
    say({ kind: 'info', key: 'deletedElsewhere', detail: title ?? selected });
  }, [workspace, selected, select, say, title]);
}
