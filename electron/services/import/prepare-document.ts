// The import door for every kind of file: documents (PDF, Word, OpenDocument, saved web pages) are read by
// their own extractors, asynchronously; text files (txt, html, md) go through prepareImport as before. The
// result says what to store beside the text (a PDF's page map) and what the metadata should carry.

import { WorkbenchError } from '../../../shared/errors.ts';
import type { EncodingInfo } from '../../../shared/workspace/model.ts';
import { splitFileName } from './extract.ts';
import { assertWithinImportLimit } from './limits.ts';
import { docxText } from './office/docx-text.ts';
import { odtText } from './office/odt-text.ts';
import { mhtmlText } from './web/mhtml-text.ts';
import { savedFromUrl } from './web/saved-page.ts';
import { PDF_MAP_FILE } from './pdf/pdf-map.ts';
import { prepareImport, type PreparedImport, type PrepareOptions } from './prepare.ts';
import { textDirection } from './text-shape.ts';

export interface PreparedSource extends PreparedImport {
  /** Files stored beside text.txt in the source folder (name → content). */
  extraFiles: Array<{ name: string; content: string | Uint8Array }>;
  /** Extra metadata fields (page count, encryption). */
  extraMeta: { pageCount?: number; encrypted?: boolean; url?: string; importNotes?: string[] };
}

/** The encoding of a document: fixed by its format, not detected. */
const DOCUMENT_ENCODING: EncodingInfo = { name: 'utf-8', confidence: 1, detectedBy: 'document' };

const DOCUMENT_EXTENSIONS = ['pdf', 'docx', 'docm', 'odt', 'mhtml', 'mht'] as const;

export function isDocumentFile(fileName: string): boolean {
  return (DOCUMENT_EXTENSIONS as readonly string[]).includes(splitFileName(fileName).extension.toLowerCase());
}

export async function prepareSource(
  fileName: string,
  bytes: Uint8Array,
  opts?: PrepareOptions,
): Promise<PreparedSource> {
  if (!isDocumentFile(fileName)) return textFile(fileName, bytes, opts);
  if (bytes.length === 0) throw new WorkbenchError('import-empty', `${fileName} is empty (0 bytes)`);
  assertWithinImportLimit(fileName, bytes.length);
  if (opts?.encoding !== undefined) {
    throw new WorkbenchError(
      'invalid-argument',
      `${fileName} is a document, not a text file: it has no encoding to choose`,
    );
  }
  const extension = splitFileName(fileName).extension.toLowerCase();
  if (extension === 'pdf') return pdfFile(fileName, bytes);
  const read =
    extension === 'odt'
      ? await odtText(fileName, bytes)
      : extension === 'mhtml' || extension === 'mht'
        ? { ...(await mhtmlText(fileName, bytes)), rtl: false }
        : await docxText(fileName, bytes);
  const text = read.text.normalize('NFC');
  if (text.trim() === '') throw new WorkbenchError('import-empty', `${fileName} has no text`);
  const format = extension === 'odt' ? 'odt' : extension === 'docx' || extension === 'docm' ? 'docx' : 'mhtml';
  return {
    text,
    format,
    title: read.title?.normalize('NFC') || splitFileName(fileName).stem || fileName,
    encoding: DOCUMENT_ENCODING,
    direction: 'rtl' in read && read.rtl ? 'rtl' : textDirection(text),
    extraFiles: [],
    extraMeta: {
      ...('url' in read && read.url ? { url: read.url } : {}),
      ...('notes' in read && read.notes.length > 0 ? { importNotes: read.notes } : {}),
    },
  };
}

/** txt, html, md: decoded and extracted by prepareImport; a saved page's address is kept as its URL. */
function textFile(fileName: string, bytes: Uint8Array, opts?: PrepareOptions): PreparedSource {
  const prepared = prepareImport(fileName, bytes, opts);
  const url =
    prepared.format === 'html' ? savedFromUrl(new TextDecoder(prepared.encoding.name).decode(bytes)) : undefined;
  return { ...prepared, extraFiles: [], extraMeta: url ? { url } : {} };
}

async function pdfFile(fileName: string, bytes: Uint8Array): Promise<PreparedSource> {
  // pdf.js is loaded on the first PDF import, not when the app starts (it is ~2.5 MB of code).
  const { importPdf } = await import('./pdf/pdf-import.ts');
  const pdf = await importPdf(fileName, bytes);
  // NFC already, cluster by cluster (pdf-text.ts); normalizing again could move offsets the page map holds.
  const text = pdf.text;
  return {
    text,
    format: 'pdf',
    title: pdf.title ?? (splitFileName(fileName).stem || fileName),
    encoding: DOCUMENT_ENCODING,
    direction: textDirection(text),
    extraFiles: [{ name: PDF_MAP_FILE, content: `${JSON.stringify(pdf.map)}\n` }],
    extraMeta: { pageCount: pdf.pageCount, ...(pdf.encrypted ? { encrypted: true } : {}) },
  };
}
