// What both prototypes share: the text as lines, claims bucketed by line, a line built as a Lexical paragraph
// with MarkNodes (as the app builds it), estimated line heights, and a spacer node standing for hidden lines.

import { $createMarkNode } from '@lexical/mark';
import {
  $createParagraphNode,
  $createTextNode,
  DecoratorNode,
  ParagraphNode,
  type EditorConfig,
  type LexicalNode,
  type NodeKey,
} from 'lexical';
import {
  rangesByLine,
  segmentLine,
  sourceLines,
  type ClaimRange,
  type SourceLines,
} from '../../../renderer/src/reading/editor/line-model.ts';

export interface Data {
  text: string;
  ranges: ClaimRange[];
}

export interface Doc {
  lines: SourceLines;
  byLine: Map<number, ClaimRange[]>;
  /** Per line: measured height in px once rendered, else an estimate from its length. */
  heights: Float64Array;
  /** Paragraph node key → line in design A's one editor (both prototypes write it to the DOM as data-line). */
  lineOfKey: Map<NodeKey, number>;
}

/** ~90 Arabic characters per visual line in a 48rem column at 1.15rem, 1.9 line height. */
const LINE_PX = 35;
const CHARS_PER_ROW = 90;

export function prepare(data: Data): Doc {
  const lines = sourceLines(data.text);
  const heights = new Float64Array(lines.count);
  for (let i = 0; i < lines.count; i++) heights[i] = estimate(lines.line(i).length);
  return { lines, byLine: rangesByLine(lines.starts, data.ranges), heights, lineOfKey: new Map() };
}

function estimate(length: number): number {
  return LINE_PX * Math.max(1, Math.ceil(length / CHARS_PER_ROW));
}

export function $buildLine(doc: Doc, i: number, lineOfKey = doc.lineOfKey): ParagraphNode {
  const paragraph = $createParagraphNode();
  for (const segment of segmentLine(doc.lines.line(i), doc.lines.starts[i]!, doc.byLine.get(i) ?? [])) {
    const text = $createTextNode(segment.text);
    paragraph.append(segment.ids.length === 0 ? text : $createMarkNode(segment.ids).append(text));
  }
  lineOfKey.set(paragraph.getKey(), i);
  return paragraph;
}

/** A new claim over [start, end) of line i (offsets within the line). */
export function addRange(doc: Doc, i: number, start: number, end: number): void {
  const at = doc.lines.starts[i]!;
  const list = doc.byLine.get(i) ?? [];
  list.push({ id: `new-${Math.random()}`, start: at + start, end: at + end });
  doc.byLine.set(i, list);
}

export function sumHeights(doc: Doc, from: number, to: number): number {
  let h = 0;
  for (let i = from; i < to; i++) h += doc.heights[i]!;
  return h;
}

/** Lines [from, to) not in the DOM: one non-editable block of their estimated height. */
export class GapNode extends DecoratorNode<null> {
  __from: number;
  __to: number;
  __height: number;

  static override getType(): string {
    return 'gap';
  }
  static override clone(node: GapNode): GapNode {
    return new GapNode(node.__from, node.__to, node.__height, node.__key);
  }
  constructor(from: number, to: number, height: number, key?: NodeKey) {
    super(key);
    this.__from = from;
    this.__to = to;
    this.__height = height;
  }
  override createDOM(_config: EditorConfig): HTMLElement {
    const div = document.createElement('div');
    div.className = 'gap';
    div.setAttribute('aria-hidden', 'true');
    div.style.height = `${this.__height}px`;
    return div;
  }
  override updateDOM(prev: GapNode, dom: HTMLElement): boolean {
    if (prev.__height !== this.__height) dom.style.height = `${this.__height}px`;
    return false;
  }
  override isInline(): boolean {
    return false;
  }
  override decorate(): null {
    return null;
  }
  static override importJSON(): GapNode {
    throw new Error('not serialised');
  }
}

export function $isGap(node: LexicalNode | null | undefined): node is GapNode {
  return node instanceof GapNode;
}

export { ParagraphNode };
