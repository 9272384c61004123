// The workspace's trash (trash/<id>/): a deleted source's folder, annotation file and review file, moved there by
// rename (never copied, so nothing is rewritten) with deleted.json saying when, its title and its claim count.
// A delete moves the source folder first (the source is gone at once, whole), a restore moves it back last (it is
// back only once its claims are); `settleEntry` finishes either after a crash between two renames. The caller
// holds the source's annotation and review files (and its meta.json for a delete) throughout.

import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { TrashEntrySchema, type TrashEntry } from '../../../shared/api/trash.ts';
import { WorkbenchError } from '../../../shared/errors.ts';
import { syncFolder, writeFileAtomic } from '../fs/atomic.ts';
import { readJsonFile, toJson } from './json-file.ts';
import {
  SOURCE_META_FILE,
  annotationFile,
  annotationsDir,
  relativeTo,
  reviewDir,
  reviewFile,
  sourceDir,
  sourcesDir,
  trashDir,
  trashEntryDir,
  trashInfoFile,
  trashedAnnotationFile,
  trashedReviewFile,
  trashedSourceDir,
} from './layout.ts';

const TRASH_SCHEMA_VERSION = 1;

/** The pairs of places a source's files move between, in the order a delete moves them. */
function moves(root: string, id: string): Array<{ live: string; trashed: string; folder: string }> {
  return [
    { live: sourceDir(root, id), trashed: trashedSourceDir(root, id), folder: sourcesDir(root) },
    { live: annotationFile(root, id), trashed: trashedAnnotationFile(root, id), folder: annotationsDir(root) },
    { live: reviewFile(root, id), trashed: trashedReviewFile(root, id), folder: reviewDir(root) },
  ];
}

export async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/** Moves the source into trash/<id>/. Refuses (conflict) when a deleted source with this id is already there. */
export async function moveToTrash(root: string, entry: TrashEntry): Promise<void> {
  const dir = trashEntryDir(root, entry.id);
  if (await exists(dir)) {
    throw new WorkbenchError(
      'conflict',
      `A deleted source with id "${entry.id}" is already in the trash (${relativeTo(root, dir)}); restore it or delete it permanently first. Nothing was deleted.`,
    );
  }
  await mkdir(dir, { recursive: true });
  await writeFileAtomic(trashInfoFile(root, entry.id), toJson({ schemaVersion: TRASH_SCHEMA_VERSION, ...entry }));
  for (const { live, trashed, folder } of moves(root, entry.id)) {
    if (!(await exists(live))) continue;
    await rename(live, trashed);
    await syncFolder(folder);
  }
  // The delete's own lock on meta.json moved with the folder; a restored source must not bring it back.
  await rm(join(trashedSourceDir(root, entry.id), `${SOURCE_META_FILE}.lock`), { recursive: true, force: true });
  await syncFolder(dir);
}

/** Puts a deleted source back; refuses (conflict), moving nothing, when any of its places is taken again. */
export async function moveBackFromTrash(root: string, id: string): Promise<void> {
  if (!(await exists(trashedSourceDir(root, id)))) {
    throw new WorkbenchError('not-found', `No deleted source with id "${id}" in this workspace's trash.`);
  }
  const all = moves(root, id);
  for (const { live, trashed } of all) {
    if ((await exists(trashed)) && (await exists(live))) {
      throw new WorkbenchError(
        'conflict',
        `${relativeTo(root, live)} is in the workspace again, so the deleted source "${id}" cannot be put back without overwriting it. Nothing was moved; it stays in the trash.`,
      );
    }
  }
  await mkdir(reviewDir(root), { recursive: true });
  // The source folder last: the source is listed again only once its claims are in place.
  for (const { live, trashed, folder } of all.reverse()) {
    if (!(await exists(trashed))) continue;
    await rename(trashed, live);
    await syncFolder(folder);
  }
  await rm(trashEntryDir(root, id), { recursive: true, force: true });
}

export async function purgeFromTrash(root: string, id: string): Promise<void> {
  if (!(await exists(trashEntryDir(root, id)))) {
    throw new WorkbenchError('not-found', `No deleted source with id "${id}" in this workspace's trash.`);
  }
  await rm(trashEntryDir(root, id), { recursive: true, force: true });
}

/**
 * After a crash between two renames: with the source folder in the trash and not in sources/, its other files
 * follow it into the trash (a delete finished, a restore undone); an entry whose folder never moved is dropped.
 */
export async function settleEntry(root: string, id: string): Promise<void> {
  const [source, ...rest] = moves(root, id);
  if (!(await exists(source!.trashed))) {
    if (await exists(source!.live)) await rm(trashEntryDir(root, id), { recursive: true, force: true });
    return;
  }
  if (await exists(source!.live)) return;
  for (const { live, trashed } of rest) {
    if ((await exists(live)) && !(await exists(trashed))) await rename(live, trashed);
  }
}

/** Ids in trash/ (not hidden names), whether or not their deleted.json is readable. */
export async function trashIds(root: string): Promise<string[]> {
  try {
    const entries = await readdir(trashDir(root), { withFileTypes: true });
    return entries.filter((e) => e.isDirectory() && !e.name.startsWith('.')).map((e) => e.name);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/** One entry as listed; a deleted.json that cannot be read still lists the source, by its id. */
export async function readTrashEntry(root: string, id: string): Promise<TrashEntry | null> {
  if (!(await exists(trashedSourceDir(root, id)))) return null;
  const read = await readJsonFile(trashInfoFile(root, id), (json) => TrashEntrySchema.parse(json));
  if (read.kind === 'ok')
    return { id, title: read.value.title, deletedAt: read.value.deletedAt, claims: read.value.claims };
  const { mtime } = await stat(trashEntryDir(root, id));
  return { id, title: id, deletedAt: mtime.toISOString(), claims: 0 };
}
