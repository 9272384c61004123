// Keeping one window's claims and the file on disk in step. Every save names the revision this window last
// saw; the service merges by claim id when another window, the command line or a sync client wrote meanwhile,
// and this side merges the answer into what the researcher did since the save began. Claims changed on both
// sides are kept twice (theirs under its id, ours as a copy) and said so: nothing acknowledged is dropped.
// A poll of the file's revision brings in changes made elsewhere while the window sits open.

import type { WorkbenchApi } from '../../../shared/api/contract.ts';
import { mergeAnnotations } from '../../../shared/annotations/merge.ts';
import type { Annotation } from '../../../shared/annotations/model.ts';
import { WorkbenchError } from '../../../shared/errors.ts';
import { newClaimId } from './claim-actions.ts';
import type { ClaimStore } from './claim-store.ts';

/** What the window is told after bringing in others' changes (the claim panel shows it). */
export type SyncNotice = { kind: 'merged' } | { kind: 'kept-both'; count: number };

interface Base {
  annotations: readonly Annotation[];
  revision: string;
}

export class ClaimSync {
  private base: Base;
  private saving = false;
  /** Text operations under way: the service rewrites the claim file with the text, so polls wait. */
  private held = 0;
  /** Set by the session once its autosaver exists: whether everything here is saved, and "it is now". */
  saved: { isClean(): boolean; markClean(storeRevision: number): void } | null = null;

  constructor(
    private readonly api: WorkbenchApi,
    private readonly sourceId: string,
    private readonly store: ClaimStore,
    loaded: Base,
    private readonly notify: (notice: SyncNotice) => void,
  ) {
    this.base = loaded;
  }

  /** Saves `list` (the store at some revision); resolves once it, or its merge with the disk, is stored. */
  async save(list: Annotation[]): Promise<void> {
    this.saving = true;
    try {
      for (let attempt = 0; ; attempt++) {
        try {
          const result = await this.api.saveAnnotations({
            sourceId: this.sourceId,
            annotations: list,
            baseRevision: this.base.revision,
          });
          if (result.merged) this.takeIn(list, result.merged, { kind: 'merged' });
          this.base = { annotations: result.merged ?? list, revision: result.revision };
          return;
        } catch (error) {
          if (!(error instanceof WorkbenchError && error.code === 'conflict') || attempt >= 3) throw error;
          list = await this.keepBoth(list);
        }
      }
    } finally {
      this.saving = false;
    }
  }

  /** Asks whether the file changed elsewhere; if so, brings the change in (unsaved edits here stay). */
  async poll(): Promise<void> {
    if (this.busy()) return;
    const { annotations } = await this.api.getRevisions({ sourceId: this.sourceId });
    if (annotations === null || annotations === this.base.revision || this.busy()) return;
    const current = await this.api.getAnnotations({ sourceId: this.sourceId });
    if (this.busy()) return;
    const before = this.base.annotations;
    const clean = this.saved?.isClean() ?? false;
    this.base = current;
    this.takeIn(before, current.annotations, { kind: 'merged' });
    // Nothing of ours was pending: the store now is what is on disk, so there is nothing to save.
    if (clean) this.saved?.markClean(this.store.getSnapshot().revision);
  }

  /**
   * Runs a text operation (a correction, its undo or redo): the service re-anchors and stores the claims with
   * the text, and the window records that as one undo step with the claims as they were. A poll taking in the
   * re-anchored claims meanwhile would make that step empty, so polls wait; afterwards what the service stored
   * is the new base.
   */
  async textOperation<T>(job: () => Promise<T>): Promise<T> {
    this.held++;
    try {
      const result = await job();
      this.base = await this.api.getAnnotations({ sourceId: this.sourceId });
      return result;
    } finally {
      this.held--;
    }
  }

  private busy(): boolean {
    return this.saving || this.held > 0;
  }

  /**
   * A save refused for claims changed on both sides: theirs stay under their ids, ours come back as copies
   * with new ids, so both versions are there for the researcher to compare. Returns the list to save next.
   */
  private async keepBoth(ours: Annotation[]): Promise<Annotation[]> {
    const theirs = await this.api.getAnnotations({ sourceId: this.sourceId });
    const { annotations, collisions } = mergeAnnotations(this.base.annotations, ours, theirs.annotations);
    const copies = collisions.flatMap((id) => {
      const mine = ours.find((a) => a.id === id);
      return mine ? [{ ...mine, id: newClaimId() }] : [];
    });
    const next = [...annotations, ...copies];
    this.base = theirs;
    this.takeIn(ours, next, { kind: 'kept-both', count: copies.length });
    return next;
  }

  /**
   * Merges `arrived` (what is on disk now) into the store, keeping what the researcher changed since `from`
   * (the list the save or the poll started from); undo history stays.
   */
  private takeIn(from: readonly Annotation[], arrived: readonly Annotation[], notice: SyncNotice): void {
    const now = this.store.getSnapshot().annotations;
    const { annotations } = mergeAnnotations(from, now, arrived);
    if (!this.store.adopt(annotations)) return;
    this.notify(notice);
  }
}
