// Myers' minimal diff ("An O(ND) difference algorithm", 1986) over sequences of integer ids: which items of
// the old sequence were deleted and which of the new inserted, as runs between unchanged items.

/** Items [oldFrom, oldTo) of the old sequence were replaced by items [newFrom, newTo) of the new one. */
export type Run = [oldFrom: number, oldTo: number, newFrom: number, newTo: number];

/**
 * Myers' O((N+M)·D) diff of two sequences of ids, as runs [oldFrom, oldTo, newFrom, newTo) of changed items
 * between unchanged ones; undefined when more than `maxEdits` items changed. The trace of the search is kept
 * to walk back along, one row of 2·maxEdits + 3 integers per edit, which `maxEdits` bounds.
 */
export function changedRuns(a: readonly number[], b: readonly number[], maxEdits: number): Run[] | undefined {
  const max = Math.min(a.length + b.length, maxEdits);
  const mid = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= max; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && (v[mid + k - 1] as number) < (v[mid + k + 1] as number));
      let x = down ? (v[mid + k + 1] as number) : (v[mid + k - 1] as number) + 1;
      let y = x - k;
      while (x < a.length && y < b.length && a[x] === b[y]) [x, y] = [x + 1, y + 1];
      v[mid + k] = x;
      if (x >= a.length && y >= b.length) return runsFromTrace(trace, mid, a.length, b.length);
    }
  }
  return undefined;
}

/** Walks the trace back from the end, collecting each step; neighbouring steps join into one run. */
function runsFromTrace(trace: Int32Array[], mid: number, n: number, m: number): Run[] {
  const runs: Run[] = [];
  let [x, y] = [n, m];
  for (let d = trace.length - 1; d > 0; d--) {
    const v = trace[d] as Int32Array;
    const k = x - y;
    const down = k === -d || (k !== d && (v[mid + k - 1] as number) < (v[mid + k + 1] as number));
    const prevX = down ? (v[mid + k + 1] as number) : (v[mid + k - 1] as number);
    const prevY = prevX - (down ? k + 1 : k - 1);
    // The step itself: one inserted item (down) or one deleted item; the snake after it is unchanged.
    const step: Run = down ? [prevX, prevX, prevY, prevY + 1] : [prevX, prevX + 1, prevY, prevY];
    const snakeLength = x - step[1];
    const last = runs[runs.length - 1];
    // Walking backwards, a step with no unchanged item after it extends the run found just before.
    if (last && snakeLength === 0) [last[0], last[2]] = [step[0], step[2]];
    else runs.push(step);
    [x, y] = [prevX, prevY];
  }
  return runs.reverse();
}
