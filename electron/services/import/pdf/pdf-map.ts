// The stored map from a PDF source's text back to its pages (sources/<id>/pdf-map.json): where each page
// starts in the text, and for every line of text its page, baseline frame and the x-range of each UTF-16 code
// unit. Highlights on the original PDF (export-original.ts) are built from it, so it is written once at import
// and never recomputed from a newer pdf.js that might read the page differently.

import { z } from 'zod';

export const PDF_MAP_SCHEMA_VERSION = 1;
export const PDF_MAP_FILE = 'pdf-map.json';

const PdfMapLineSchema = z.object({
  /** Code-unit offsets of the line in text.txt. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** 0-based page index. */
  page: z.number().int().nonnegative(),
  /** Quarter turns of the baseline (see pdf-glyphs.ts); coordinates are in that turned frame. */
  turn: z.number().int().min(0).max(3),
  /** The line box across the baseline. */
  y0: z.number(),
  y1: z.number(),
  /** x0, x1 of each code unit of the line, in order. */
  x: z.array(z.number()),
});
export type PdfMapLine = z.infer<typeof PdfMapLineSchema>;

export const PdfMapSchema = z.object({
  schemaVersion: z.number().int().positive(),
  direction: z.enum(['rtl', 'ltr']),
  /** Per page: where it starts in the text and its box in user space [x0, y0, x1, y1]. */
  pages: z.array(z.object({ start: z.number().int().nonnegative(), view: z.array(z.number()).length(4) })),
  lines: z.array(PdfMapLineSchema),
  /** Running headers, footers and page numbers: [start, end) in the text. */
  furniture: z.array(z.tuple([z.number().int(), z.number().int()])),
});
export type PdfMap = z.infer<typeof PdfMapSchema>;
