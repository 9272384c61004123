// "Decode as": choosing another encoding asks first (a preview of both readings, DecodeDialog), decodes on
// confirmation, and offers to undo it from the message line (the previous encoding, read again from the same
// bytes, gives the text exactly as it was).

import { useCallback, useState } from 'react';
import type { WorkbenchApi } from '../../../shared/api/contract.ts';
import type { EncodingPreview } from '../../../shared/api/source-text.ts';
import type { Message } from '../app/MessageBar.tsx';

export interface PendingDecode {
  sourceId: string;
  /** The encoding the source is read with now (undo goes back to it). */
  current: string;
  preview: EncodingPreview;
}

export interface DecodeDeps {
  api: WorkbenchApi;
  /** Stores the text read again and shows it (the open source, the workspace's list). */
  decode: (sourceId: string, encoding: string) => Promise<void>;
  say: (message: Message) => void;
  report: (error: unknown) => void;
}

export function useDecodeAgain({ api, decode, say, report }: DecodeDeps) {
  const [pending, setPending] = useState<PendingDecode | null>(null);
  const ask = useCallback(
    async (sourceId: string, current: string, encoding: string) => {
      try {
        setPending({ sourceId, current, preview: await api.previewSourceEncoding({ sourceId, encoding }) });
      } catch (error) {
        report(error);
      }
    },
    [api, report],
  );
  const confirm = useCallback(async () => {
    if (!pending) return;
    setPending(null);
    const { sourceId, current, preview } = pending;
    try {
      await decode(sourceId, preview.encoding.name);
      const undo = () =>
        void decode(sourceId, current).then(() => say({ kind: 'info', key: 'decodeUndone', detail: current }), report);
      say({ kind: 'info', key: 'decoded', detail: preview.encoding.name, action: { key: 'undo', run: undo } });
    } catch (error) {
      report(error);
    }
  }, [pending, decode, say, report]);
  const cancel = useCallback(() => setPending(null), []);
  return { pending, ask, confirm, cancel };
}
