// What the shell does to sources as files: importing (a file chooser or a drop, several at once), decoding one
// again with another encoding (asked first: sources/use-decode-again.ts), its provenance and its title. Each
// refreshes the workspace's list of sources.

import { useCallback, type Dispatch, type SetStateAction } from 'react';
import type { WorkbenchApi, WorkspaceView } from '../../../shared/api/contract.ts';
import type { ProvenanceField, SourceMeta } from '../../../shared/workspace/model.ts';
import { errorView, type ErrorView } from '../errors.ts';
import { fileToBase64 } from '../files.ts';
import type { OpenSource } from '../reading/open-source.ts';
import { useDecodeAgain } from '../sources/use-decode-again.ts';
import { loadSource } from './boot.ts';
import type { Message } from './MessageBar.tsx';

export interface SourceActionDeps {
  api: WorkbenchApi;
  source: OpenSource | null;
  setSource: Dispatch<SetStateAction<OpenSource | null>>;
  setWorkspace: Dispatch<SetStateAction<WorkspaceView | null>>;
  /** Loads the workspace's view again (its list of sources). */
  refresh: () => Promise<void>;
  select: (sourceId: string) => void;
  say: (message: Message) => void;
  report: (error: unknown) => void;
}

export function useSourceActions(deps: SourceActionDeps) {
  const { api, source, setSource, setWorkspace, refresh, select, say, report } = deps;
  const importFiles = useCallback(
    async (files: File[]) => {
      let last: SourceMeta | null = null;
      // Every failure is kept and shown at the end: one bad file among several must still be named.
      const failures: ErrorView[] = [];
      const titles: string[] = [];
      for (const file of files) {
        say({ kind: 'info', key: 'importing', detail: file.name });
        try {
          last = await api.importSource({ fileName: file.name, dataBase64: await fileToBase64(file) });
          titles.push(last.title);
        } catch (error) {
          failures.push(errorView(error));
        }
      }
      // Every source imported is named, not only the last (a middle dot: no comma of either language).
      if (failures.length > 0) say({ kind: 'error', errors: failures });
      else if (last) say({ kind: 'info', key: 'imported', detail: titles.join(' · ') });
      await refresh();
      if (last) select(last.id);
    },
    [api, say, refresh, select],
  );

  const decodeAs = useCallback(
    async (sourceId: string, encoding: string) => {
      const meta = await api.setSourceEncoding({ sourceId, encoding });
      const loaded = await loadSource(api, meta.id);
      // The window may have moved on to another source meanwhile: only the one decoded is replaced.
      setSource((s) => (s && s.meta.id === sourceId ? loaded : s));
      await refresh();
    },
    [api, setSource, refresh],
  );
  const decode = useDecodeAgain({ api, decode: decodeAs, say, report });
  const changeEncoding = useCallback(
    (encoding: string) => {
      if (source) void decode.ask(source.meta.id, source.meta.encoding.name, encoding);
    },
    [source, decode],
  );

  /** A source's meta as the service answered it, in the open source and in the list alike. */
  const adopt = useCallback(
    (meta: SourceMeta) => {
      setSource((s) => (s && s.meta.id === meta.id ? { ...s, meta } : s));
      setWorkspace((w) => w && { ...w, sources: w.sources.map((m) => (m.id === meta.id ? meta : m)) });
    },
    [setSource, setWorkspace],
  );

  const saveProvenance = useCallback(
    async (fields: Partial<Record<ProvenanceField, string>>) => {
      if (!source) return;
      try {
        adopt(await api.setProvenance({ sourceId: source.meta.id, fields }));
      } catch (error) {
        report(error);
        throw error;
      }
    },
    [api, source, report, adopt],
  );

  /** Renames naming the title shown; refused (renamed elsewhere), it says so and shows the title on disk. */
  const renameSource = useCallback(
    async (meta: SourceMeta, title: string): Promise<boolean> => {
      try {
        adopt(await api.renameSource({ sourceId: meta.id, title, baseTitle: meta.title }));
        return true;
      } catch (error) {
        report(error);
        const now = (await api.getWorkspace({}).catch(() => null))?.sources.find((m) => m.id === meta.id);
        if (now) adopt(now);
        return false;
      }
    },
    [api, report, adopt],
  );

  return { importFiles, changeEncoding, decode, saveProvenance, renameSource };
}
