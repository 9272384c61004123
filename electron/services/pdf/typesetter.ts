// Puts laid-out paragraphs on pages: alignment (RTL paragraphs right, LTR left), line spacing, page breaks,
// and a hook before each line is drawn so highlights can go BEHIND its glyphs.

import type { ChainFont, FontChain } from './fonts.ts';
import type { PageFlow } from './page-flow.ts';
import { drawGlyphRuns, registerFont, type FontSlot, type GlyphRun } from './pdfkit-private.ts';
import { drawOutlines } from './outlines.ts';
import { layoutWindows } from './long-paragraph.ts';
import { layoutParagraph, MARKER_RISE, type LayoutOptions, type Line, type ParagraphLayout } from './text-layout.ts';
import type { StructElement, StructTarget } from './structure.ts';

export interface TextStyle {
  size: number;
  bold?: boolean;
  /** Line advance as a multiple of the size. */
  leading?: number;
  color?: string;
}

export interface BlockOptions extends TextStyle {
  left: number;
  width: number;
  /** Used when the text has no strong character of its own. */
  direction: 'rtl' | 'ltr';
  /** 'start' follows each paragraph's own direction (right for RTL); 'left'/'right' force a side. */
  align?: 'start' | 'center' | 'left' | 'right';
  markers?: readonly { at: number; label: string }[];
  beforeLine?: (placed: PlacedLine) => void;
  /** The tagged-PDF element the block becomes (a child of `parent`); its lines are its marked content. */
  struct?: { parent: StructElement; type: string; lang?: string };
  /** Or an element that exists already (a Link that also holds its annotation). */
  target?: StructTarget;
}

export interface PlacedLine {
  line: Line;
  layout: ParagraphLayout;
  /** Where the layout's text starts in the paragraph (a window of a long one, see long-paragraph.ts). */
  offset: number;
  /** Page coordinates (pdfkit's, y down) of the line's left edge and its box. */
  x: number;
  top: number;
  baseline: number;
  size: number;
  page: number;
}

const DEFAULT_LEADING = 1.8;
/** Short texts whose layout is kept: table cells repeat (tags, pages, dashes, citation titles, quotes). */
const CACHED_TEXT_UNITS = 300;
const MAX_CACHED_LAYOUTS = 5000;

export class Typesetter {
  private readonly slots = new Map<ChainFont, FontSlot>();
  private readonly rtlSlots = new Map<ChainFont, FontSlot>();

  constructor(
    readonly flow: PageFlow,
    readonly chains: { regular: FontChain; bold: FontChain },
  ) {}

  private readonly layouts = new Map<string, ParagraphLayout>();

  /** Laid-out paragraphs are never changed after, so the same short text in the same box is laid out once. */
  layout(text: string, options: BlockOptions): ParagraphLayout {
    if (text.length > CACHED_TEXT_UNITS || options.markers?.length)
      return layoutParagraph(text, this.layoutOptions(options));
    const key = `${options.bold ? 'b' : 'r'}${options.direction}${options.size}/${options.width}/${text}`;
    let layout = this.layouts.get(key);
    if (!layout) {
      if (this.layouts.size >= MAX_CACHED_LAYOUTS) this.layouts.clear();
      this.layouts.set(key, (layout = layoutParagraph(text, this.layoutOptions(options))));
    }
    return layout;
  }

  private layoutOptions(options: BlockOptions): LayoutOptions {
    return {
      chain: options.bold ? this.chains.bold : this.chains.regular,
      direction: options.direction,
      size: options.size,
      width: options.width,
      markers: options.markers,
    };
  }

  lineHeight(style: TextStyle): number {
    return style.size * (style.leading ?? DEFAULT_LEADING);
  }

  /**
   * Flows a paragraph down from flow.y, starting new pages as needed. A long one is laid out and drawn window
   * by window (long-paragraph.ts); `onWindow` hears how far it got (code units), for progress and cancel.
   */
  paragraph(text: string, options: BlockOptions, onWindow?: (done: number) => void): void {
    const height = this.lineHeight(options);
    const tag = this.element(options);
    for (const { layout, offset, lines } of layoutWindows(text, this.layoutOptions(options))) {
      for (const line of lines) {
        this.flow.ensure(height);
        this.drawLine(layout, line, options, this.flow.y, tag, offset);
        this.flow.y += height;
      }
      onWindow?.(offset);
    }
    // Ended now, pdfkit writes the element and lets it go; left open, every element of the report stays in
    // memory until the end (10,000 claims: ~250 MB of heap and seconds of garbage collection).
    if (tag && !options.target) tag.element.end();
  }

  /** Draws already laid-out lines from `top` down, without page breaks (table cells, headers); returns the height. */
  drawBlock(layout: ParagraphLayout, options: BlockOptions, top: number): number {
    const height = this.lineHeight(options);
    const tag = this.element(options);
    layout.lines.forEach((line, i) => this.drawLine(layout, line, options, top + i * height, tag));
    return layout.lines.length * height;
  }

  private element(options: BlockOptions): StructTarget | undefined {
    if (options.target) return options.target;
    const s = options.struct;
    if (!s) return undefined;
    return { element: this.flow.structure.child(s.parent, s.type, s.lang ? { lang: s.lang } : {}), tag: s.type };
  }

  private drawLine(
    layout: ParagraphLayout,
    line: Line,
    options: BlockOptions,
    top: number,
    tag?: StructTarget,
    textOffset = 0,
  ): void {
    const { size } = options;
    const free = options.width - line.width;
    const align =
      options.align === 'start' || options.align === undefined ? (layout.rtl ? 'right' : 'left') : options.align;
    const indent = align === 'center' ? free / 2 : align === 'right' ? free : 0;
    const x = options.left + indent;
    const baseline = top + this.lineHeight(options) / 2 + size * 0.22;
    options.beforeLine?.({ line, layout, offset: textOffset, x, top, baseline, size, page: this.flow.page });
    const chain = options.bold ? this.chains.bold : this.chains.regular;
    // Runs go into the page in logical order, each at its visual x; right-to-left runs glyph by glyph in logical
    // order too (pdfkit-private.ts says why), with their own font registration (their spaces map differently).
    const text = line.items
      .filter((item) => item.piece.marker === undefined)
      .sort((a, b) => a.piece.start - b.piece.start);
    const runs: GlyphRun[] = text.map((item) => ({
      slot: this.slot(chain.fonts[item.piece.font]!, item.piece.level % 2 === 1),
      rtl: item.piece.level % 2 === 1,
      size: item.size,
      x: x + item.x,
      baseline,
      glyphs: item.shaped.glyphs,
    }));
    this.flow.structure.marked(tag, () => {
      this.flow.doc.fillColor(options.color ?? '#111111');
      drawGlyphRuns(this.flow.doc, runs);
      for (const item of line.items) {
        if (item.piece.marker === undefined) continue;
        const font = chain.fonts[item.piece.font]!;
        drawOutlines(this.flow.doc, font, item.shaped.glyphs, x + item.x, baseline - size * MARKER_RISE, item.size);
      }
    });
  }

  private slot(font: ChainFont, rtl: boolean): FontSlot {
    const slots = rtl ? this.rtlSlots : this.slots;
    let slot = slots.get(font);
    if (!slot) slots.set(font, (slot = registerFont(this.flow.doc, font, rtl ? '-rtl' : '')));
    return slot;
  }
}

/** The vertical extent of a highlight on a line: the letters' body, not the whole line advance. */
export function highlightBand(placed: PlacedLine): { top: number; height: number } {
  return { top: placed.baseline - placed.size * 0.95, height: placed.size * 1.42 };
}
