// Word (.docx, and .docm, whose macros are never run: mammoth reads only the document parts, and the macro
// project is not even unpacked) → text: mammoth turns the document into HTML with paragraphs, headings, lists,
// tables in reading order and footnotes and endnotes at the end, and html-text.ts makes that the stored text,
// as for an imported web page. Right-to-left paragraphs (w:bidi) decide the source's direction.

import mammoth from 'mammoth';
import { WorkbenchError } from '../../../../shared/errors.ts';
import { htmlToText } from '../html-text.ts';
import { readZip, rezip } from './zip-reader.ts';

export interface OfficeText {
  text: string;
  title?: string;
  /** Most paragraphs are marked right-to-left (Word's w:bidi, OpenDocument's writing-mode). */
  rtl: boolean;
  /** What was left out on purpose, as codes (SourceMeta.importNotes): 'macros-not-run'. */
  notes: string[];
}

/** Parts mammoth reads; media are not needed for text, macro projects never are. */
function neededPart(name: string): boolean {
  if (/vbaProject\.bin$|vbaData\.xml$|\/activeX\//i.test(name)) return false;
  return /\.(xml|rels)$/i.test(name);
}

export async function docxText(fileName: string, bytes: Uint8Array): Promise<OfficeText> {
  const entries = readZip(fileName, bytes, neededPart);
  if (!entries['word/document.xml']) {
    throw new WorkbenchError('import-damaged', `${fileName} is not a Word document (it has no word/document.xml)`);
  }
  const hadMacros = hasMacros(bytes);
  const result = await mammoth.convertToHtml(
    { buffer: Buffer.from(rezip(entries)) },
    {
      externalFileAccess: false,
      // No image data in the HTML: the text is what is stored.
      convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
    },
  );
  const { text } = htmlToText(result.value);
  const title = coreTitle(entries['docProps/core.xml']);
  const documentXml = new TextDecoder().decode(entries['word/document.xml']);
  const paragraphs = (documentXml.match(/<w:p[\s>]/g) ?? []).length;
  const bidi = (documentXml.match(/<w:bidi(?:\s+w:val="(?:1|true|on)")?\s*\/>/g) ?? []).length;
  return {
    text,
    ...(title ? { title } : {}),
    rtl: paragraphs > 0 && bidi * 2 > paragraphs,
    notes: hadMacros ? ['macros-not-run'] : [],
  };
}

/** The document's title property (docProps/core.xml), when set. */
function coreTitle(core: Uint8Array | undefined): string | undefined {
  if (!core) return undefined;
  const match = /<dc:title>([^<]*)<\/dc:title>/.exec(new TextDecoder().decode(core));
  const title = match?.[1]
    ?.replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .trim();
  return title || undefined;
}

/** The central directory names a macro project (without unpacking anything). */
function hasMacros(bytes: Uint8Array): boolean {
  return Buffer.from(bytes).includes('vbaProject.bin');
}
