// How tall each line of the reading view is, for the lines that are not in the DOM: measured once a line has
// been rendered, else estimated from its length (rows of a calibrated width). Prefix sums answer "where does
// line i start" and "which line is at y" in O(log n); they are rebuilt lazily after heights change. Pure.

export class LineHeights {
  private readonly lengths: Int32Array;
  private readonly measured: Float32Array;
  /** Lines whose height is fixed by something else (a collapsed passage: 0, its stub strip). */
  private overrides = new Map<number, number>();
  private prefix: Float64Array | null = null;
  /** Height of one row of text and characters per row, calibrated from measured lines. */
  private rowPx = 35;
  private charsPerRow = 90;
  private calibration = { chars: 0, rows: 0 };

  constructor(lengths: ArrayLike<number>) {
    this.lengths = Int32Array.from(lengths);
    this.measured = new Float32Array(this.lengths.length).fill(NaN);
  }

  get count(): number {
    return this.lengths.length;
  }

  height(i: number): number {
    const fixed = this.overrides.get(i);
    if (fixed !== undefined) return fixed;
    const m = this.measured[i]!;
    return Number.isNaN(m) ? this.estimate(this.lengths[i]!) : m;
  }

  estimate(length: number): number {
    return this.rowPx * Math.max(1, Math.ceil(length / this.charsPerRow));
  }

  /** A rendered line's real height; wrapped lines teach the estimate how many characters fit in a row. */
  measure(i: number, px: number): void {
    if (i < 0 || i >= this.count || this.measured[i] === px) return;
    this.measured[i] = px;
    this.prefix = null;
    const length = this.lengths[i]!;
    if (px <= 0 || this.overrides.has(i)) return;
    if (length > 0 && px < this.rowPx) this.rowPx = px;
    const rows = Math.round(px / this.rowPx);
    if (rows >= 2) {
      this.calibration.chars += length;
      this.calibration.rows += rows - 0.5; // the last row of a wrapped line is on average half full
      this.charsPerRow = Math.max(10, this.calibration.chars / this.calibration.rows);
    }
  }

  /** The text was resized: nothing measured holds, and a row is now `rowPx` tall. */
  restart(rowPx: number): void {
    this.forgetMeasurements();
    if (rowPx > 0) this.rowPx = rowPx;
  }

  /** Measurements are for one column width: a new width starts over (estimates keep the calibration). */
  forgetMeasurements(): void {
    this.measured.fill(NaN);
    this.calibration = { chars: 0, rows: 0 };
    this.prefix = null;
  }

  setOverrides(overrides: ReadonlyMap<number, number>): void {
    this.overrides = new Map(overrides);
    this.prefix = null;
  }

  /** y of the top of line i, from the top of the first line. */
  top(i: number): number {
    return this.sums()[Math.max(0, Math.min(i, this.count))]!;
  }

  sum(from: number, to: number): number {
    return this.top(to) - this.top(from);
  }

  total(): number {
    return this.top(this.count);
  }

  /** The line at y (clamped to the first and last line). */
  lineAt(y: number): number {
    const sums = this.sums();
    let low = 0;
    let high = this.count - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (sums[mid]! <= y) low = mid;
      else high = mid - 1;
    }
    return Math.max(0, low);
  }

  private sums(): Float64Array {
    if (this.prefix) return this.prefix;
    const sums = new Float64Array(this.count + 1);
    for (let i = 0; i < this.count; i++) sums[i + 1] = sums[i]! + this.height(i);
    this.prefix = sums;
    return sums;
  }
}
