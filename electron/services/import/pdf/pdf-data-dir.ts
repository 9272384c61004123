// Where pdf.js's data folders (cmaps, standard_fonts, wasm) are, in a module of its own so that the main
// process can say so at startup without loading pdf.js itself (it is loaded on the first PDF import).

import { createRequire } from 'node:module';
import { dirname } from 'node:path';

let packagedDataDir: string | null = null;

/**
 * The packaged app has no node_modules: pdf.js's code is bundled into the main process, and its data folders
 * (cmaps, standard_fonts, wasm) are copied beside the app by Forge (forge.config.ts); main points here at them.
 */
export function usePdfjsDataFrom(dir: string): void {
  packagedDataDir = dir;
}

/** Where pdf.js's data folders are: beside the packaged app, or its package folder (tsx, the CLI bundle). */
export function pdfjsDataDir(): string {
  if (packagedDataDir) return packagedDataDir;
  const require = createRequire(import.meta.url);
  return dirname(require.resolve('pdfjs-dist/package.json'));
}
