// Finds the installed app's folder (the one with our package.json) from wherever the running code is:
// the TypeScript sources under tsx, or the bundle under .vite/.

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE_NAME = 'claim-workbench';

function packageRoot(from: string = fileURLToPath(import.meta.url)): string {
  let dir = dirname(from);
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).name === PACKAGE_NAME) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`cannot find the ${PACKAGE_NAME} folder above ${from}`);
    dir = parent;
  }
}

/** Where `npm run build` (and Forge) put the renderer. */
export function rendererBuildDir(root: string = packageRoot()): string {
  return join(root, '.vite', 'renderer', 'main_window');
}
