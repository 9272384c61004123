// Opening a PDF with pdf.js in Node for import, with everything that could reach outside switched off: no
// network (bytes only, never a URL), no system fonts, no font faces, and pdf.js's own data files (CMaps,
// standard fonts, wasm decoders) read from its package folder on disk. Text needs no canvas: pdf.js loads its
// optional native one for polyfills when installed, and pdf-document.test.ts proves import works without it. Failures become
// WorkbenchErrors that say what is wrong with the file: password-protected, damaged, or not a PDF.

import { join } from 'node:path';
import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { WorkbenchError } from '../../../../shared/errors.ts';
import { pdfjsDataDir } from './pdf-data-dir.ts';

/**
 * pdf.js in Node runs its worker in the same thread ("fake worker"), importing it from a path beside pdf.mjs,
 * which does not exist inside a bundle. Handing it the worker module up front works the same everywhere.
 */
async function loadWorker(): Promise<void> {
  const scope = globalThis as { pdfjsWorker?: unknown };
  scope.pdfjsWorker ??= await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
}

export interface OpenedPdf {
  doc: PDFDocumentProxy;
  /** The file has an /Encrypt dictionary (it opened because the user password is empty). */
  encrypted: boolean;
  /** Frees pdf.js's worker-side state; call once done. */
  close(): Promise<void>;
}

export async function openPdfForImport(fileName: string, bytes: Uint8Array): Promise<OpenedPdf> {
  await loadWorker();
  const dir = pdfjsDataDir();
  const task = getDocument({
    // pdf.js detaches the buffer it is given: pass a copy, the caller keeps the original bytes.
    data: bytes.slice(),
    disableFontFace: true,
    useSystemFonts: false,
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
    enableXfa: false,
    disableAutoFetch: true,
    disableStream: true,
    stopAtErrors: false,
    verbosity: 0,
    cMapUrl: `${join(dir, 'cmaps')}/`,
    cMapPacked: true,
    standardFontDataUrl: `${join(dir, 'standard_fonts')}/`,
    wasmUrl: `${join(dir, 'wasm')}/`,
  });
  // No onPassword handler: pdf.js then rejects at once with a PasswordException instead of waiting for one.
  try {
    const doc = await task.promise;
    const info = (await doc.getMetadata()).info as { EncryptFilterName?: unknown };
    const encrypted = info.EncryptFilterName !== null && info.EncryptFilterName !== undefined;
    return { doc, encrypted, close: () => task.destroy() };
  } catch (error) {
    await task.destroy();
    throw explain(fileName, error);
  }
}

function explain(fileName: string, error: unknown): WorkbenchError {
  const name = (error as { name?: string } | null)?.name;
  const message = error instanceof Error ? error.message : String(error);
  if (name === 'PasswordException') {
    return new WorkbenchError(
      'import-protected',
      `${fileName} is password-protected: open it in a PDF reader, save a copy without the password, and import that`,
      { cause: error },
    );
  }
  return new WorkbenchError('import-damaged', `${fileName} is not a readable PDF (${message})`, { cause: error });
}
