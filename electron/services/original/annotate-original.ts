// The original PDF with the claims on it: one /Highlight annotation per claim and page (/QuadPoints from the
// import's page map, /Contents with tags, note, correction and citations, /NM the claim's id, /C the tag's
// colour, and an appearance stream so readers that use one draw it as Acrobat does, multiplied over the text)
// and /Link annotations for citation URLs. Written as an incremental update (ISO 32000-1 §7.5.6) with
// @cantoo/pdf-lib: the original file's bytes come first, unchanged, and the page content streams with them.
// (pdf-lib itself rewrites the whole file on save and has had no release since 2021; @cantoo/pdf-lib is its
// maintained fork and adds incremental saving.)

import {
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFString,
  type PDFArray,
  type PDFPage,
  type PDFRef,
} from '@cantoo/pdf-lib';
import { word, type ReportLanguage } from '../pdf/labels.ts';
import { claimContents, linkTarget } from '../pdf/pdf-annotations.ts';
import type { ReportClaim } from '../pdf/claims.ts';
import type { PdfMap } from '../import/pdf/pdf-map.ts';
import { boundingRect, claimQuads, type Quad } from './claim-quads.ts';
import { joinList } from '../../../shared/text/list.ts';

export interface AnnotatedOriginal {
  pdf: Uint8Array;
  highlights: number;
  links: number;
}

export async function annotateOriginal(
  original: Uint8Array,
  map: PdfMap,
  claims: readonly ReportClaim[],
  language: ReportLanguage,
  now: Date = new Date(),
): Promise<AnnotatedOriginal> {
  const doc = await PDFDocument.load(original, { forIncrementalUpdate: true, updateMetadata: false });
  const pages = doc.getPages();
  let highlights = 0;
  let links = 0;
  for (const claim of claims) {
    const parts = claimQuads(map, claim.start!, claim.end!).filter((p) => p.page < pages.length);
    parts.forEach(({ page, quads }, i) => {
      const target = pages[page]!;
      attach(target, highlight(doc, target, claim, quads, i + 1, language, now));
      highlights++;
      if (i > 0) return;
      const urls = claim.fields.citations.map((c) => linkTarget(c.url)).filter((u): u is string => u !== undefined);
      urls.forEach((url, k) => {
        attach(target, link(doc, target, claim, shareOf(quads[0]!, k, urls.length), url, k + 1));
        links++;
      });
    });
  }
  // Classic cross-reference section and plain objects: readable by every reader of every PDF version.
  const pdf = await doc.commit({ useObjectStreams: false });
  return { pdf, highlights, links };
}

function attach(page: PDFPage, ref: PDFRef): void {
  const annots = page.node.Annots() as PDFArray | undefined;
  if (annots) annots.push(ref);
  else page.node.set(PDFName.of('Annots'), page.doc.context.obj([ref]));
}

function highlight(
  doc: PDFDocument,
  page: PDFPage,
  claim: ReportClaim,
  quads: Quad[],
  part: number,
  language: ReportLanguage,
  now: Date,
): PDFRef {
  const context = doc.context;
  const rect = boundingRect(quads);
  const color = rgb(claim.color);
  const author =
    claim.creator ??
    (joinList(
      claim.tags.map((t) => t[language]),
      language,
    ) ||
      word('untagged', language));
  const dict = context.obj({
    Type: 'Annot',
    Subtype: 'Highlight',
    Rect: rect,
    QuadPoints: quads.flat(),
    C: color,
    CA: 1,
    F: 4, // print
    P: page.ref,
    Contents: PDFHexString.fromText(claimContents(claim, language)),
    T: PDFHexString.fromText(author),
    NM: PDFHexString.fromText(part === 1 ? claim.id : `${claim.id}#part-${part}`),
    M: PDFString.fromDate(claim.annotation.modified ? new Date(claim.annotation.modified) : now),
    CreationDate: PDFString.fromDate(claim.annotation.created ? new Date(claim.annotation.created) : now),
  });
  dict.set(PDFName.of('AP'), context.obj({ N: appearance(doc, rect, quads, color) }));
  return context.register(dict);
}

/** Acrobat's look: the quads filled in the colour, multiplied over the page (text stays dark and readable). */
function appearance(doc: PDFDocument, rect: number[], quads: Quad[], color: number[]): PDFRef {
  const fill = color.map((c) => c.toFixed(3)).join(' ');
  const paths = quads.map((q) => `${q[4]} ${q[5]} m ${q[6]} ${q[7]} l ${q[2]} ${q[3]} l ${q[0]} ${q[1]} l h f`);
  const content = `/GS0 gs ${fill} rg\n${paths.join('\n')}\n`;
  const stream = doc.context.stream(content, {
    Type: 'XObject',
    Subtype: 'Form',
    BBox: rect,
    Resources: { ExtGState: { GS0: { Type: 'ExtGState', BM: 'Multiply', CA: 1, ca: 1 } } },
  });
  return doc.context.register(stream);
}

function link(doc: PDFDocument, page: PDFPage, claim: ReportClaim, box: Quad, url: string, n: number): PDFRef {
  const context = doc.context;
  return context.register(
    context.obj({
      Type: 'Annot',
      Subtype: 'Link',
      Rect: boundingRect([box]),
      QuadPoints: box,
      Border: [0, 0, 0],
      F: 4,
      P: page.ref,
      NM: PDFHexString.fromText(`${claim.id}#link-${n}`),
      // Hex: pdf-lib writes literal strings unescaped, and a URL may hold parentheses. linkTarget made it ASCII.
      A: { Type: 'Action', S: 'URI', URI: PDFHexString.of(Buffer.from(url, 'latin1').toString('hex')) },
    }),
  );
}

/** With several citation URLs each gets its own slice of the claim's first box, so each can be clicked. */
function shareOf(q: Quad, k: number, n: number): Quad {
  if (n === 1) return q;
  const at = (t: number, a: number, b: number) => a + (b - a) * t;
  const [t0, t1] = [k / n, (k + 1) / n];
  return [
    at(t0, q[0], q[2]),
    at(t0, q[1], q[3]),
    at(t1, q[0], q[2]),
    at(t1, q[1], q[3]),
    at(t0, q[4], q[6]),
    at(t0, q[5], q[7]),
    at(t1, q[4], q[6]),
    at(t1, q[5], q[7]),
  ].map((v) => Math.round(v * 100) / 100) as Quad;
}

function rgb(hex: string): number[] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((c) => Math.round((c / 255) * 1000) / 1000);
}
