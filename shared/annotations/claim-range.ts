// What a researcher's selection becomes as a claim's range: no white space or line breaks at its edges,
// and no combining mark cut from its letter (a haraka goes with the letter it sits on).

import { clusterStartAtOrAfter, isInsideCluster } from './text-boundaries.ts';

const EDGE_SPACE = /\s/u;

/**
 * The range [start, end) of `text` trimmed and snapped, or null when nothing readable is left. A start between
 * a letter and its harakat moves forward (the letter stays outside); an end there moves forward too (the
 * letter is inside, so its marks come along). Lexical trims marks at paragraph breaks the same way.
 */
export function snapClaimRange(text: string, start: number, end: number): { start: number; end: number } | null {
  let s = Math.max(0, Math.min(start, end));
  let e = Math.min(text.length, Math.max(start, end));
  while (s < e && EDGE_SPACE.test(text[s]!)) s++;
  while (e > s && EDGE_SPACE.test(text[e - 1]!)) e--;
  s = clusterStartAtOrAfter(text, s, e);
  e = extendOverMarks(text, e);
  return s < e ? { start: s, end: e } : null;
}

function extendOverMarks(text: string, end: number): number {
  let at = end;
  while (at < text.length && isInsideCluster(text, at)) at++;
  return at;
}
