// Turns an imported file's bytes into the text the workbench stores and annotates, or refuses the file
// with a WorkbenchError that names it and says why (empty, too large, binary, unsupported kind).

import { WorkbenchError } from '../../../shared/errors.ts';
import type { EncodingInfo, SourceFormat } from '../../../shared/workspace/model.ts';
import { binaryFormatOf, binaryReasonOf } from './binary.ts';
import { assertKnownEncoding, decodeBytes } from './decode.ts';
import { extractText, splitFileName } from './extract.ts';
import { assertWithinImportLimit } from './limits.ts';
import { normalizeLineEnds, stripLeadingBom, textDirection } from './text-shape.ts';

export interface PreparedImport {
  text: string;
  format: SourceFormat;
  /** The HTML <title> or Markdown "# " heading, else the file name without its extension. */
  title: string;
  encoding: EncodingInfo;
  direction: 'rtl' | 'ltr';
}

export interface PrepareOptions {
  /** A WHATWG encoding label chosen by the user; skips detection. */
  encoding?: string;
}

/**
 * Checks run in this order: empty, too large, binary, unsupported kind (an unknown `opts.encoding` is
 * refused first, being the caller's mistake whatever the file holds).
 *
 * The stored text is the decoded text with only three changes: CRLF and lone CR become LF, a leading
 * U+FEFF is removed, and it is NFC-normalized. Nothing else (no trimming, no whitespace changes in
 * .txt/.md), because annotations anchor on offsets and quotes that the reader must recognise in the
 * original; HTML is the exception, its text being extracted rather than kept.
 */
export function prepareImport(fileName: string, bytes: Uint8Array, opts?: PrepareOptions): PreparedImport {
  const override = opts?.encoding === undefined ? undefined : assertKnownEncoding(opts.encoding);
  if (bytes.length === 0) throw new WorkbenchError('import-empty', `${fileName} is empty (0 bytes)`);
  assertWithinImportLimit(fileName, bytes.length);
  const format = binaryFormatOf(bytes);
  if (format !== undefined) throw notText(fileName, `it is ${format}`);

  const decoded = namingFile(fileName, () => decodeBytes(bytes, override));
  if (decoded.text.trim() === '') {
    throw new WorkbenchError('import-empty', `${fileName} contains only whitespace`);
  }
  const binaryReason = binaryReasonOf(decoded.text);
  if (binaryReason !== undefined) throw notText(fileName, binaryReason);

  const extracted = extractText(fileName, normalizeLineEnds(stripLeadingBom(decoded.text)));
  const text = extracted.text.normalize('NFC');
  // HTML can be all markup and script; a source with nothing to read is as empty as an empty file.
  if (text.trim() === '') throw new WorkbenchError('import-empty', `${fileName} has no visible text`);
  return {
    text,
    format: extracted.format,
    title: extracted.title?.normalize('NFC') || splitFileName(fileName).stem || fileName,
    encoding: decoded.encoding,
    direction: textDirection(text),
  };
}

function notText(fileName: string, reason: string): WorkbenchError {
  return new WorkbenchError('import-binary', `${fileName} is not a text file: ${reason}`);
}

/** decodeBytes does not know the file name; put it in front of the import errors it throws. */
function namingFile<T>(fileName: string, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof WorkbenchError && error.code.startsWith('import-')) {
      throw new WorkbenchError(error.code, `${fileName}: ${error.message}`, { cause: error });
    }
    throw error;
  }
}
