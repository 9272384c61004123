// "Paste as new source…": whether the paste dialog is open, and importing what was pasted through the API.

import { useState } from 'react';
import type { PasteArgs, WorkbenchApi } from '../../../shared/api/contract.ts';
import type { SourceMeta } from '../../../shared/workspace/model.ts';
import { useCommand } from '../app/commands.ts';
import type { DocumentMessages } from './use-original-export.ts';

export function usePasteSource(
  api: WorkbenchApi,
  messages: DocumentMessages,
  onImported: (meta: SourceMeta) => Promise<void>,
): { open: boolean; close: () => void; submit: (args: PasteArgs) => void } {
  const [open, setOpen] = useState(false);
  useCommand('paste-source', () => setOpen(true));
  const submit = (args: PasteArgs) => {
    api.importPasted(args).then(
      async (meta) => {
        setOpen(false);
        messages.info('imported', meta.title);
        await onImported(meta);
      },
      (error: unknown) => messages.error(error),
    );
  };
  return { open, close: () => setOpen(false), submit };
}
