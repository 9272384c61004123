// The small parts of fontkit, linebreak and pdfkit that the PDF report uses; none of them ships types.
// pdfkit's private members are NOT declared here: pdfkit-private.ts reaches them through its own casts.

declare module 'fontkit' {
  export interface Glyph {
    id: number;
    /** The characters this glyph stands for, in logical order (two for lam-alef, none for some joining parts). */
    codePoints: number[];
    advanceWidth: number;
  }
  export interface GlyphPosition {
    xAdvance: number;
    yAdvance: number;
    xOffset: number;
    yOffset: number;
  }
  export interface GlyphRun {
    /** In visual order: for direction 'rtl' the first glyph is the leftmost one. */
    glyphs: Glyph[];
    positions: GlyphPosition[];
    advanceWidth: number;
  }
  export interface Font {
    postscriptName: string;
    unitsPerEm: number;
    ascent: number;
    descent: number;
    hasGlyphForCodePoint(codePoint: number): boolean;
    getGlyph(id: number): { path: { commands: { command: string; args: number[] }[] } };
    layout(
      text: string,
      features?: string[] | Record<string, boolean>,
      script?: string,
      language?: string,
      direction?: 'ltr' | 'rtl',
    ): GlyphRun;
  }
  export function create(buffer: Uint8Array, postscriptName?: string): Font;
}

declare module 'linebreak' {
  export default class LineBreaker {
    constructor(text: string);
    /** Each break opportunity: `position` is the index before which a line may (or, if required, must) end. */
    nextBreak(): { position: number; required: boolean } | null;
  }
}

declare module 'pdfkit' {
  import type { Readable } from 'node:stream';

  export interface PdfPage {
    width: number;
    height: number;
  }

  /** A structure element of the tagged PDF (pdfkit's PDFStructureElement). */
  export interface StructElement {
    add(child: StructElement | StructContent): this;
    end(): void;
  }
  /** Marked content of a page, to be added to a structure element. */
  export interface StructContent {
    readonly refs: unknown[];
  }
  export interface PdfRef {
    data: Record<string, unknown>;
    end(chunk?: string | Uint8Array): void;
  }
  export interface PdfOutline {
    addItem(title: string, options?: { expanded?: boolean }): PdfOutline;
  }

  export default class PDFDocument extends Readable {
    outline: PdfOutline;
    struct(type: string, options?: { title?: string; lang?: string; alt?: string }): StructElement;
    addStructure(element: StructElement): this;
    markStructureContent(tag: string, options?: Record<string, unknown>): StructContent;
    markContent(tag: string, options?: Record<string, unknown> | null): this;
    endMarkedContent(): this;
    ref(data: Record<string, unknown>): PdfRef;
    addNamedDestination(name: string, ...args: unknown[]): this;
    goTo(x: number, y: number, w: number, h: number, name: string, options?: Record<string, unknown>): this;
    constructor(options?: Record<string, unknown>);
    page: PdfPage;
    addPage(options?: Record<string, unknown>): this;
    save(): this;
    restore(): this;
    rect(x: number, y: number, w: number, h: number): this;
    moveTo(x: number, y: number): this;
    lineTo(x: number, y: number): this;
    lineWidth(width: number): this;
    fill(color?: string): this;
    stroke(color?: string): this;
    fillColor(color: string, opacity?: number): this;
    strokeColor(color: string, opacity?: number): this;
    fillOpacity(opacity: number): this;
    path(svgPath: string): this;
    translate(x: number, y: number): this;
    scale(x: number, y?: number): this;
    annotate(x: number, y: number, w: number, h: number, options: Record<string, unknown>): this;
    link(x: number, y: number, w: number, h: number, url: string, options?: Record<string, unknown>): this;
    end(): void;
  }
}
