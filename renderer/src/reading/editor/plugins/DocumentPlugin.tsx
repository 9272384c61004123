// Keeps the editor's content equal to (stored text, anchored claims): a full build when the text or the look
// of tags changes (the lines around the viewport first, the line at its top kept in place), and a rebuild of
// only the touched lines that are rendered when claims change (adding one claim to a 1 MB source must not
// touch 20,000 lines). Claims arriving after the first paint (anchored in idle time) are such a change.

import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useLayoutEffect, useRef } from 'react';
import { linesOf } from '../line-model.ts';
import type { DecoratedRange } from '../line-model.ts';
import type { ReadingWindow } from '../window/reading-window.ts';

const BUILD_TAG = 'cw-build';

export function DocumentPlugin(props: { view: ReadingWindow; ranges: readonly DecoratedRange[]; buildKey: string }) {
  const [editor] = useLexicalComposerContext();
  const built = useRef<{ key: string; view: ReadingWindow; ranges: readonly DecoratedRange[] } | null>(null);

  useLayoutEffect(() => {
    const { view, ranges, buildKey } = props;
    view.setClaims(ranges);
    const previous = built.current;
    if (!previous || previous.key !== buildKey || previous.view !== view) {
      performance.mark('cw:build-start');
      // Where the reader was (a saved correction, new tag colours): the same line stays at the top.
      const anchor = previous ? previous.view.viewportAnchor() : null;
      editor.update(() => view.$rebuild(anchor), { tag: BUILD_TAG, discrete: true });
      view.keepAnchor(anchor);
      afterPaint(() => {
        performance.mark('cw:painted');
        view.expandWhole();
      });
    } else if (previous.ranges !== ranges) {
      const changed = changedLines(view.lines.starts, previous.ranges, ranges);
      if (changed.size > 0) editor.update(() => view.$rebuildLines(changed), { tag: BUILD_TAG, discrete: true });
    }
    built.current = { key: buildKey, view, ranges };
  }, [editor, props]);
  return null;
}

/** Lines where a claim appeared, disappeared, moved or changed its tags. */
function changedLines(
  starts: readonly number[],
  before: readonly DecoratedRange[],
  after: readonly DecoratedRange[],
): Set<number> {
  const signature = (r: DecoratedRange) => `${r.start}:${r.end}:${r.tags.join(' ')}`;
  const old = new Map(before.map((r) => [r.id, r]));
  const lines = new Set<number>();
  const touch = (r: DecoratedRange) => linesOf(starts, r).forEach((l) => lines.add(l));
  for (const range of after) {
    const was = old.get(range.id);
    old.delete(range.id);
    if (was && signature(was) === signature(range)) continue;
    touch(range);
    if (was) touch(was);
  }
  for (const gone of old.values()) touch(gone);
  return lines;
}

/** Runs after the next frame is painted (the benchmark's "opening the source" is marked there). */
function afterPaint(then: () => void): void {
  requestAnimationFrame(() => setTimeout(then, 0));
}
