// The claims table — the report's ENDNOTES: each marker number in the text leads to its row (number, page, tag,
// quote, note, correction, citation), and the number links back to the highlight. Endnotes rather than footnotes
// because a page's notes would have to be known before its text is broken into lines; the full note of each claim
// is also in its highlight annotation on the page itself. The same table lists orphaned claims in the appendix.
// Tagged as a Table of TR rows with TH/TD cells; rules and backgrounds are artifacts.

import { correctionPair, type ReportClaim } from './claims.ts';
import { BODY_SIZE, type ReportContext } from './context.ts';
import { digits, word, type Word } from './labels.ts';
import { addLink, destination, HIGHLIGHT_OPACITY, linkTarget } from './pdf-annotations.ts';
import { addRawContent, pdfNumber as num } from './pdfkit-private.ts';
import type { StructElement } from './structure.ts';
import type { ParagraphLayout } from './text-layout.ts';
import type { BlockOptions } from './typesetter.ts';
import { joinList } from '../../../shared/text/list.ts';

/** Shares of the width; the number column holds five digits on one line (claim 10000 did not wrap to "1000 0"). */
const COLUMNS: [Word, number][] = [
  ['number', 0.07],
  ['page', 0.075],
  ['tag', 0.12],
  ['quote', 0.225],
  ['note', 0.22],
  ['correction', 0.12],
  ['citation', 0.17],
];
/** The tag column, which is tinted with the claim's colour. */
const TAG_COLUMN = 2;
const SIZE = BODY_SIZE - 2.5;
const LEADING = 1.55;
const PAD = 4;
/** Longer fields are cut in the table; the whole text is in the claim's annotation. */
const MAX_FIELD = 480;

interface CellParagraph {
  text: string;
  url?: string;
  /** A named destination in this document (the claim's highlight). */
  goTo?: string;
}

export function renderClaimsTable(
  ctx: ReportContext,
  claims: readonly ReportClaim[],
  heading: Word,
  intro?: Word,
): void {
  const { flow, ts } = ctx;
  const block = { left: flow.left, width: flow.contentWidth, direction: ctx.direction } as const;
  flow.newPage();
  const sect = flow.structure.section(word(heading, ctx.language));
  const p = (type: string) => ({ parent: sect, type });
  ts.paragraph(word(heading, ctx.language), { ...block, size: 15, bold: true, leading: 1.7, struct: p('H1') });
  if (intro) ts.paragraph(word(intro, ctx.language), { ...block, size: BODY_SIZE - 1, struct: p('P') });
  flow.y += 6;
  if (claims.length === 0) {
    ts.paragraph(word('noClaims', ctx.language), { ...block, size: BODY_SIZE, struct: p('P') });
    return;
  }
  const table = flow.structure.child(sect, 'Table');
  const header = COLUMNS.map(([key]) => [{ text: word(key, ctx.language) }]);
  const headerStyle = { bold: true, fill: '#e6e6e6', cell: 'TH' as const };
  drawRow(ctx, table, header, layoutRow(ctx, header, true), headerStyle);
  for (const claim of claims) {
    const cells = cellsOf(ctx, claim);
    const layouts = layoutRow(ctx, cells, false);
    // The header row comes again at the top of each page of the table.
    if (flow.y + rowHeight(layouts) > flow.bottom) {
      flow.newPage();
      drawRow(ctx, table, header, layoutRow(ctx, header, true), headerStyle);
    }
    drawRow(ctx, table, cells, layouts, { tagFill: claim.color, cell: 'TD' });
    ctx.progress?.row();
  }
}

function cellsOf(ctx: ReportContext, claim: ReportClaim): CellParagraph[][] {
  const { fields } = claim;
  const tagText =
    joinList(
      claim.tags.map((t) => t[ctx.language]),
      ctx.language,
    ) || word('untagged', ctx.language);
  const citations = fields.citations.flatMap((c) => {
    const url = linkTarget(c.url);
    return [...(c.text ? [{ text: c.text }] : []), ...(c.url ? [{ text: c.url, ...(url ? { url } : {}) }] : [])];
  });
  const pages = ctx.highlights.pages(claim.id).map((n) => digits(n, ctx.digits));
  const pageText = pages.length === 0 ? '—' : pages.join(ctx.digits === 'western' ? ', ' : '، ');
  const anchored = claim.start !== undefined;
  return [
    [{ text: digits(claim.number, ctx.digits), ...(anchored ? { goTo: destination(claim) } : {}) }],
    [{ text: pageText }],
    [{ text: tagText }],
    paragraphs(claim.quote),
    paragraphs(fields.note),
    correctionCell(ctx, claim),
    citations,
  ];
}

