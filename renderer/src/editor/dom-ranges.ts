// Stored-text offsets → DOM Ranges in the reading view (paragraph i is line i; text nodes walked in order).
// For painting things that are not claims (suspicions, search hits) without touching the editor's DOM.

import { lineAt } from './line-model.ts';

export function domRange(root: HTMLElement, starts: readonly number[], start: number, end: number): Range | null {
  const from = point(root, starts, start);
  const to = point(root, starts, end);
  if (!from || !to) return null;
  const range = document.createRange();
  range.setStart(from[0], from[1]);
  range.setEnd(to[0], to[1]);
  return range;
}

function point(root: HTMLElement, starts: readonly number[], offset: number): [Node, number] | null {
  const line = lineAt(starts, offset);
  const paragraph = root.children[line];
  if (!paragraph) return null;
  let remaining = offset - starts[line]!;
  const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = node.textContent?.length ?? 0;
    if (remaining <= length) return [node, remaining];
    remaining -= length;
  }
  return null;
}
