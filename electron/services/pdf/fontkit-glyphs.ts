// fontkit (2.0.4) keeps one Glyph object per glyph id and font, made with the code points of the FIRST text that
// used it (Font#getGlyph caches by id only). Glyphs shared by several characters — a joining form or base
// shape two letters have in common, a ligature — then carry another text's code points in every later layout:
// the Arabic shaper picks joining from them and our text layer maps from them. The app exports many texts in one
// long-lived process, so a report's text layer depended on what was exported before it (corpus 003 after 000:
// "ملا ظة" for "ملاحظة" in pdftotext). No fontkit option turns the cache off; this wrapper hands out, for
// other code points, an object that inherits the cached glyph (its parsed outline and metrics) but says its own.
import type * as fontkit from 'fontkit';

type GetGlyph = (id: number, codePoints?: number[]) => fontkit.Glyph;

/** Makes `font.getGlyph` answer with the code points asked for (see the header). Call once per font object. */
export function withOwnCodePoints(font: fontkit.Font): fontkit.Font {
  const target = font as unknown as { getGlyph: GetGlyph };
  const cached = target.getGlyph.bind(font);
  target.getGlyph = (id, codePoints = []) => {
    const glyph = cached(id, codePoints);
    if (sameCodePoints(glyph.codePoints, codePoints)) return glyph;
    return Object.create(glyph, { codePoints: { value: codePoints, enumerable: true } }) as fontkit.Glyph;
  };
  return font;
}

function sameCodePoints(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((c, i) => c === b[i]);
}
