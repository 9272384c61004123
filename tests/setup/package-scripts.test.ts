// The project's own commands point at files that exist (`npm run security` once named a file that did not), and
// the Node version requirement is stated the same way everywhere a newcomer meets it.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { REPO_ROOT } from '../support/corpus.ts';

const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>;
  engines: { node: string };
  main: string;
  bin: Record<string, string>;
};

test('every file an npm script or the bin names exists', () => {
  const named = Object.values(pkg.scripts).flatMap(
    (command) => command.match(/(?:\.\/)?(?:scripts|tests|electron)\/[\w./-]+/g) ?? [],
  );
  named.push(...Object.values(pkg.bin));
  assert.ok(named.length >= 5, `found ${named.join(', ')}`);
  for (const file of named) assert.ok(existsSync(join(REPO_ROOT, file)), `${file} (package.json) exists`);
});

test('Node ≥ 22.13 is required by engines, enforced by .npmrc, named by .nvmrc and the README', () => {
  assert.equal(pkg.engines.node, '>=22.13.0');
  assert.match(readFileSync(join(REPO_ROOT, '.npmrc'), 'utf8'), /^engine-strict=true$/m);
  assert.equal(readFileSync(join(REPO_ROOT, '.nvmrc'), 'utf8').trim(), '22');
  assert.match(readFileSync(join(REPO_ROOT, 'README.md'), 'utf8'), /Needs Node\.js ≥ 22\.13/);
});
