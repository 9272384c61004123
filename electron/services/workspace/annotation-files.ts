// Each source's annotation file (annotations/<id>.json) with its revision: reads return it, saves name the
// revision they started from. A save whose base is no longer on disk (another window, the CLI, a sync client)
// is merged per claim id or refused with `conflict`; it never overwrites what it did not read.

import { parseAnnotationDocument, serializeAnnotationCollection } from '../../../shared/annotations/jsonld.ts';
import { mergeAnnotations } from '../../../shared/annotations/merge.ts';
import { sourceIri, type Annotation } from '../../../shared/annotations/model.ts';
import { WorkbenchError } from '../../../shared/errors.ts';
import { writeFileAtomic } from '../fs/atomic.ts';
import { moveAside, parseJsonText } from './json-file.ts';
import { annotationFile, relativeTo } from './layout.ts';
import type { FileLocks } from './locks.ts';
import { ABSENT_REVISION, fileStamp, readWithRevision, revisionOf } from './revision.ts';

export interface AnnotationsAt {
  annotations: Annotation[];
  revision: string;
}

export interface SaveOutcome {
  revision: string;
  /** The list now on disk when the save was merged with another side's change; null when written as sent. */
  merged: Annotation[] | null;
}

/** Revisions remembered per source as merge bases: enough for a few windows saving in turn. */
const BASES_KEPT = 8;
/** Times a save reads the file again because it changed under a lock that should have kept writers out. */
const MAX_REREADS = 5;

interface Host {
  root: string;
  locks: FileLocks;
  titleOf(id: string): string;
  /** Throws when the source is gone (deleted by another process): checked inside the lock, which a delete holds. */
  checkPresent(id: string): Promise<void>;
  /** Records a problem for the workspace's banner (a corrupt file kept aside). */
  reportCorrupt(path: string, message: string, keptAs: string): void;
}

export class AnnotationFiles {
  /** Sources whose annotation file is from a newer version: readable by no one here, writable by no one. */
  readonly newer = new Map<string, string>();
  private readonly bases = new Map<string, Map<string, Annotation[]>>();

  constructor(private readonly host: Host) {}

  async read(id: string): Promise<AnnotationsAt> {
    this.refuseIfNewer(id);
    return this.readCurrent(id);
  }

  /** Writes `ours` if `baseRevision` is still on disk, else merges by claim id (or refuses: conflict). */
  async save(id: string, ours: Annotation[], baseRevision: string): Promise<SaveOutcome> {
    this.refuseIfNewer(id);
    const path = annotationFile(this.host.root, id);
    return this.host.locks.hold(path, async () => {
      await this.host.checkPresent(id);
      for (let attempt = 1; ; attempt++) {
        const stamp = await fileStamp(path);
        const current = await this.readCurrent(id, { throwIfCorrupt: false });
        const outcome = this.saveOver(id, current, ours, baseRevision);
        // The lock keeps other writers out, but a stale lock can be taken over by two processes at once (the
        // killed holder's lock folder, reclaimed by rmdir + mkdir: proper-lockfile#121): so the file must still be
        // the one read just before it is replaced, else it is read and merged again.
        if (attempt < MAX_REREADS && (await fileStamp(path)) !== stamp) continue;
        return { revision: await this.write(id, outcome.annotations), merged: outcome.merged };
      }
    });
  }

  /** What a save writes over `current`: `ours` when it was made on it, else the merge (or conflict). */
  private saveOver(
    id: string,
    current: AnnotationsAt & { keptAside?: true },
    ours: Annotation[],
    baseRevision: string,
  ) {
    // A corrupt file was kept aside: what the saver holds is all there is to write.
    if (current.revision === baseRevision || current.keptAside) return { annotations: ours, merged: null };
    const base = this.bases.get(id)?.get(baseRevision) ?? null;
    const { annotations, collisions } = mergeAnnotations(base, ours, current.annotations);
    if (collisions.length > 0) {
      throw new WorkbenchError(
        'conflict',
        `The claims of "${this.host.titleOf(id)}" were changed elsewhere meanwhile (another window, the command line or a file sync); ${collisions.length} claim(s) were changed on both sides. Nothing was saved: reload them and apply your change again.`,
      );
    }
    return { annotations, merged: annotations };
  }

