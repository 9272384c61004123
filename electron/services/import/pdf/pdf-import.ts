// A PDF file → the text the workbench stores (logical order, presentation forms folded, page furniture kept
// but marked) and the map from that text back to glyph boxes on the pages. Refuses, with a reason a researcher
// can act on: password-protected files, damaged files, files over the page limit, and scanned pages with no
// text layer (recognising text in images, OCR, is not something the workbench does).

import { WorkbenchError } from '../../../../shared/errors.ts';
import { openPdfForImport } from './pdf-document.ts';
import { pageGlyphs } from './pdf-glyphs.ts';
import { visualLines } from './pdf-lines.ts';
import type { PdfMap } from './pdf-map.ts';
import { layoutPdfText, type PageInput } from './pdf-text.ts';

/** Pages read at most: a 1,000-page PDF is a book or a dump, and reading it would hold the app for minutes. */
export const MAX_PDF_PAGES = 1000;

export interface PdfImport {
  text: string;
  map: PdfMap;
  /** The document's own title (its Info dictionary), when it has a meaningful one. */
  title?: string;
  pageCount: number;
  /** Opened without a password, but encrypted (permissions): its original cannot be annotated. */
  encrypted: boolean;
}

export async function importPdf(fileName: string, bytes: Uint8Array): Promise<PdfImport> {
  const { doc, encrypted, close } = await openPdfForImport(fileName, bytes);
  try {
    if (doc.numPages > MAX_PDF_PAGES) {
      throw new WorkbenchError(
        'import-over-limit',
        `${fileName} has ${doc.numPages} pages; at most ${MAX_PDF_PAGES} pages can be imported (split it first)`,
      );
    }
    const pages: PageInput[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      pages.push({ view: [...page.view], lines: visualLines(await pageGlyphs(page)) });
      page.cleanup();
    }
    const { text, map } = layoutPdfText(pages);
    if (text.trim() === '') {
      throw new WorkbenchError(
        'import-no-text',
        `${fileName} has no text layer (${doc.numPages === 1 ? 'its page is' : `its ${doc.numPages} pages are`} ` +
          'images, as in a scan); the workbench does not recognise text in images (OCR): run OCR on it first',
      );
    }
    const info = (await doc.getMetadata()).info as { Title?: unknown };
    const title = meaningfulTitle(info.Title);
    return { text, map, pageCount: doc.numPages, encrypted, ...(title ? { title } : {}) };
  } finally {
    await close();
  }
}

/** Producers fill /Title with file names and placeholders; those are no better than the file name. */
function meaningfulTitle(title: unknown): string | undefined {
  if (typeof title !== 'string') return undefined;
  const trimmed = title.trim();
  if (trimmed === '' || /^(untitled|microsoft word - |document\d*$)/i.test(trimmed)) return undefined;
  if (/\.(docx?|odt|pdf|html?|txt)$/i.test(trimmed)) return undefined;
  return trimmed;
}
