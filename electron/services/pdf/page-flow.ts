// Pages and the vertical cursor: content flows down and a new page starts when the next line does not fit.
// Pages are streamed out as soon as the next one starts (pdfkit's bufferPages stays off), so memory stays flat
// however long the text is; whatever belongs on a page (its annotations) must be added in `onPageEnd`.

import PDFDocument from 'pdfkit';
import type { PaperSize } from '../../../shared/report/options.ts';
import { ReportStructure } from './structure.ts';
import { sendBytesTo } from './pdfkit-private.ts';

export type { PaperSize };

const PAPER: Record<PaperSize, [number, number]> = { A4: [595.28, 841.89], Letter: [612, 792] };

interface Margins {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

const MARGINS: Margins = { top: 66, bottom: 62, left: 58, right: 58 };

export interface PageHooks {
  /** Draws running header and page number; `page` counts from 1. */
  onPageStart?(flow: PageFlow, page: number): void;
  onPageEnd?(flow: PageFlow, page: number): void;
}

export class PageFlow {
  readonly doc: PDFDocument;
  readonly width: number;
  readonly height: number;
  readonly margins = MARGINS;
  y = 0;
  page = 0;
  hooks: PageHooks = {};
  readonly structure: ReportStructure;
  private ended = false;
  private readonly chunks: Uint8Array[] = [];
  /** Bytes written so far. */
  bytes = 0;

  /**
   * `lang` is the document's language (/Lang: readers and screen readers pick voices and hyphenation by it);
   * `compress: false` only for tests that read the content streams.
   */
  constructor(
    paper: PaperSize,
    info: Record<string, unknown>,
    options: { compress?: boolean; lang?: string; sink?: (chunk: Uint8Array) => void } = {},
  ) {
    const [width, height] = PAPER[paper];
    this.width = width;
    this.height = height;
    // font: null — no standard font is ever loaded (every glyph comes from our embedded fonts).
    this.doc = new PDFDocument({
      size: [width, height],
      margin: 0,
      autoFirstPage: false,
      font: null,
      info,
      pdfVersion: '1.7',
      compress: options.compress ?? true,
      // A tagged PDF that says its language and shows its title (the PDF/UA identification pdfkit writes).
      lang: options.lang ?? 'ar',
      tagged: true,
      displayTitle: true,
      subset: 'PDF/UA',
    });
    this.structure = new ReportStructure(this.doc);
    // With a sink (a file), the document goes out as it is made instead of piling up in memory.
    const sink = options.sink ?? ((chunk: Uint8Array) => this.chunks.push(chunk));
    sendBytesTo(this.doc, (chunk) => {
      this.bytes += chunk.byteLength;
      sink(chunk);
    });
  }

  get left(): number {
    return this.margins.left;
  }

  get right(): number {
    return this.width - this.margins.right;
  }

  get contentWidth(): number {
    return this.right - this.left;
  }

  get bottom(): number {
    return this.height - this.margins.bottom;
  }

  newPage(): void {
    if (this.page > 0) this.hooks.onPageEnd?.(this, this.page);
    this.doc.addPage({ size: [this.width, this.height], margin: 0 });
    this.page += 1;
    this.y = this.margins.top;
    this.hooks.onPageStart?.(this, this.page);
  }

  /** Starts a new page unless `height` more points fit on this one (or this page is still empty). */
  ensure(height: number): void {
    if (this.page === 0 || (this.y + height > this.bottom && this.y > this.margins.top)) this.newPage();
  }

  /** Ends the last page and the document; resolves with the whole file (empty when it went to a sink). */
  finish(): Promise<Uint8Array> {
    if (this.ended) throw new Error('the document is already finished');
    this.ended = true;
    const done = new Promise<Uint8Array>((resolve, reject) => {
      this.doc.on('end', () => resolve(new Uint8Array(Buffer.concat(this.chunks))));
      this.doc.on('error', reject);
    });
    if (this.page > 0) this.hooks.onPageEnd?.(this, this.page);
    this.structure.end();
    this.doc.end();
    return done;
  }
}
