// Lines of a long source that are not in the DOM, as ONE node of the editor: it carries their text (so the
// editor's content is always the whole text — getText, undo while correcting and copying need nothing else)
// and renders as one empty, non-editable block as tall as those lines would be. Screen readers skip it.

import {
  $applyNodeReplacement,
  DecoratorNode,
  type DOMExportOutput,
  type LexicalNode,
  type NodeKey,
  type SerializedLexicalNode,
} from 'lexical';

/** Where a hidden line came from: its line in the stored text, or -1 once it was edited (correcting mode). */
export type LineOrigin = number;

const joined = new WeakMap<readonly string[], string>();

export class HiddenLinesNode extends DecoratorNode<null> {
  __lines: readonly string[];
  __origins: readonly LineOrigin[];
  __height: number;

  static override getType(): string {
    return 'cw-hidden-lines';
  }

  static override clone(node: HiddenLinesNode): HiddenLinesNode {
    return new HiddenLinesNode(node.__lines, node.__origins, node.__height, node.__key);
  }

  constructor(lines: readonly string[], origins: readonly LineOrigin[], height: number, key?: NodeKey) {
    super(key);
    this.__lines = lines;
    this.__origins = origins;
    this.__height = height;
  }

  override createDOM(): HTMLElement {
    const element = document.createElement('div');
    element.className = 'source-hidden-lines';
    element.setAttribute('aria-hidden', 'true');
    element.style.blockSize = `${this.__height}px`;
    return element;
  }

  override updateDOM(previous: HiddenLinesNode, element: HTMLElement): boolean {
    if (previous.__height !== this.__height) element.style.blockSize = `${this.__height}px`;
    return false;
  }

  /** Copying or exporting as HTML gives the text, one paragraph per line. */
  override exportDOM(): DOMExportOutput {
    const fragment = document.createDocumentFragment();
    for (const line of this.__lines) fragment.append(Object.assign(document.createElement('p'), { textContent: line }));
    return { element: fragment };
  }

  /** Lexical asks on every reconciliation of the root (each keystroke): joined once per lines array. */
  override getTextContent(): string {
    let text = joined.get(this.__lines);
    if (text === undefined) joined.set(this.__lines, (text = this.__lines.join('\n')));
    return text;
  }

  override isInline(): boolean {
    return false;
  }

  override isKeyboardSelectable(): boolean {
    return false;
  }

  override decorate(): null {
    return null;
  }

  lineCount(): number {
    return this.getLatest().__lines.length;
  }

  lines(): readonly string[] {
    return this.getLatest().__lines;
  }

  origins(): readonly LineOrigin[] {
    return this.getLatest().__origins;
  }

  setHeight(height: number): void {
    if (this.getLatest().__height !== height) this.getWritable().__height = height;
  }

  static override importJSON(): HiddenLinesNode {
    throw new Error('Hidden lines are never serialised: the source text is stored, not the editor state.');
  }

  override exportJSON(): SerializedLexicalNode {
    return { type: HiddenLinesNode.getType(), version: 1 };
  }
}

export function $createHiddenLinesNode(
  lines: readonly string[],
  origins: readonly LineOrigin[],
  height: number,
): HiddenLinesNode {
  return $applyNodeReplacement(new HiddenLinesNode(lines, origins, height));
}

export function $isHiddenLinesNode(node: LexicalNode | null | undefined): node is HiddenLinesNode {
  return node instanceof HiddenLinesNode;
}
