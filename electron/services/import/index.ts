// The import service's public face: read a file, decode it, extract its text, prepare it for storage.
// Everything here runs in Node without Electron, so the CLI and tests use it directly.

export { prepareImport } from './prepare.ts';
export { readImportFile } from './read-file.ts';
export { isDocumentFile, prepareSource } from './prepare-document.ts';
