// Import cycles fail `npm test` (its dependency-cruiser step, the same config): two modules that import each
// other — by a type-only import too — are reported, and the tree as it is has none.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { REPO_ROOT } from '../support/corpus.ts';
import { tempDir } from '../support/temp.ts';

const CRUISE = join(REPO_ROOT, 'node_modules/dependency-cruiser/bin/dependency-cruiser.mjs');

function cruise(...paths: string[]): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, [CRUISE, ...paths, '--config', '.dependency-cruiser.cjs'], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
  });
  return { status: result.status, output: result.stdout + result.stderr };
}

test('two modules importing each other, one of them for a type only, are a cycle', async () => {
  const dir = await tempDir('wb-cycle-');
  await mkdir(join(dir, 'probe'), { recursive: true });
  await writeFile(
    join(dir, 'probe', 'a.ts'),
    "import { b } from './b.ts';\nexport interface A { n: number }\nexport const a = b;\n",
  );
  await writeFile(join(dir, 'probe', 'b.ts'), "import type { A } from './a.ts';\nexport const b: A = { n: 1 };\n");
  const { status, output } = cruise(relative(REPO_ROOT, join(dir, 'probe')));
  assert.notEqual(status, 0, output);
  assert.match(output, /no-circular/);
});

test('the project has no import cycle', () => {
  const { status, output } = cruise('shared', 'electron', 'renderer/src');
  assert.equal(status, 0, output);
});
