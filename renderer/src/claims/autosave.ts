// Debounced, ordered saving of a source's claims with a visible state. One save at a time; changes made
// while a save runs are saved right after it. flush() resolves once everything seen so far is on disk.

export type SaveState = { status: 'saved' | 'unsaved' | 'saving' } | { status: 'error'; message: string };

export class Autosaver<T> {
  private latest: { revision: number; value: T } | null = null;
  private savedRevision: number;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private running: Promise<void> | null = null;
  private state: SaveState = { status: 'saved' };
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly save: (value: T) => Promise<void>,
    private readonly delayMs: number,
    initialRevision = 0,
  ) {
    this.savedRevision = initialRevision;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getState = (): SaveState => this.state;

  /** A new version to save; saving starts after `delayMs` without further changes. */
  changed(revision: number, value: T): void {
    if (revision <= this.savedRevision && this.latest === null) return;
    this.latest = { revision, value };
    if (this.state.status !== 'saving') this.setState({ status: 'unsaved' });
    this.schedule();
  }

  /** Saves now whatever is pending and waits; resolves true when everything is saved. */
  async flush(): Promise<boolean> {
    this.cancelTimer();
    while (this.running || this.pendingRevision() !== null) {
      await (this.running ?? this.start());
      if (this.state.status === 'error') return false;
    }
    return this.state.status === 'saved';
  }

  /** The service already holds this revision (it wrote it itself, e.g. after re-anchoring): nothing to save. */
  markSaved(revision: number): void {
    this.cancelTimer();
    this.savedRevision = Math.max(this.savedRevision, revision);
    this.latest = null;
    this.setState({ status: 'saved' });
  }

  dispose(): void {
    this.cancelTimer();
    this.listeners.clear();
  }

  private schedule(): void {
    this.cancelTimer();
    this.timer = setTimeout(() => {
      this.timer = null;
      if (!this.running) void this.start();
    }, this.delayMs);
  }

  private pendingRevision(): number | null {
    return this.latest && this.latest.revision > this.savedRevision ? this.latest.revision : null;
  }

  private start(): Promise<void> {
    const job = this.latest;
    if (!job || job.revision <= this.savedRevision) return Promise.resolve();
    this.setState({ status: 'saving' });
    this.running = this.save(job.value).then(
      () => {
        this.savedRevision = Math.max(this.savedRevision, job.revision);
        this.running = null;
        if (this.pendingRevision() === null) return this.setState({ status: 'saved' });
        this.setState({ status: 'unsaved' });
        this.schedule();
      },
      (error: unknown) => {
        this.running = null;
        this.setState({ status: 'error', message: error instanceof Error ? error.message : String(error) });
      },
    );
    return this.running;
  }

  private cancelTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private setState(state: SaveState): void {
    this.state = state;
    for (const listener of this.listeners) listener();
  }
}