  /** Read-modify-write holding the file: `change` gets what is on disk now and returns the new list. */
  async update(id: string, change: (current: Annotation[]) => Annotation[] | Promise<Annotation[]>) {
    this.refuseIfNewer(id);
    return this.host.locks.hold(annotationFile(this.host.root, id), () => this.updateHeld(id, change));
  }

  /** The same for a caller that already holds the file (a text edit holds it from read to commit). */
  async updateHeld(
    id: string,
    change: (current: Annotation[]) => Annotation[] | Promise<Annotation[]>,
  ): Promise<AnnotationsAt> {
    await this.host.checkPresent(id);
    const path = annotationFile(this.host.root, id);
    for (let attempt = 1; ; attempt++) {
      const stamp = await fileStamp(path);
      const current = await this.readCurrent(id, { throwIfCorrupt: false });
      const next = await change(current.annotations);
      if (next === current.annotations) return current;
      // As in save: changed by a writer that got past the lock, the change is made again on what it wrote.
      if (attempt < MAX_REREADS && (await fileStamp(path)) !== stamp) continue;
      return { annotations: next, revision: await this.write(id, next) };
    }
  }

  /** What is on disk now, for a caller that holds the file (a delete counts the claims it moves). */
  async readHeld(id: string): Promise<AnnotationsAt> {
    this.refuseIfNewer(id);
    return this.readCurrent(id);
  }

  private refuseIfNewer(id: string): void {
    const message = this.newer.get(id);
    if (message) throw new WorkbenchError('file-newer-version', message);
  }

  /**
   * What is on disk now. A file from a newer version locks the source for writing. A corrupt one is moved aside
   * and reported; reads then fail (`throwIfCorrupt`, the default) so no one edits an empty list believing it is
   * the claims, while writes go ahead on an empty list, the kept copy holding what was there.
   */
  private async readCurrent(id: string, { throwIfCorrupt = true } = {}): Promise<AnnotationsAt & { keptAside?: true }> {
    const path = annotationFile(this.host.root, id);
    const { bytes, revision } = await readWithRevision(path);
    if (bytes === null) return this.remember(id, { annotations: [], revision });
    const name = relativeTo(this.host.root, path);
    const read = parseJsonText(bytes.toString('utf8'), (json) => parseAnnotationDocument(json, name));
    if (read.kind === 'ok') return this.remember(id, { annotations: read.value.annotations, revision });
    if (read.kind === 'newer-version') {
      this.newer.set(id, read.message);
      throw new WorkbenchError('file-newer-version', read.message);
    }
    const kept = await moveAside(path);
    this.host.reportCorrupt(path, read.message, kept);
    if (throwIfCorrupt) throw new WorkbenchError('file-corrupt', `${name} is corrupt: ${read.message}`);
    return { annotations: [], revision: ABSENT_REVISION, keptAside: true };
  }

  private async write(id: string, annotations: Annotation[]): Promise<string> {
    const body = serializeAnnotationCollection(annotations, {
      id: `${sourceIri(id)}/annotations`,
      label: this.host.titleOf(id),
    });
    await writeFileAtomic(annotationFile(this.host.root, id), body);
    return this.remember(id, { annotations, revision: revisionOf(body) }).revision;
  }

  private remember(id: string, at: AnnotationsAt): AnnotationsAt {
    const kept = this.bases.get(id) ?? new Map<string, Annotation[]>();
    kept.delete(at.revision);
    kept.set(at.revision, at.annotations);
    if (kept.size > BASES_KEPT) kept.delete(kept.keys().next().value!);
    this.bases.set(id, kept);
    return at;
  }
}
