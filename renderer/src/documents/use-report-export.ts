// "Export PDF report…" (the open source) and "Export workspace report…" (every source): the report is made in a worker on the other side of the door; while it runs this page
// polls its progress (getExportProgress) and offers Cancel (cancelExport), so a long export never leaves the
// researcher waiting without a way out. Saves pending claim edits first.

import { useCallback, useEffect, useRef, useState } from 'react';
import type { WorkbenchApi } from '../../../shared/api/contract.ts';
import type { SourceMeta, UiLanguage } from '../../../shared/workspace/model.ts';
import { shownWorkspaceName } from '../../../shared/workspace/names.ts';
import { flushAll } from '../app/commands.ts';
import { fetchServerFile } from '../bridge/http-bridge.ts';
import { downloadBlob, downloadFile } from '../files.ts';
import { t } from '../i18n.ts';
import type { DocumentMessages } from './use-original-export.ts';

const POLL_MS = 250;

export interface ReportExport {
  /** The running export (its title and share done), or null. */
  running: { title: string; fraction: number } | null;
  /** The open source's report, or the whole workspace's. */
  start(scope?: 'source' | 'workspace'): Promise<void>;
  cancel(): void;
}

export function useReportExport(
  api: WorkbenchApi,
  lang: UiLanguage,
  meta: SourceMeta | undefined,
  workspaceName: string,
  skipPassages: boolean,
  messages: DocumentMessages,
): ReportExport {
  const [running, setRunning] = useState<ReportExport['running']>(null);
  const job = useRef<string | null>(null);
  const active = running !== null;
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => {
      const jobId = job.current;
      if (!jobId) return;
      void api.getExportProgress({ jobId }).then(
        ({ fraction }) => job.current === jobId && setRunning((r) => r && { ...r, fraction }),
        () => undefined, // a missed poll is not an error; the export itself reports failures
      );
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [api, active]);

  const start = useCallback(
    async (scope: 'source' | 'workspace' = 'source') => {
      const options = { skipPassages };
      const what =
        scope === 'workspace'
          ? {
              title: shownWorkspaceName(workspaceName, lang),
              run: (jobId: string) => api.exportWorkspaceReport({ options, jobId }),
            }
          : meta && {
              title: meta.title,
              run: (jobId: string) => api.exportReport({ sourceId: meta.id, options, jobId }),
            };
      if (!what || job.current) return;
      const jobId = crypto.randomUUID();
      job.current = jobId;
      messages.clear();
      setRunning({ title: what.title, fraction: 0 });
      try {
        if (!(await flushAll())) throw new Error(t(lang, 'saveFailed'));
        const result = await what.run(jobId);
        if (result.cancelled) return messages.info('exportCancelled', what.title);
        if (result.dataBase64) downloadFile(result.fileName, result.dataBase64, 'application/pdf');
        if (result.downloadPath) downloadBlob(result.fileName, await fetchServerFile(result.downloadPath));
        const counts = `${result.pages} · ${result.claims} · ${result.orphans} (${t(lang, 'pagesClaimsOrphans')})`;
        messages.info('exportedPdf', `${result.savedTo ?? result.fileName} — ${counts}`);
      } catch (error) {
        messages.error(error);
      } finally {
        job.current = null;
        setRunning(null);
      }
    },
    [api, lang, meta, workspaceName, skipPassages, messages],
  );

  const cancel = useCallback(() => {
    const jobId = job.current;
    if (jobId) void api.cancelExport({ jobId }).catch(messages.error);
  }, [api, messages]);

  return { running, start, cancel };
}
