// Documents in and out of the workspace from the shell: the PDF reports (of the open source or the whole
// workspace) and the annotated original (File menu),
// and pasting text as a new source; their progress and results go to the window's message line.

import { useMemo } from 'react';
import type { WorkbenchApi } from '../../../shared/api/contract.ts';
import type { SourceMeta, UiLanguage } from '../../../shared/workspace/model.ts';
import { useOriginalExport, type DocumentMessages } from '../documents/use-original-export.ts';
import { usePasteSource } from '../documents/use-paste-source.ts';
import { useReportExport } from '../documents/use-report-export.ts';
import type { Message } from './MessageBar.tsx';

export function useDocuments(opts: {
  api: WorkbenchApi;
  lang: UiLanguage;
  meta: SourceMeta | undefined;
  workspaceName: string;
  skipPassages: boolean;
  say: (message: Message | null) => void;
  report: (error: unknown) => void;
  onPasted: (meta: SourceMeta) => Promise<void>;
}) {
  const { api, lang, meta, say, report } = opts;
  const messages = useMemo<DocumentMessages>(
    () => ({ info: (key, detail) => say({ kind: 'info', key, detail }), clear: () => say(null), error: report }),
    [say, report],
  );
  useOriginalExport(api, lang, meta, messages);
  const reportExport = useReportExport(api, lang, meta, opts.workspaceName, opts.skipPassages, messages);
  const paste = usePasteSource(api, messages, opts.onPasted);
  return { reportExport, paste };
}
