// Where each glyph of a PDF page is and which characters it stands for. pdf.js's text content gives runs of
// text with one box each, too coarse to put a highlight on three words of a run; its operator list gives the
// glyphs with their widths and the text-state operators, so this file follows PDF's text state (ISO 32000-1
// §9.3–9.4: Tm, Td, TL, Tc, Tw, Tz, Ts, the CTM and form XObjects) the way pdf.js's own canvas code does, and
// yields one box per glyph in the page's default user space (the space /QuadPoints use).

import { AnnotationMode, OPS, type PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { toFrame } from './pdf-frame.ts';

export interface Glyph {
  /** The characters the glyph stands for (ToUnicode), as the file says: may be presentation forms or several. */
  text: string;
  /**
   * Quarter turns of the baseline (0 upright, 1 bottom-to-top, 2 upside down, 3 top-to-bottom). Coordinates
   * below are in that turned frame (see toFrame/fromFrame), so every line is read as if it were upright.
   */
  turn: number;
  /** Advance box along the baseline, x0 < x1. */
  x0: number;
  x1: number;
  /** Baseline position across the line, and the font size. */
  y: number;
  size: number;
  /** Position in the page's content stream order (marks are drawn next to the letter they belong to). */
  seq?: number;
}

type Matrix = [number, number, number, number, number, number];

const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[2] * n[1],
    m[1] * n[0] + m[3] * n[1],
    m[0] * n[2] + m[2] * n[3],
    m[1] * n[2] + m[3] * n[3],
    m[0] * n[4] + m[2] * n[5] + m[4],
    m[1] * n[4] + m[3] * n[5] + m[5],
  ];
}

/** pdf.js hands matrices over as arrays or as typed arrays (Float32Array), depending on the operator. */
function isMatrix(value: unknown): value is ArrayLike<number> {
  return Array.isArray(value) || ArrayBuffer.isView(value);
}

function toMatrix(value: unknown): Matrix {
  const m = Array.from(value as ArrayLike<number>);
  return [m[0] ?? 1, m[1] ?? 0, m[2] ?? 0, m[3] ?? 1, m[4] ?? 0, m[5] ?? 0];
}

function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

interface TextState {
  ctm: Matrix;
  charSpacing: number;
  wordSpacing: number;
  hScale: number;
  leading: number;
  rise: number;
  fontSize: number;
  fontMatrix: number[];
  fontDirection: number;
  vertical: boolean;
}

interface PdfjsGlyph {
  unicode: string;
  width: number;
  isSpace: boolean;
  vmetric?: number[];
}

interface PdfjsFont {
  fontMatrix?: number[];
  vertical?: boolean;
}

