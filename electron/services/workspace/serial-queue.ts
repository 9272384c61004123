// Runs async jobs one at a time per key, in call order, so two saves of one file never interleave
// and the last save requested is the last one written.

export class SerialQueue {
  private readonly tails = new Map<string, Promise<unknown>>();
  /** While set, every job is refused with this error (a workspace opened read-only). */
  private refusal: (() => Error) | undefined;

  /** Refuses every later job with `reason()` until reopen(). */
  closeWith(reason: () => Error): void {
    this.refusal = reason;
  }

  reopen(): void {
    this.refusal = undefined;
  }

  run<T>(key: string, job: () => Promise<T>): Promise<T> {
    if (this.refusal) return Promise.reject(this.refusal());
    const previous = this.tails.get(key) ?? Promise.resolve();
    const next = previous.then(job, job);
    const tail = next.catch(() => undefined);
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return next;
  }
}
