// The report's tables as a grid of bordered cells: the claims tables and the workspace report's table of sources.
// A row is laid out first, then drawn on this page or the next (the header row comes again at the top of each page
// of the table). Tagged as a Table of TR rows with TH/TD cells; rules and backgrounds are artifacts.

import { BODY_SIZE, type DrawContext } from './context.ts';
import { word, type Word } from './labels.ts';
import { addLink, HIGHLIGHT_OPACITY } from './pdf-annotations.ts';
import { addRawContent, pdfNumber as num } from './pdfkit-private.ts';
import type { StructElement } from './structure.ts';
import type { ParagraphLayout } from './text-layout.ts';
import type { BlockOptions } from './typesetter.ts';

/** A column's heading and its share of the width. */
export type GridColumn = readonly [Word, number];

export interface CellParagraph {
  text: string;
  url?: string;
  /** A named destination in this document (the claim's highlight). */
  goTo?: string;
}

const SIZE = BODY_SIZE - 2.5;
const LEADING = 1.55;
const PAD = 4;

export class Grid {
  private readonly table: StructElement;
  private readonly header: CellParagraph[][];

  /** `tint`: the column tinted with a row's colour (the claims' tag column). */
  constructor(
    private readonly ctx: DrawContext,
    parent: StructElement,
    private readonly columns: readonly GridColumn[],
    private readonly tint?: Word,
  ) {
    this.table = ctx.flow.structure.child(parent, 'Table');
    this.header = columns.map(([key]) => [{ text: word(key, ctx.language) }]);
    this.drawHeader();
  }

  /** One row; on the next page (under the header again) when it does not fit on this one. */
  row(cells: CellParagraph[][], tintColor?: string): void {
    const layouts = this.layoutRow(cells, false);
    if (this.ctx.flow.y + rowHeight(layouts) > this.ctx.flow.bottom) {
      this.ctx.flow.newPage();
      this.drawHeader();
    }
    this.drawRow(cells, layouts, { ...(tintColor ? { tagFill: tintColor } : {}), cell: 'TD' });
  }

  private drawHeader(): void {
    this.drawRow(this.header, this.layoutRow(this.header, true), { bold: true, fill: '#e6e6e6', cell: 'TH' });
  }

  /** Column boxes, first column first: an Arabic report's first column is the rightmost. */
  private boxes(): { left: number; width: number }[] {
    const { flow } = this.ctx;
    const rtl = this.ctx.direction === 'rtl';
    let edge = rtl ? flow.right : flow.left;
    return this.columns.map(([, share]) => {
      const width = share * flow.contentWidth;
      const box = { left: rtl ? edge - width : edge, width };
      edge += rtl ? -width : width;
      return box;
    });
  }

  private cellOptions(box: { left: number; width: number }, bold: boolean): BlockOptions {
    const { direction } = this.ctx;
    return { size: SIZE, leading: LEADING, bold, left: box.left + PAD, width: box.width - 2 * PAD, direction };
  }

  private layoutRow(cells: CellParagraph[][], bold: boolean): ParagraphLayout[][] {
    const boxes = this.boxes();
    return cells.map((cell, i) => cell.map((p) => this.ctx.ts.layout(p.text, this.cellOptions(boxes[i]!, bold))));
  }

  private drawRow(
    cells: CellParagraph[][],
    layouts: ParagraphLayout[][],
    style: { bold?: boolean; fill?: string; tagFill?: string; cell: 'TH' | 'TD' },
  ): void {
    const { flow, ts } = this.ctx;
    const doc = flow.doc;
    const boxes = this.boxes();
    const height = rowHeight(layouts);
    const top = flow.y;
    const tinted = this.tint === undefined ? undefined : boxes[this.columns.findIndex(([key]) => key === this.tint)];
    flow.structure.artifact(() => {
      doc.save();
      if (style.fill) doc.rect(flow.left, top, flow.contentWidth, height).fillColor(style.fill).fill();
      if (style.tagFill && tinted)
        doc.rect(tinted.left, top, tinted.width, height).fillColor(style.tagFill, HIGHLIGHT_OPACITY).fill();
      doc.lineWidth(0.4).strokeColor('#9a9a9a');
      // The cell borders as one path, stroked once (same lines as a rect and stroke per cell, one write).
      const rects = boxes.map((box) => `${num(box.left)} ${num(top)} ${num(box.width)} ${num(height)} re`);
      addRawContent(doc, `${rects.join('\n')}\nS`);
      doc.restore();
    });
    const row = flow.structure.child(this.table, 'TR');
    layouts.forEach((cell, i) => {
      const td = flow.structure.child(row, style.cell);
      const options = this.cellOptions(boxes[i]!, style.bold ?? false);
      let y = top + PAD;
      cell.forEach((layout, k) => {
        const { url, goTo } = cells[i]![k]!;
        const link = url || goTo ? flow.structure.child(td, 'Link') : undefined;
        const tagging = link ? { target: { element: link, tag: 'Link' } } : { struct: { parent: td, type: 'P' } };
        const used = ts.drawBlock(layout, { ...options, ...tagging }, y);
        const box = { x: options.left, y, w: options.width, h: used };
        if (url) addLink(doc, box, url, link);
        if (goTo) doc.goTo(box.x, box.y, box.w, box.h, goTo, link ? { structParent: link } : {});
        y += used;
      });
    });
    // Written and let go now, on its page (see Typesetter.paragraph).
    row.end();
    flow.y = top + height;
  }
}

function rowHeight(layouts: ParagraphLayout[][]): number {
  const lines = Math.max(1, ...layouts.map((cell) => cell.reduce((n, l) => n + l.lines.length, 0)));
  return lines * SIZE * LEADING + 2 * PAD;
}
