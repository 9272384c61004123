// Which lines each top-level node of the editor holds: a paragraph one line, a HiddenLinesNode a run of lines.
// Offsets, painting and scrolling ask it instead of assuming "paragraph i is line i". Built by walking the
// root's children (a few hundred in a long source), cached per committed editor state.

import { $getRoot, type EditorState, type LexicalEditor, type NodeKey } from 'lexical';
import { $isHiddenLinesNode } from './hidden-lines-node.ts';
import type { LineRange } from './plan.ts';

export interface LineSpan {
  key: NodeKey;
  /** Index among the root's children. */
  index: number;
  first: number;
  count: number;
  hidden: boolean;
}

export class LineMap {
  private byKey: Map<NodeKey, LineSpan> | null = null;

  constructor(
    readonly spans: readonly LineSpan[],
    readonly count: number,
  ) {}

  /** The span holding `line` (the last one for a line past the end). */
  spanAt(line: number): LineSpan | undefined {
    let low = 0;
    let high = this.spans.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.spans[mid]!.first <= line) low = mid;
      else high = mid - 1;
    }
    return this.spans[low];
  }

  /** The paragraph of a rendered line; null when the line is hidden or out of range. */
  keyOfLine(line: number): NodeKey | null {
    if (line < 0 || line >= this.count) return null;
    const span = this.spanAt(line);
    return span && !span.hidden ? span.key : null;
  }

  spanOfKey(key: NodeKey): LineSpan | undefined {
    this.byKey ??= new Map(this.spans.map((s) => [s.key, s]));
    return this.byKey.get(key);
  }

  /** Rendered lines as sorted ranges. */
  rendered(): LineRange[] {
    const out: [number, number][] = [];
    for (const s of this.spans) {
      if (s.hidden) continue;
      const last = out[out.length - 1];
      if (last && last[1] === s.first) last[1] = s.first + s.count;
      else out.push([s.first, s.first + s.count]);
    }
    return out;
  }

  get whole(): boolean {
    return this.spans.every((s) => !s.hidden);
  }
}

/** Must run inside editor.read() or update(). */
export function $lineMap(): LineMap {
  const spans: LineSpan[] = [];
  let line = 0;
  let index = 0;
  for (const child of $getRoot().getChildren()) {
    const hidden = $isHiddenLinesNode(child);
    const count = hidden ? child.lineCount() : 1;
    spans.push({ key: child.getKey(), index: index++, first: line, count, hidden });
    line += count;
  }
  return new LineMap(spans, line);
}

const cache = new WeakMap<EditorState, LineMap>();

/** The line map of the editor's committed state (not of an update in progress: use $lineMap there). */
export function lineMapOf(editor: LexicalEditor): LineMap {
  const state = editor.getEditorState();
  let map = cache.get(state);
  if (!map) {
    map = state.read($lineMap);
    cache.set(state, map);
  }
  return map;
}