/**
 * "2011 › 2001", and "(applied)" once applied to the text. Neither font has arrows; "›" is a mirrored character,
 * so in a right-to-left cell it is drawn as "‹" and points the way Arabic reads (2011 first, on the right).
 */
function correctionCell(ctx: ReportContext, claim: ReportClaim): CellParagraph[] {
  const pair = correctionPair(claim);
  if (!pair) return [];
  const applied = claim.applied ? [{ text: `(${word('applied', ctx.language)})` }] : [];
  return [...paragraphs(`${pair.from} › ${pair.to}`), ...applied];
}

function paragraphs(text: string): CellParagraph[] {
  const cut = text.length > MAX_FIELD ? `${text.slice(0, MAX_FIELD)}…` : text;
  return cut
    .split(/\n+/)
    .filter((p) => p.trim() !== '')
    .map((p) => ({ text: p }));
}

/** Column boxes, first column first: an Arabic report's first column is the rightmost. */
function columnBoxes(ctx: ReportContext): { left: number; width: number }[] {
  const rtl = ctx.direction === 'rtl';
  let edge = rtl ? ctx.flow.right : ctx.flow.left;
  return COLUMNS.map(([, share]) => {
    const width = share * ctx.flow.contentWidth;
    const box = { left: rtl ? edge - width : edge, width };
    edge += rtl ? -width : width;
    return box;
  });
}

function cellOptions(ctx: ReportContext, box: { left: number; width: number }, bold: boolean): BlockOptions {
  return {
    size: SIZE,
    leading: LEADING,
    bold,
    left: box.left + PAD,
    width: box.width - 2 * PAD,
    direction: ctx.direction,
  };
}

function layoutRow(ctx: ReportContext, cells: CellParagraph[][], bold: boolean): ParagraphLayout[][] {
  const boxes = columnBoxes(ctx);
  return cells.map((cell, i) => cell.map((p) => ctx.ts.layout(p.text, cellOptions(ctx, boxes[i]!, bold))));
}

function rowHeight(layouts: ParagraphLayout[][]): number {
  const lines = Math.max(1, ...layouts.map((cell) => cell.reduce((n, l) => n + l.lines.length, 0)));
  return lines * SIZE * LEADING + 2 * PAD;
}

function drawRow(
  ctx: ReportContext,
  table: StructElement,
  cells: CellParagraph[][],
  layouts: ParagraphLayout[][],
  style: { bold?: boolean; fill?: string; tagFill?: string; cell: 'TH' | 'TD' },
): void {
  const { flow, ts } = ctx;
  const doc = flow.doc;
  const boxes = columnBoxes(ctx);
  const height = rowHeight(layouts);
  const top = flow.y;
  flow.structure.artifact(() => {
    doc.save();
    if (style.fill) doc.rect(flow.left, top, flow.contentWidth, height).fillColor(style.fill).fill();
    const tag = boxes[TAG_COLUMN]!;
    if (style.tagFill) doc.rect(tag.left, top, tag.width, height).fillColor(style.tagFill, HIGHLIGHT_OPACITY).fill();
    doc.lineWidth(0.4).strokeColor('#9a9a9a');
    // The cell borders as one path, stroked once (same lines as a rect and stroke per cell, one write).
    const rects = boxes.map((box) => `${num(box.left)} ${num(top)} ${num(box.width)} ${num(height)} re`);
    addRawContent(doc, `${rects.join('\n')}\nS`);
    doc.restore();
  });
  const row = flow.structure.child(table, 'TR');
  layouts.forEach((cell, i) => {
    const td = flow.structure.child(row, style.cell);
    const options = cellOptions(ctx, boxes[i]!, style.bold ?? false);
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
