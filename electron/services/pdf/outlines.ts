// Note markers are drawn as glyph OUTLINES, not text: they are the report's, not the source's, and as text a
// raised "3" splits the line for pdf.js ("… 2011" ends up after the rest of the line) and glues to the word
// before it in every extractor ("20113"). The claim's number is in its annotation and in the claims table.

import type PDFDocument from 'pdfkit';
import type { ChainFont } from './fonts.ts';
import type { ShapedGlyph } from './shaping.ts';

const svgPaths = new WeakMap<ChainFont, Map<number, string>>();

export function drawOutlines(
  doc: PDFDocument,
  font: ChainFont,
  glyphs: readonly ShapedGlyph[],
  x: number,
  baseline: number,
  size: number,
): void {
  let cache = svgPaths.get(font);
  if (!cache) svgPaths.set(font, (cache = new Map()));
  const scale = size / font.font.unitsPerEm;
  let pen = x;
  for (const glyph of glyphs) {
    let path = cache.get(glyph.id);
    if (path === undefined) cache.set(glyph.id, (path = font.font.getGlyph(glyph.id).path.toSVG()));
    if (path !== '') {
      doc.save();
      // Font units have y up; pdfkit's page space has y down.
      doc.translate(pen + (glyph.xOffset * size) / 1000, baseline - (glyph.yOffset * size) / 1000).scale(scale, -scale);
      doc.path(path).fill();
      doc.restore();
    }
    pen += (glyph.xAdvance * size) / 1000;
  }
}
