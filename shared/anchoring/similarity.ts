// How alike a claim's old quote and the text now at its place are: normalized Levenshtein similarity over
// UTF-16 code units, which is how every offset in the workbench counts.

/**
 * 1 − distance / longer length, in 0..1 (1 = identical; two empty strings are identical). A correction inside a
 * claim leaves most of it untouched, so the common head and tail are cut off before the quadratic part: the
 * dynamic programme then only runs over the few code units that actually changed.
 */
export function similarity(a: string, b: string): number {
  const longer = Math.max(a.length, b.length);
  return longer === 0 ? 1 : 1 - levenshtein(a, b) / longer;
}

/** Edit distance in UTF-16 code units (insert, delete, substitute each cost 1). */
export function levenshtein(a: string, b: string): number {
  let head = 0;
  const limit = Math.min(a.length, b.length);
  while (head < limit && a.charCodeAt(head) === b.charCodeAt(head)) head++;
  let tail = 0;
  while (tail < limit - head && a.charCodeAt(a.length - 1 - tail) === b.charCodeAt(b.length - 1 - tail)) tail++;
  return distance(a.slice(head, a.length - tail), b.slice(head, b.length - tail));
}

/** The classic two-row dynamic programme over what is left after trimming. */
function distance(a: string, b: string): number {
  if (a.length === 0 || b.length === 0) return a.length + b.length;
  let previous = new Uint32Array(b.length + 1).map((_, j) => j);
  let current = new Uint32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] as number) + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1);
      current[j] = Math.min(substitution, (previous[j] as number) + 1, (current[j - 1] as number) + 1);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length] as number;
}
