// Note markers are drawn as glyph OUTLINES, not text: they are the report's, not the source's, and as text a
// raised "3" splits the line for pdf.js ("… 2011" ends up after the rest of the line) and glues to the word
// before it in every extractor ("20113"). The claim's number is in its annotation and in the claims table.

import type PDFDocument from 'pdfkit';
import type { ChainFont } from './fonts.ts';
import { addRawContent, pdfNumber as num } from './pdfkit-private.ts';
import type { ShapedGlyph } from './shaped-run.ts';

interface PathCommand {
  command: string;
  args: number[];
}

/** Per font and glyph: its outline as PDF path operators in font units (empty for a blank glyph). */
const outlineOps = new WeakMap<ChainFont, Map<number, string>>();

/**
 * Writes each glyph as `q … cm <path> f Q` in ONE content write per marker. pdfkit's doc.path() parses an SVG
 * string and writes every operator as a buffer of its own: with 10,000 markers that was ~2 s and much garbage.
 * The operators are the ones doc.path(glyph.path.toSVG()) wrote (same rounding, a quadratic as pdfkit's `v`).
 */
export function drawOutlines(
  doc: PDFDocument,
  font: ChainFont,
  glyphs: readonly ShapedGlyph[],
  x: number,
  baseline: number,
  size: number,
): void {
  let cache = outlineOps.get(font);
  if (!cache) outlineOps.set(font, (cache = new Map()));
  const scale = num(size / font.font.unitsPerEm);
  const ops: string[] = [];
  let pen = x;
  for (const glyph of glyphs) {
    let path = cache.get(glyph.id);
    if (path === undefined) cache.set(glyph.id, (path = pathOps(font.font.getGlyph(glyph.id).path.commands)));
    if (path !== '') {
      // Font units have y up; pdfkit's page space has y down.
      const tx = num(pen + (glyph.xOffset * size) / 1000);
      const ty = num(baseline - (glyph.yOffset * size) / 1000);
      ops.push(`q\n1 0 0 1 ${tx} ${ty} cm\n${scale} 0 0 -${scale} 0 0 cm\n${path}\nf\nQ`);
    }
    pen += (glyph.xAdvance * size) / 1000;
  }
  if (ops.length > 0) addRawContent(doc, ops.join('\n'));
}

const OPERATOR: Record<string, string> = { moveTo: 'm', lineTo: 'l', quadraticCurveTo: 'v', bezierCurveTo: 'c' };

function pathOps(commands: readonly PathCommand[]): string {
  const ops: string[] = [];
  for (const { command, args } of commands) {
    if (command === 'closePath') ops.push('h');
    else ops.push(`${args.map((a) => num(Math.round(a * 100) / 100)).join(' ')} ${OPERATOR[command]}`);
  }
  return ops.join('\n');
}
