// "Export annotated original…" (File menu, native menu): the open PDF source's own file with its claims as
// highlights. Saves pending claim edits first, then downloads (browser mode) or reports where it was saved.

import { useCallback } from 'react';
import type { WorkbenchApi } from '../../../shared/api/contract.ts';
import type { SourceMeta } from '../../../shared/workspace/model.ts';
import { flushAll, useCommand } from '../app/commands.ts';
import { downloadFile } from '../files.ts';
import { t, type StringKey } from '../i18n.ts';
import type { UiLanguage } from '../../../shared/workspace/model.ts';

export interface DocumentMessages {
  info(key: StringKey, detail: string): void;
  clear(): void;
  error(error: unknown): void;
}

export function useOriginalExport(
  api: WorkbenchApi,
  lang: UiLanguage,
  meta: SourceMeta | undefined,
  messages: DocumentMessages,
): void {
  const run = useCallback(async () => {
    if (!meta) return;
    if (meta.format !== 'pdf') return messages.info('originalOnlyPdf', meta.title);
    messages.info('exportingOriginal', meta.title);
    try {
      if (!(await flushAll())) throw new Error('claims not saved');
      const result = await api.exportAnnotatedOriginal({ sourceId: meta.id });
      if (result.cancelled) return messages.clear();
      if (result.dataBase64) downloadFile(result.fileName, result.dataBase64, 'application/pdf');
      const counts = `${result.highlights} · ${result.claims} · ${result.orphans} (${t(lang, 'highlightsClaimsOrphans')})`;
      messages.info('exportedOriginal', `${result.savedTo ?? result.fileName} — ${counts}`);
    } catch (error) {
      messages.error(error);
    }
  }, [api, lang, meta, messages]);
  useCommand('export-original', () => void run());
}
