// The import size limit and the one wording of its error, shared by reading a file and preparing bytes,
// so every door (IPC, HTTP, CLI) reports an oversized file the same way.

import { MAX_IMPORT_BYTES } from '../../../shared/api/contract.ts';
import { WorkbenchError } from '../../../shared/errors.ts';

const BYTES_PER_MB = 1024 * 1024;

/** Throws 'import-too-large' when `byteLength` exceeds MAX_IMPORT_BYTES. */
export function assertWithinImportLimit(fileName: string, byteLength: number): void {
  if (byteLength <= MAX_IMPORT_BYTES) return;
  throw new WorkbenchError(
    'import-too-large',
    `${fileName} is ${formatMb(byteLength)} MB (${byteLength.toLocaleString('en-US')} bytes), ` +
      `over the ${formatMb(MAX_IMPORT_BYTES)} MB import limit`,
  );
}

/** Rounds up to 0.01 MB, so a file one byte over the limit never reads as exactly the limit. */
function formatMb(byteLength: number): string {
  return String(Math.ceil((byteLength / BYTES_PER_MB) * 100) / 100);
}
