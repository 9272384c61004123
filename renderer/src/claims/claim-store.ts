// The claims of the open source, outside the editor (the editor's marks carry only ids), with undo/redo.
// Every claim action is one history entry of before/after pairs, so undo is exact whatever the action was.
// Plain class, no React: components read it through useSyncExternalStore; tests drive it directly.

import type { Annotation } from '../../../shared/annotations/model.ts';

/** One claim's change: created (before null), deleted (after null) or edited. */
export interface ClaimPatch {
  before: Annotation | null;
  after: Annotation | null;
}

export interface ClaimAction {
  label: string;
  patches: ClaimPatch[];
  /**
   * Set on a text correction: the source text before and after it. The store only holds claims, so whoever
   * undoes or redoes such an entry changes the text first (through the API), then lets the store apply the
   * claims as they were (use-history.ts); one history covers claim actions and text corrections alike.
   */
  text?: { before: string; after: string };
  /** Consecutive actions with the same key within COALESCE_MS merge (typing a note is one undo step). */
  coalesceKey?: string;
}

export interface ClaimSnapshot {
  annotations: readonly Annotation[];
  /** Increases with every change, undo and redo; autosave compares it with the last saved one. */
  revision: number;
  canUndo: boolean;
  canRedo: boolean;
}

const COALESCE_MS = 1500;
const HISTORY_LIMIT = 500;

interface Entry extends ClaimAction {
  at: number;
}

export class ClaimStore {
  private readonly items = new Map<string, Annotation>();
  private undoStack: Entry[] = [];
  private redoStack: Entry[] = [];
  private readonly listeners = new Set<() => void>();
  private snapshot: ClaimSnapshot;

  constructor(
    annotations: readonly Annotation[] = [],
    private readonly clock: () => number = Date.now,
  ) {
    for (const a of annotations) this.items.set(a.id, a);
    this.snapshot = this.makeSnapshot(0);
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): ClaimSnapshot => this.snapshot;

  get(id: string): Annotation | undefined {
    return this.items.get(id);
  }

  /** Applies an action and records it for undo; a later redo history is dropped, as in every editor. */
  commit(action: ClaimAction): void {
    if (action.patches.length === 0) return;
    this.apply(action.patches, 'forward');
    const now = this.clock();
    const last = this.undoStack[this.undoStack.length - 1];
    if (last && action.coalesceKey && last.coalesceKey === action.coalesceKey && now - last.at < COALESCE_MS) {
      last.patches = mergePatches(last.patches, action.patches);
      last.at = now;
    } else {
      this.undoStack.push({ ...action, at: now });
      if (this.undoStack.length > HISTORY_LIMIT) this.undoStack.shift();
    }
    this.redoStack = [];
    this.emit();
  }

  /** The action undo would undo next (a text correction needs its text changed first). */
  peekUndo(): ClaimAction | null {
    return this.undoStack[this.undoStack.length - 1] ?? null;
  }

  peekRedo(): ClaimAction | null {
    return this.redoStack[this.redoStack.length - 1] ?? null;
  }

  /**
   * Undoes the last action; returns it (so the UI can show and flash what came back), or null. With `expected`,
   * only if that is still the last action (a text correction's undo waits for the API meanwhile).
   */
  undo(expected?: ClaimAction): ClaimAction | null {
    if (expected && this.peekUndo() !== expected) return null;
    const entry = this.undoStack.pop();
    if (!entry) return null;
    this.apply(entry.patches, 'backward');
    this.redoStack.push(entry);
    this.emit();
    return entry;
  }

  redo(expected?: ClaimAction): ClaimAction | null {
    if (expected && this.peekRedo() !== expected) return null;
    const entry = this.redoStack.pop();
    if (!entry) return null;
    this.apply(entry.patches, 'forward');
    this.undoStack.push(Object.assign(entry, { at: 0 }));
    this.emit();
    return entry;
  }

  /** Replaces everything (a text edit re-anchored all claims); history no longer applies, so it is cleared. */
  reset(annotations: readonly Annotation[]): void {
    this.items.clear();
    for (const a of annotations) this.items.set(a.id, a);
    this.undoStack = [];
    this.redoStack = [];
    this.emit();
  }

  /**
   * Takes in claims changed elsewhere (another window, a sync client) without clearing undo: the researcher's
   * own steps still undo. Returns false, emitting nothing, when nothing changed.
   */
  adopt(annotations: readonly Annotation[]): boolean {
    const same = annotations.length === this.items.size && annotations.every((a) => sameJson(this.items.get(a.id), a));
    if (same) return false;
    this.items.clear();
    for (const a of annotations) this.items.set(a.id, a);
    this.emit();
    return true;
  }

  private apply(patches: ClaimPatch[], direction: 'forward' | 'backward'): void {
    const ordered = direction === 'forward' ? patches : [...patches].reverse();
    for (const patch of ordered) {
      const from = direction === 'forward' ? patch.before : patch.after;
      const to = direction === 'forward' ? patch.after : patch.before;
      const id = (to ?? from)!.id;
      if (to) this.items.set(id, to);
      else this.items.delete(id);
    }
  }

  private emit(): void {
    this.snapshot = this.makeSnapshot(this.snapshot.revision + 1);
    for (const listener of this.listeners) listener();
  }

  private makeSnapshot(revision: number): ClaimSnapshot {
    return {
      annotations: [...this.items.values()],
      revision,
      canUndo: this.undoStack.length > 0,
      canRedo: this.redoStack.length > 0,
    };
  }
}

/** Two consecutive patch lists as one: per claim, the first `before` and the last `after`. */
function mergePatches(first: ClaimPatch[], second: ClaimPatch[]): ClaimPatch[] {
  const merged = new Map<string, ClaimPatch>();
  for (const patch of [...first, ...second]) {
    const id = (patch.after ?? patch.before)!.id;
    const earlier = merged.get(id);
    merged.set(id, { before: earlier ? earlier.before : patch.before, after: patch.after });
  }
  return [...merged.values()].filter((p) => p.before !== p.after);
}

function sameJson(a: Annotation | undefined, b: Annotation): boolean {
  return a === b || (a !== undefined && JSON.stringify(a) === JSON.stringify(b));
}
