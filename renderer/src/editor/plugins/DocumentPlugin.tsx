// Keeps the editor's content equal to (stored text, anchored claims): a full build when the text or the look
// of tags changes, and a rebuild of only the touched lines when claims change (adding one claim to a 1 MB
// document must not rebuild 20,000 paragraphs).

import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useLayoutEffect, useRef } from 'react';
import type { Direction } from '../../../../shared/bidi/line-direction.ts';
import { $appendLines, $buildDocument, $rebuildLines } from '../build.ts';
import { linesOf, type SourceLines } from '../line-model.ts';
import type { DecoratedRange } from '../SourceEditor.tsx';

export const BUILD_TAG = 'cw-build';

/**
 * A long source is built in two steps: the first lines (more than a screen) are built and painted, then the
 * rest is appended right after that frame. The reader sees text at once; the full 1 MB build follows.
 */
const FIRST_LINES = 400;

export function DocumentPlugin(props: {
  lines: SourceLines;
  direction: Direction;
  ranges: readonly DecoratedRange[];
  buildKey: string;
  /** Told false when a build starts and true once every line is in the editor. */
  onComplete: (complete: boolean) => void;
}) {
  const [editor] = useLexicalComposerContext();
  const built = useRef<{ key: string; ranges: readonly DecoratedRange[] } | null>(null);
  const generation = useRef(0);

  useLayoutEffect(() => {
    const { lines, direction, ranges, buildKey, onComplete } = props;
    const previous = built.current;
    if (!previous || previous.key !== buildKey) {
      performance.mark('cw:build-start');
      const run = ++generation.current;
      onComplete(false);
      editor.update(() => $buildDocument(lines, direction, ranges, FIRST_LINES), {
        tag: BUILD_TAG,
        onUpdate: () =>
          afterPaint(() => {
            performance.mark('cw:painted');
            if (run !== generation.current) return;
            // Lines appended now take the claims as they are now, not as they were at the first step.
            editor.update(() => $appendLines(lines, direction, built.current?.ranges ?? ranges, FIRST_LINES), {
              tag: BUILD_TAG,
              onUpdate: () => run === generation.current && onComplete(true),
            });
          }),
      });
    } else if (previous.ranges !== ranges) {
      const changed = changedLines(lines.starts, previous.ranges, ranges);
      if (changed.size > 0) editor.update(() => $rebuildLines(lines, direction, ranges, changed), { tag: BUILD_TAG });
    }
    built.current = { key: buildKey, ranges };
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

/** Runs after the next frame is painted (the benchmark's "first paint" is marked there). */
function afterPaint(then: () => void): void {
  requestAnimationFrame(() => setTimeout(then, 0));
}
