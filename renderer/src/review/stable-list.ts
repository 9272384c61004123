// A derived list that keeps its identity while its items are the same, so what depends on it (painting the
// suspicions, laying out the set-aside passages) is not redone for every claim action. Adding one claim on a
// 1 MB source re-derived both lists, and with them a pass over every passage line and every painted span.

import { useRef } from 'react';

export function useStableList<T>(next: T[], same: (a: T, b: T) => boolean = Object.is): T[] {
  const kept = useRef(next);
  const previous = kept.current;
  if (previous !== next && (previous.length !== next.length || next.some((item, i) => !same(item, previous[i]!))))
    kept.current = next;
  return kept.current;
}
