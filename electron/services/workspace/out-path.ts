// Where an export may be written: never over the workspace's own data. Anything inside the workspace folder is
// refused except its exports/ folder, which the workbench itself never reads or writes (so a report kept beside
// the data, and synced with it, cannot overwrite workspace.json, a source or a claim file). Symbolic links
// are followed on both sides, so a link into the workspace is refused too.

import { realpath } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep, isAbsolute } from 'node:path';
import { WorkbenchError } from '../../../shared/errors.ts';
import { EXPORTS_DIR } from './layout.ts';

/** Throws invalid-argument naming `out` when it lies inside the workspace at `root` (outside exports/). */
export async function refuseOutInsideWorkspace(root: string, out: string): Promise<void> {
  const realRoot = await realOrSelf(resolve(root));
  const realOut = await realOfDeepestExisting(resolve(out));
  const inside = relative(realRoot, realOut);
  if (inside.startsWith('..') || isAbsolute(inside)) return;
  const [first, ...rest] = inside.split(sep);
  if (first === EXPORTS_DIR && rest.length > 0) return;
  throw new WorkbenchError(
    'invalid-argument',
    `refusing to write ${out}: it is inside the workspace ${root}, whose files (workspace.json, sources/, ` +
      `annotations/, review/) only the workbench writes. Choose a path outside it, or in its ${EXPORTS_DIR}/ folder.`,
  );
}

async function realOrSelf(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    return path;
  }
}

/** The real path of `path`'s deepest existing ancestor, with the rest of `path` appended. */
async function realOfDeepestExisting(path: string): Promise<string> {
  const missing: string[] = [];
  let current = path;
  for (;;) {
    try {
      return join(await realpath(current), ...missing.reverse());
    } catch {
      const parent = dirname(current);
      if (parent === current) return path;
      missing.push(current.slice(parent.length).replace(/^[\\/]+/, ''));
      current = parent;
    }
  }
}
