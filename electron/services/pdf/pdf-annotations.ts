// Real PDF annotations, so every claim shows in a reader's comment panel: one /Highlight per claim and page
// (its /QuadPoints are the claim's visual boxes there), and /Link annotations for citation URLs.
// The tint is the annotation's own: an appearance stream (/AP) fills each box in the claim's tag colours, one
// horizontal band per tag, multiplied over the text; the page content is untinted, so hiding, recolouring or
// deleting the highlight in a reader really removes it. Readers that draw highlights themselves from /C and
// /CA (Poppler) show the first tag's colour at the same opacity. Each claim's first box is also a named
// destination ("claim-N") that the claims table links to, and the pages it is on are kept for the table.

import type PDFDocument from 'pdfkit';
import type { StructElement } from 'pdfkit';
import { correctionPair, type ReportClaim } from './claims.ts';
import { word, type ReportLanguage } from './labels.ts';
import { endStream } from './pdfkit-private.ts';
import { joinList } from '../../../shared/text/list.ts';

export interface Box {
  /** pdfkit page coordinates (top-left origin, y down), pt. */
  x: number;
  y: number;
  w: number;
  h: number;
}

const MAX_QUOTE_IN_CONTENTS = 120;
/** How strongly the tint shows; multiplied, so the letters stay black. */
export const HIGHLIGHT_OPACITY = 0.32;

export class HighlightCollector {
  private readonly onPage = new Map<ReportClaim, Box[]>();
  private readonly written = new Map<string, number>();
  private readonly pagesOf = new Map<string, number[]>();
  /** Makes the tagged-PDF element each annotation belongs to (an Annot in the text's section). */
  structParent?: () => StructElement;

  constructor(private readonly language: ReportLanguage) {}

  add(claim: ReportClaim, box: Box, page: number): void {
    const boxes = this.onPage.get(claim);
    if (boxes) boxes.push(box);
    else this.onPage.set(claim, [box]);
    const pages = this.pagesOf.get(claim.id) ?? [];
    if (pages[pages.length - 1] !== page) pages.push(page);
    this.pagesOf.set(claim.id, pages);
  }

  /** The pages a claim is highlighted on, in order (empty for an orphan). */
  pages(claimId: string): number[] {
    return this.pagesOf.get(claimId) ?? [];
  }

  /** Writes this page's highlights; call before the page ends (pdfkit attaches annotations to the current page). */
  flush(doc: PDFDocument): void {
    for (const [claim, boxes] of this.onPage) {
      const part = (this.written.get(claim.id) ?? 0) + 1;
      this.written.set(claim.id, part);
      if (part === 1) doc.addNamedDestination(destination(claim), 'XYZ', boxes[0]!.x, boxes[0]!.y, null);
      const parent = this.structParent?.();
      writeHighlight(doc, claim, boxes, part, this.language, parent);
      // Ended on its page: pdfkit gives an annotation's OBJR the page current when the element is written.
      parent?.end();
    }
    this.onPage.clear();
  }
}

export function destination(claim: ReportClaim): string {
  return `claim-${claim.number}`;
}

