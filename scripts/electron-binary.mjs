// Where the Electron binary is, found the way Playwright needs it, without require('electron')
// (which would try to download it). Used by `npm start` and the Electron end-to-end tests.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** @returns {string | null} */
export function findElectronBinary(env = process.env) {
  if (env.ELECTRON_EXECUTABLE) return existsSync(env.ELECTRON_EXECUTABLE) ? env.ELECTRON_EXECUTABLE : null;
  const pkg = join(root, 'node_modules', 'electron');
  const pathFile = join(pkg, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(pkg, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}
