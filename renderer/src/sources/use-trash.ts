// Deleting a source (asked first, naming its claims as just read, so the delete names their revision), the
// workspace's trash as listed, and restoring or purging from it. Each change loads the list of sources again.

import { useCallback, useEffect, useState } from 'react';
import type { WorkbenchApi } from '../../../shared/api/contract.ts';
import type { TrashEntry } from '../../../shared/api/trash.ts';
import type { SourceMeta, UiLanguage } from '../../../shared/workspace/model.ts';
import { flushAll } from '../app/commands.ts';
import type { Message } from '../app/MessageBar.tsx';
import { t } from '../i18n.ts';

export interface TrashDeps {
  api: WorkbenchApi;
  lang: UiLanguage;
  /** How many sources the list shows: the trash is listed again whenever it changes. */
  sourceCount: number | undefined;
  /** Unselects the source if it is the one deleted. */
  onDeleted: (sourceId: string) => void;
  refresh: () => Promise<void>;
  say: (message: Message) => void;
  report: (error: unknown) => void;
}

export function useTrash({ api, lang, sourceCount, onDeleted, refresh, say, report }: TrashDeps) {
  const [entries, setEntries] = useState<TrashEntry[]>([]);
  const [shown, setShown] = useState(false);
  const [asking, setAsking] = useState<{ meta: SourceMeta; claims: number; revision: string } | null>(null);
  const load = useCallback(async () => setEntries((await api.listTrash({})).entries), [api]);
  useEffect(() => {
    if (sourceCount !== undefined) load().catch(report);
  }, [sourceCount, load, report]);

  /** After any change: the sources and the trash as they are now; a failure is said, never lost. */
  const settle = async (change: () => Promise<Message>) => {
    try {
      say(await change());
    } catch (error) {
      report(error);
    }
    await Promise.all([refresh(), load()]).catch(report);
  };
  const askDelete = async (meta: SourceMeta) => {
    try {
      // Saved first, so the count shown is every claim the delete moves.
      if (!(await flushAll())) throw new Error(t(lang, 'saveFailed'));
      const { annotations, revision } = await api.getAnnotations({ sourceId: meta.id });
      setAsking({ meta, claims: annotations.length, revision });
    } catch (error) {
      report(error);
    }
  };
  const confirmDelete = async () => {
    if (!asking) return;
    const { meta, revision } = asking;
    await settle(async () => {
      await api.deleteSource({ sourceId: meta.id, baseRevision: revision });
      onDeleted(meta.id);
      return { kind: 'info', key: 'movedToTrash', detail: meta.title };
    });
    setAsking(null);
  };
  const restore = (entry: TrashEntry) =>
    settle(async () => {
      await api.restoreSource({ sourceId: entry.id });
      return { kind: 'info', key: 'restoredSource', detail: entry.title };
    });
  const purge = (entry: TrashEntry) =>
    settle(async () => {
      await api.purgeSource({ sourceId: entry.id });
      return { kind: 'info', key: 'purgedSource', detail: entry.title };
    });
  const show = () => setShown(true);
  const hide = () => setShown(false);
  return {
    entries,
    shown,
    show,
    hide,
    asking,
    askDelete,
    cancelDelete: () => setAsking(null),
    confirmDelete,
    restore,
    purge,
  };
}
