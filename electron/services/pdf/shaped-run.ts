// What shaping (shaping.ts) makes of a run of text: glyphs with their advances and the characters each stands
// for. Its own module so that the modules shaping uses can name it too.

export interface ShapedGlyph {
  /** fontkit's glyph id (pdfkit maps it into the document's subset when drawing). */
  id: number;
  /** In 1/1000 em, like PDF text space: the advance the font's widths table says, and the real one. */
  advanceWidth: number;
  xAdvance: number;
  xOffset: number;
  yOffset: number;
  /** The source characters of this glyph, in logical order (right-to-left runs are written logically too). */
  text: string;
  /** `text` as code points (what its ToUnicode entry must say), computed once here rather than per use. */
  codePoints: number[];
}

export interface ShapedRun {
  /** Left to right. */
  glyphs: ShapedGlyph[];
  /** Per glyph: the code units [start, end) it stands for; undefined when the shaper's output did not add up. */
  clusters?: [number, number][];
  /** 1/1000 em. */
  width: number;
  /** Per code unit of the piece: left edge at [2i], right edge at [2i+1], 1/1000 em from the run's left. */
  edges: Float32Array;
}