/** The page's glyphs in content order. Annotations' appearances are left out (they are not the page's text). */
export async function pageGlyphs(page: PDFPageProxy): Promise<Glyph[]> {
  const { fnArray, argsArray } = await page.getOperatorList({ annotationMode: AnnotationMode.DISABLE });
  const glyphs: Glyph[] = [];
  const stack: TextState[] = [];
  let gs: TextState = {
    ctm: IDENTITY,
    charSpacing: 0,
    wordSpacing: 0,
    hScale: 1,
    leading: 0,
    rise: 0,
    fontSize: 0,
    fontMatrix: [0.001, 0, 0, 0.001, 0, 0],
    fontDirection: 1,
    vertical: false,
  };
  let textMatrix: Matrix = IDENTITY;
  let lineMatrix: Matrix = IDENTITY;
  const moveText = (x: number, y: number) => {
    lineMatrix = multiply(lineMatrix, [1, 0, 0, 1, x, y]);
    textMatrix = lineMatrix;
  };
  for (let i = 0; i < fnArray.length; i++) {
    const args = argsArray[i] as unknown[];
    switch (fnArray[i]) {
      case OPS.save:
      case OPS.paintFormXObjectBegin:
        stack.push(gs);
        gs = { ...gs };
        if (fnArray[i] === OPS.paintFormXObjectBegin && isMatrix(args[0])) gs.ctm = multiply(gs.ctm, toMatrix(args[0]));
        break;
      case OPS.restore:
      case OPS.paintFormXObjectEnd:
        gs = stack.pop() ?? gs;
        break;
      case OPS.transform:
        gs.ctm = multiply(gs.ctm, toMatrix(args));
        break;
      case OPS.beginText:
        textMatrix = lineMatrix = IDENTITY;
        break;
      case OPS.setCharSpacing:
        gs.charSpacing = args[0] as number;
        break;
      case OPS.setWordSpacing:
        gs.wordSpacing = args[0] as number;
        break;
      case OPS.setHScale:
        gs.hScale = (args[0] as number) / 100;
        break;
      case OPS.setLeading:
        gs.leading = -(args[0] as number);
        break;
      case OPS.setTextRise:
        gs.rise = args[0] as number;
        break;
      case OPS.setFont: {
        const font = page.commonObjs.has(args[0] as string)
          ? (page.commonObjs.get(args[0] as string) as PdfjsFont)
          : undefined;
        const size = args[1] as number;
        gs.fontMatrix = font?.fontMatrix ?? [0.001, 0, 0, 0.001, 0, 0];
        gs.vertical = font?.vertical === true;
        gs.fontDirection = size < 0 ? -1 : 1;
        gs.fontSize = Math.abs(size);
        break;
      }
      case OPS.moveText:
        moveText(args[0] as number, args[1] as number);
        break;
      case OPS.setLeadingMoveText:
        gs.leading = args[1] as number;
        moveText(args[0] as number, args[1] as number);
        break;
      case OPS.setTextMatrix:
        textMatrix = lineMatrix = toMatrix(isMatrix(args[0]) ? args[0] : args);
        break;
      case OPS.nextLine:
        moveText(0, gs.leading);
        break;
      case OPS.showText:
        textMatrix = showText(args[0] as Array<PdfjsGlyph | number>, gs, textMatrix, glyphs);
        break;
    }
  }
  return glyphs;
}

/** Places the glyphs of one text-showing operator; returns the text matrix after them. */
function showText(items: Array<PdfjsGlyph | number>, gs: TextState, tm: Matrix, out: Glyph[]): Matrix {
  const size = gs.fontSize;
  if (size === 0 || gs.vertical) return tm; // vertical writing is not Arabic or Latin text; skipped
  const scale = size * (gs.fontMatrix[0] ?? 0.001);
  const h = gs.hScale * gs.fontDirection;
  // Text space → user space: [size·h, 0, 0, size, 0, rise] × Tm × CTM, applied to glyph-space advances.
  const toUser = multiply(gs.ctm, multiply(tm, [1, 0, 0, 1, 0, gs.rise]));
  let x = 0;
  for (const item of items) {
    if (typeof item === 'number') {
      x -= (item * size) / 1000;
      continue;
    }
    const advance = item.width * scale + ((item.isSpace ? gs.wordSpacing : 0) + gs.charSpacing) * gs.fontDirection;
    const [ax, ay] = apply(toUser, x * h, 0);
    const [bx, by] = apply(toUser, (x + item.width * scale) * h, 0);
    const [ux, uy] = apply(toUser, x * h, size);
    const fontHeight = Math.hypot(ux - ax, uy - ay);
    if (item.unicode) {
      // Snap the baseline's direction to a quarter turn; text at other angles is read in the nearest one.
      const turn = ((Math.round(Math.atan2(by - ay, bx - ax) / (Math.PI / 2)) % 4) + 4) % 4;
      const [a, v] = toFrame(turn, ax, ay);
      const [b] = toFrame(turn, bx, by);
      const glyph = { text: item.unicode, turn, x0: Math.min(a, b), x1: Math.max(a, b), y: v, size: fontHeight };
      out.push({ ...glyph, seq: out.length });
    }
    x += advance;
  }
  return multiply(tm, [1, 0, 0, 1, x * h, 0]);
}