function writeHighlight(
  doc: PDFDocument,
  claim: ReportClaim,
  boxes: Box[],
  part: number,
  language: ReportLanguage,
  structParent: StructElement | undefined,
): void {
  const height = doc.page.height;
  const left = Math.min(...boxes.map((b) => b.x));
  const top = Math.min(...boxes.map((b) => b.y));
  const right = Math.max(...boxes.map((b) => b.x + b.w));
  const bottom = Math.max(...boxes.map((b) => b.y + b.h));
  // Quad order as Acrobat writes it: upper-left, upper-right, lower-left, lower-right (PDF y up).
  const quads = boxes.flatMap((b) => [
    b.x,
    height - b.y,
    b.x + b.w,
    height - b.y,
    b.x,
    height - b.y - b.h,
    b.x + b.w,
    height - b.y - b.h,
  ]);
  doc.annotate(left, top, right - left, bottom - top, {
    Subtype: 'Highlight',
    QuadPoints: quads.map(round),
    // new String(…): pdfkit writes text strings (UTF-16BE for Arabic) instead of PDF names.
    Contents: new String(claimContents(claim, language)),
    // The author column of comment panels: the claim's creator, else its tags.
    T: new String(
      claim.creator ??
        (joinList(
          claim.tags.map((t) => t[language]),
          language,
        ) ||
          word('untagged', language)),
    ),
    // One annotation per page for a claim across a page break: same id, numbered continuations.
    NM: new String(part === 1 ? claim.id : `${claim.id}#part-${part}`),
    F: 4, // print
    CA: HIGHLIGHT_OPACITY,
    AP: { N: appearance(doc, claim, boxes, { left, top, right, bottom }) },
    ...(claim.annotation.modified ? { M: new Date(claim.annotation.modified) } : {}),
    color: rgb(claim.color),
    ...(structParent ? { structParent } : {}),
  });
}

/**
 * The highlight's look, as a Form XObject in page space: every box filled, in bands of the claim's tag colours
 * (a claim with two tags shows both), multiplied over the text. Its opacity is in the stream's ExtGState, for
 * readers that apply it there; /CA on the annotation says the same for readers that draw from /C.
 */
function appearance(
  doc: PDFDocument,
  claim: ReportClaim,
  boxes: Box[],
  rect: { left: number; top: number; right: number; bottom: number },
): unknown {
  const height = doc.page.height;
  const colors = claim.tags.length > 0 ? claim.tags.map((t) => t.color) : [claim.color];
  const ops = ['/GS0 gs'];
  for (const b of boxes) {
    const band = b.h / colors.length;
    colors.forEach((color, i) => {
      const [r, g, bl] = rgb(color).map((c) => round(c / 255));
      ops.push(
        `${r} ${g} ${bl} rg ${round(b.x)} ${round(height - b.y - (i + 1) * band)} ${round(b.w)} ${round(band)} re f`,
      );
    });
  }
  const form = doc.ref({
    Type: 'XObject',
    Subtype: 'Form',
    BBox: [rect.left, height - rect.bottom, rect.right, height - rect.top].map(round),
    Resources: {
      ExtGState: { GS0: { Type: 'ExtGState', ca: HIGHLIGHT_OPACITY, CA: HIGHLIGHT_OPACITY, BM: 'Multiply' } },
    },
  });
  endStream(form, ops.join('\n'));
  return form;
}

/** What a comment panel shows: number and tags, note, correction as "2011 → 2001", citations. */
export function claimContents(claim: ReportClaim, language: ReportLanguage): string {
  const { fields } = claim;
  const lines = [
    `${claim.number}. ${
      joinList(
        claim.tags.map((t) => (t.ar === t.en ? t.ar : `${t.ar} / ${t.en}`)),
        language,
      ) || word('untagged', language)
    }`,
  ];
  if (fields.note) lines.push(`${word('note', language)}: ${fields.note}`);
  const pair = correctionPair(claim);
  if (pair) {
    const applied = claim.applied ? ` (${word('applied', language)})` : '';
    lines.push(`${word('correction', language)}: ${shorten(pair.from)} → ${pair.to}${applied}`);
  }
  for (const c of fields.citations)
    lines.push(`${word('citation', language)}: ${[c.text, c.url].filter(Boolean).join(' ')}`);
  return lines.join('\n');
}

/**
 * Only web links become link annotations. The URI must be ASCII (pdfkit would write UTF-16, which readers do not
 * follow): WHATWG URL serialization percent-encodes paths and queries and punycodes host names.
 */
export function linkTarget(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

export function addLink(doc: PDFDocument, box: Box, url: string, structParent?: StructElement): void {
  doc.link(box.x, box.y, box.w, box.h, url, structParent ? { structParent } : {});
}

function shorten(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > MAX_QUOTE_IN_CONTENTS ? `${oneLine.slice(0, MAX_QUOTE_IN_CONTENTS)}…` : oneLine;
}

function rgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
