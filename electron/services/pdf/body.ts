// The annotated text: the source paragraph by paragraph (each a tagged P), each claim's characters boxed
// across line wraps, bidi runs and page breaks, its number as a raised marker right after its last character,
// and its real /Highlight annotation collected per page — the annotation's own appearance carries the tint (in
// every one of its tags' colours), so the page itself stays untinted and a reader can hide, recolour or delete
// it. Set-aside passages left out (options.skipPassages, see omissions.ts) leave one dimmed note in their place.

import { textLanguage } from '../../../shared/annotations/text-language.ts';
import type { ReportClaim } from './claims.ts';
import type { Omission } from './omissions.ts';
import { BODY_SIZE, type ReportContext } from './context.ts';
import { digits, leftOutNote } from './labels.ts';
import { spanBoxes } from './text-layout.ts';
import { highlightBand, type PlacedLine } from './typesetter.ts';
import type { StructElement } from './structure.ts';

const OMISSION_COLOR = '#8a8a8a';

interface SourceParagraph {
  start: number;
  end: number;
}

/** `heading`: the source's title first, as the page's H1 (the workspace report, where sources follow each other). */
export function renderBody(ctx: ReportContext, { heading = false } = {}): void {
  const { flow, ts, input } = ctx;
  const text = input.source.text;
  const markers = markerOffsets(ctx.claims, text, ctx);
  const style = { size: BODY_SIZE, left: flow.left, width: flow.contentWidth, direction: input.source.direction };
  const claims = new ClaimCursor(ctx.claims);
  const omissions = [...ctx.omissions];
  flow.newPage();
  const sect = flow.structure.section(input.source.title);
  ctx.highlights.structParent = () => flow.structure.child(sect, 'Annot');
  if (heading)
    ts.paragraph(input.source.title, {
      ...style,
      size: 15,
      bold: true,
      leading: 1.7,
      struct: { parent: sect, type: 'H1' },
    });
  // Paragraphs in the other script than the document's say their own language (an English line in Arabic).
  const docLang = input.source.direction === 'rtl' ? 'ar' : undefined;
  for (const para of paragraphsOf(text)) {
    // Lines of a left-out passage: one dimmed note at its first line, nothing for the others.
    while (omissions.length > 0 && omissions[0]!.end < para.start) omissions.shift();
    const omitted = omissions[0];
    if (omitted && omitted.start <= para.start && para.end <= omitted.end) {
      if (para.start === omitted.start) printOmission(ctx, omitted, sect);
      continue;
    }
    const body = text.slice(para.start, para.end);
    if (body.trim() === '') {
      flow.y += ts.lineHeight(style) * 0.5;
      continue;
    }
    const lang = textLanguage(body).language;
    ts.paragraph(
      body,
      {
        ...style,
        struct: { parent: sect, type: 'P', ...(lang && lang !== docLang ? { lang } : {}) },
        markers: markers.get(para.start) ?? [],
        beforeLine: (placed) => highlightLine(ctx, placed, para.start, claims),
      },
      (done) => ctx.progress?.text(para.start + done),
    );
  }
}

/** Centred, smaller and grey, in the report's language: clearly the report's words, not the source's. */
function printOmission(ctx: ReportContext, omission: Omission, sect: StructElement): void {
  const { flow, ts } = ctx;
  const size = BODY_SIZE - 2;
  ts.paragraph(leftOutNote(omission.lines, omission.kind, ctx.language, ctx.digits), {
    struct: { parent: sect, type: 'P', lang: ctx.language },
    size,
    color: OMISSION_COLOR,
    left: flow.left,
    width: flow.contentWidth,
    direction: ctx.direction,
    align: 'center',
  });
}

function paragraphsOf(text: string): SourceParagraph[] {
  const paragraphs: SourceParagraph[] = [];
  let start = 0;
  for (let nl = text.indexOf('\n'); ; nl = text.indexOf('\n', start)) {
    const end = nl === -1 ? text.length : nl;
    paragraphs.push({ start, end });
    if (nl === -1) return paragraphs;
    start = nl + 1;
  }
}

/**
 * Markers by paragraph start, offsets relative to the paragraph. A claim ending in line breaks is marked after
 * its last visible character; numbers of claims ending at the same place share one marker ("3,4").
 */
function markerOffsets(claims: readonly ReportClaim[], text: string, ctx: ReportContext) {
  const at = new Map<number, number[]>();
  for (const claim of claims) {
    let end = claim.end!;
    while (end > claim.start! + 1 && text[end - 1] === '\n') end--;
    const list = at.get(end);
    if (list) list.push(claim.number);
    else at.set(end, [claim.number]);
  }
  const separator = ctx.digits === 'western' ? ',' : '،';
  const byParagraph = new Map<number, { at: number; label: string }[]>();
  for (const end of [...at.keys()].sort((a, b) => a - b)) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const label = at
      .get(end)!
      .map((n) => digits(n, ctx.digits))
      .join(separator);
    const list = byParagraph.get(start) ?? [];
    list.push({ at: end - start, label });
    byParagraph.set(start, list);
  }
  return byParagraph;
}

/**
 * The claims on each line, for lines that come in text order: claims (sorted by start) join when the text reaches
 * them and leave once passed, so a line looks only at the claims open there — not at every claim of a paragraph,
 * which made a one-line text with thousands of claims quadratic.
 */
class ClaimCursor {
  private next = 0;
  private open: ReportClaim[] = [];

  constructor(private readonly sorted: readonly ReportClaim[]) {}

  at(start: number, end: number): readonly ReportClaim[] {
    while (this.next < this.sorted.length && this.sorted[this.next]!.start! < end)
      this.open.push(this.sorted[this.next++]!);
    if (this.open.some((c) => c.end! <= start)) this.open = this.open.filter((c) => c.end! > start);
    return this.open;
  }
}

function highlightLine(ctx: ReportContext, placed: PlacedLine, paraStart: number, cursor: ClaimCursor): void {
  const base = paraStart + placed.offset; // the line's offsets count from its window's start
  const lineStart = base + placed.line.start;
  const lineEnd = base + placed.line.end;
  const band = highlightBand(placed);
  for (const claim of cursor.at(lineStart, lineEnd)) {
    if (claim.start! >= lineEnd || claim.end! <= lineStart) continue;
    for (const [left, right] of spanBoxes(placed.line, claim.start! - base, claim.end! - base)) {
      ctx.highlights.add(claim, { x: placed.x + left, y: band.top, w: right - left, h: band.height }, placed.page);
    }
  }
}
