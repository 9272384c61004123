// The import service's public face: read a file, decode it, extract its text, prepare it for storage.
// Everything here runs in Node without Electron, so the CLI and tests use it directly.

export { decodeBytes, type DecodedText } from './decode.ts';
export { extractText, type ExtractedText } from './extract.ts';
export { prepareImport, type PreparedImport, type PrepareOptions } from './prepare.ts';
export { readImportFile, type ImportFile } from './read-file.ts';
export { isDocumentFile, prepareSource, type PreparedSource } from './prepare-document.ts';
