// Reading the ZIP container of .docx and .odt files without trusting it: a "zip bomb" declares (or holds)
// gigabytes in a few kilobytes. fflate reads the central directory; every entry's declared size is checked
// against the limits BEFORE anything is inflated, and fflate inflates into a buffer of exactly the declared
// size (more data is cut off, never allocated), so memory stays within the limits whatever the file says.

import { unzipSync, zipSync } from 'fflate';
import { WorkbenchError } from '../../../../shared/errors.ts';

export interface ZipLimits {
  /** Most bytes all kept entries may unpack to. */
  totalBytes: number;
  /** Most bytes one entry may unpack to. */
  entryBytes: number;
  /** Most entries in the archive. */
  entries: number;
}

/** 20 MB files (the import limit) of text and markup unpack to well under this; a bomb does not. */
const OFFICE_LIMITS: ZipLimits = {
  totalBytes: 200 * 1024 * 1024,
  entryBytes: 100 * 1024 * 1024,
  entries: 10_000,
};

const MB = 1024 * 1024;

/**
 * The archive's entries that `keep` accepts, inflated. Throws import-over-limit when the archive would unpack
 * beyond the limits, import-damaged when it is not a readable ZIP.
 */
export function readZip(
  fileName: string,
  bytes: Uint8Array,
  keep: (name: string) => boolean,
  limits: ZipLimits = OFFICE_LIMITS,
): Record<string, Uint8Array> {
  let total = 0;
  let count = 0;
  try {
    return unzipSync(bytes, {
      filter: (file) => {
        count++;
        if (count > limits.entries) throw overLimit(fileName, `it has more than ${limits.entries} entries`);
        if (!keep(file.name)) return false;
        if (file.originalSize > limits.entryBytes) {
          throw overLimit(
            fileName,
            `${file.name} would unpack to ${mb(file.originalSize)} MB (at most ${mb(limits.entryBytes)} MB)`,
          );
        }
        total += file.originalSize;
        if (total > limits.totalBytes) {
          throw overLimit(fileName, `its contents would unpack to more than ${mb(limits.totalBytes)} MB`);
        }
        return true;
      },
    });
  } catch (error) {
    if (error instanceof WorkbenchError) throw error;
    throw new WorkbenchError(
      'import-damaged',
      `${fileName} is not a readable ${kindOf(fileName)} file (${(error as Error).message})`,
      {
        cause: error,
      },
    );
  }
}

/** The entries again as a stored (uncompressed) ZIP, for a library that wants a whole archive (mammoth). */
export function rezip(entries: Record<string, Uint8Array>): Uint8Array {
  return zipSync(entries, { level: 0 });
}

function overLimit(fileName: string, reason: string): WorkbenchError {
  return new WorkbenchError(
    'import-over-limit',
    `${fileName} was not unpacked: ${reason} (a damaged file or a "zip bomb")`,
  );
}

function mb(bytes: number): string {
  return String(Math.round((bytes / MB) * 10) / 10);
}

function kindOf(fileName: string): string {
  return /\.od[a-z]$/i.test(fileName) ? 'OpenDocument' : 'Word';
}
