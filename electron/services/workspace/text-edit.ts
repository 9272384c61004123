// A text edit from read to commit as one transaction on disk. The source's meta.json and its annotation file
// are held throughout, so no other edit or claim save (in this process or another) slips in between. The
// commit writes the history entry first (no stored text without its edit record), then text and meta, then the
// re-anchored claims. Each file is atomic; if the process dies between them, claims still hold quotes and
// context, and load-time anchoring finds them.

import type { Annotation } from '../../../shared/annotations/model.ts';
import type { SourceMeta } from '../../../shared/workspace/model.ts';
import type { AnnotationFiles } from './annotation-files.ts';
import { annotationFile } from './layout.ts';
import type { FileLocks } from './locks.ts';
import type { SourceStore } from './source-store.ts';
import { appendTextHistory, type HistoryEntry } from './text-history.ts';

export interface CommittedEdit {
  text: string;
  edits: HistoryEntry['edits'];
  annotations: Annotation[];
  at: string;
}

/** Gets the source as it is on disk now; returns what to commit (or null: nothing) and the caller's result. */
export type TextEdit<T> = (now: { meta: SourceMeta; text: string; annotations: Annotation[] }) => Promise<{
  commit: CommittedEdit | null;
  result: (meta: SourceMeta) => T;
}>;

interface Parts {
  root: string;
  locks: FileLocks;
  sources: SourceStore;
  annotations: AnnotationFiles;
}

export async function runTextEdit<T>(parts: Parts, id: string, edit: TextEdit<T>): Promise<T> {
  const { root, locks, sources, annotations } = parts;
  return sources.holdMeta(id, () =>
    locks.hold(annotationFile(root, id), async () => {
      const meta = await sources.reread(id);
      const text = await sources.readText(id);
      let planned: Awaited<ReturnType<TextEdit<T>>> | undefined;
      await annotations.updateHeld(id, async (current) => {
        planned = await edit({ meta, text, annotations: current });
        if (!planned.commit) return current;
        const revision = meta.textRevision + 1;
        await appendTextHistory(root, id, { revision, at: planned.commit.at, edits: planned.commit.edits });
        await sources.replaceTextHeld(id, planned.commit.text, { textRevision: revision });
        return planned.commit.annotations;
      });
      return planned!.result(sources.get(id));
    }),
  );
}
