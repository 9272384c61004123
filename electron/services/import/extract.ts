// Picks the source format from the file name and turns decoded file content into the text to annotate:
// HTML becomes its visible text, Markdown and plain text stay as they are.

import { WorkbenchError } from '../../../shared/errors.ts';
import type { SourceFormat } from '../../../shared/workspace/model.ts';
import { htmlToText } from './html-text.ts';

export interface ExtractedText {
  text: string;
  format: SourceFormat;
  /** From <title> or the first "# " heading; undefined when the content has none (plain text never has). */
  title?: string;
}

const FORMAT_BY_EXTENSION: Readonly<Record<string, SourceFormat>> = {
  txt: 'txt',
  html: 'html',
  htm: 'html',
  md: 'md',
  markdown: 'md',
};

/** Text kinds, then the documents prepare-document.ts reads (named here so the refusal lists every kind). */
const ALLOWED = [...Object.keys(FORMAT_BY_EXTENSION), 'pdf', 'docx', 'docm', 'odt', 'mhtml', 'mht']
  .map((ext) => `.${ext}`)
  .join(', ');

export function extractText(fileName: string, decoded: string): ExtractedText {
  const format = formatOf(fileName);
  if (format === 'html') return { format, ...htmlToText(decoded) };
  if (format === 'md') return withTitle({ text: decoded, format }, markdownTitle(decoded));
  return { text: decoded, format };
}

/** The format for `fileName`'s extension (any case); 'import-unsupported' naming the allowed kinds otherwise. */
function formatOf(fileName: string): SourceFormat {
  const extension = splitFileName(fileName).extension.toLowerCase();
  const format = FORMAT_BY_EXTENSION[extension];
  if (format !== undefined) return format;
  throw new WorkbenchError(
    'import-unsupported',
    `${fileName} is not a kind of file that can be imported; allowed: ${ALLOWED}`,
  );
}

/** Base name and extension; handles / and \ so a Windows path from a door works on any platform. */
export function splitFileName(fileName: string): { stem: string; extension: string } {
  const base = fileName.slice(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  // A leading dot (".txt") names a hidden file, not an extension.
  if (dot <= 0) return { stem: base, extension: '' };
  return { stem: base.slice(0, dot), extension: base.slice(dot + 1) };
}

const ATX_H1 = /^ {0,3}#[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
const FENCE = /^ {0,3}(```|~~~)/;

/** The first level-1 "# " heading outside fenced code (a "# comment" in a shell block is not a title). */
function markdownTitle(markdown: string): string | undefined {
  let inFence = false;
  for (const line of markdown.split('\n')) {
    if (FENCE.test(line)) inFence = !inFence;
    if (inFence) continue;
    const title = ATX_H1.exec(line.replace(/\r$/, ''))?.[1]?.trim();
    if (title) return title;
  }
  return undefined;
}

function withTitle(extracted: ExtractedText, title: string | undefined): ExtractedText {
  return title === undefined ? extracted : { ...extracted, title };
}
