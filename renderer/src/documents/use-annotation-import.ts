// File → Import annotations…: pick another tool's annotation file, save what is open, ask the service for a
// preview (a dry run: what would be added, what is skipped and why, which tags are unknown), then import with
// the unknown tags the researcher chose to create. The claims are reloaded afterwards.

import { useRef, useState } from 'react';
import type { ImportAnnotationsResult, WorkbenchApi } from '../../../shared/api/contract.ts';
import type { UiLanguage } from '../../../shared/workspace/model.ts';
import { flushAll, useCommand } from '../app/commands.ts';
import { fileToBase64 } from '../files.ts';
import { t } from '../i18n.ts';

export interface PendingImport {
  fileName: string;
  dataBase64: string;
  preview: ImportAnnotationsResult;
}

export function useAnnotationImport(opts: {
  api: WorkbenchApi;
  lang: UiLanguage;
  sourceId: string | null;
  onImported: (result: ImportAnnotationsResult) => void;
  onError: (error: unknown) => void;
}) {
  const input = useRef<HTMLInputElement>(null);
  const [pending, setPending] = useState<PendingImport | null>(null);
  useCommand('import-annotations', () => opts.sourceId && input.current?.click());
  const choose = async (file: File) => {
    const { api, sourceId } = opts;
    if (!sourceId) return;
    try {
      if (!(await flushAll())) throw new Error(t(opts.lang, 'saveFailed'));
      const dataBase64 = await fileToBase64(file);
      const preview = await api.importAnnotations({ sourceId, fileName: file.name, dataBase64, dryRun: true });
      setPending({ fileName: file.name, dataBase64, preview });
    } catch (error) {
      opts.onError(error);
    }
  };
  const confirm = async (createTags: string[]) => {
    if (!pending || !opts.sourceId) return;
    try {
      const { fileName, dataBase64 } = pending;
      const result = await opts.api.importAnnotations({ sourceId: opts.sourceId, fileName, dataBase64, createTags });
      setPending(null);
      opts.onImported(result);
    } catch (error) {
      opts.onError(error);
    }
  };
  return { input, pending, choose, confirm, cancel: () => setPending(null) };
}
