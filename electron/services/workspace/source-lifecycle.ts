// Renaming, deleting, restoring and purging a source, each holding the files it moves or rewrites (locks.ts)
// so no save in this process or another slips in between: a delete holds the source's meta.json, annotation and
// review files, checks the claims are still those the researcher was shown, then moves them (trash.ts).

import { SourceTitleSchema, type TrashEntry } from '../../../shared/api/trash.ts';
import { WorkbenchError } from '../../../shared/errors.ts';
import { SOURCE_META_SCHEMA_VERSION, SourceMetaSchema, type SourceMeta } from '../../../shared/workspace/model.ts';
import type { AnnotationFiles } from './annotation-files.ts';
import { checkSchemaVersion, readJsonFile } from './json-file.ts';
import { SOURCE_META_FILE, annotationFile, reviewFile, trashedSourceDir } from './layout.ts';
import type { FileLocks } from './locks.ts';
import type { SourceStore } from './source-store.ts';
import { moveBackFromTrash, moveToTrash, purgeFromTrash, readTrashEntry, settleEntry, trashIds } from './trash.ts';
import { join } from 'node:path';

export interface LifecycleParts {
  root: string;
  locks: FileLocks;
  sources: SourceStore;
  annotations: AnnotationFiles;
}

/** Holds a source's annotation and review files (the order every writer takes them in: meta.json first). */
function holdFiles<T>({ root, locks }: LifecycleParts, id: string, job: () => Promise<T>): Promise<T> {
  return locks.hold(annotationFile(root, id), () => locks.hold(reviewFile(root, id), job));
}

/** Sets the title, refused (conflict) when it is no longer `baseTitle` on disk (renamed elsewhere meanwhile). */
export async function renameSource(parts: LifecycleParts, id: string, typed: string, baseTitle: string) {
  // The CLI calls the service without the doors' checks: the title is checked (and trimmed) here too.
  const checked = SourceTitleSchema.safeParse(typed);
  if (!checked.success) throw new WorkbenchError('invalid-argument', `"${typed}" is not a title: one line, not blank.`);
  const title = checked.data;
  return parts.sources.updateMeta(id, (meta) => {
    if (meta.title !== baseTitle) {
      throw new WorkbenchError(
        'conflict',
        `The source was renamed elsewhere meanwhile (it is now "${meta.title}"); "${title}" was not saved.`,
      );
    }
    return { title };
  });
}

export async function deleteSource(parts: LifecycleParts, id: string, baseRevision: string): Promise<TrashEntry> {
  const { root, sources, annotations } = parts;
  return sources.holdMeta(id, () =>
    holdFiles(parts, id, async () => {
      await settleEntry(root, id);
      const meta = await sources.reread(id);
      const current = await annotations.readHeld(id);
      if (current.revision !== baseRevision) {
        throw new WorkbenchError(
          'conflict',
          `The claims of "${meta.title}" were saved elsewhere since you asked to delete it (it now has ${current.annotations.length}); nothing was deleted. Look at them and delete it again if you still mean to.`,
        );
      }
      const entry = { id, title: meta.title, deletedAt: new Date().toISOString(), claims: current.annotations.length };
      await moveToTrash(root, entry);
      sources.forget(id, meta.title);
      return entry;
    }),
  );
}

export async function restoreSource(parts: LifecycleParts, id: string): Promise<SourceMeta> {
  const { root, sources } = parts;
  return holdFiles(parts, id, async () => {
    await settleEntry(root, id);
    const path = join(trashedSourceDir(root, id), SOURCE_META_FILE);
    const read = await readJsonFile(path, (json) => {
      checkSchemaVersion(json, SOURCE_META_SCHEMA_VERSION, SOURCE_META_FILE);
      return SourceMetaSchema.parse(json);
    });
    if (read.kind === 'missing') {
      throw new WorkbenchError('not-found', `No deleted source with id "${id}" in this workspace's trash.`);
    }
    if (read.kind !== 'ok') throw new WorkbenchError('file-corrupt', `${path}: ${read.message}`);
    await moveBackFromTrash(root, id);
    sources.adopt(read.value);
    return read.value;
  });
}

export async function purgeSource(parts: LifecycleParts, id: string): Promise<void> {
  await holdFiles(parts, id, () => purgeFromTrash(parts.root, id));
}

/** The trash, the most recently deleted first; each entry settled first, under its files' locks. */
export async function listTrash(parts: LifecycleParts): Promise<TrashEntry[]> {
  const entries: TrashEntry[] = [];
  for (const id of await trashIds(parts.root)) {
    const entry = await holdFiles(parts, id, async () => {
      await settleEntry(parts.root, id);
      return readTrashEntry(parts.root, id);
    });
    if (entry) entries.push(entry);
    if (entry) parts.sources.noteTrashed(id, entry.title);
  }
  return entries.sort((a, b) => b.deletedAt.localeCompare(a.deletedAt));
}
