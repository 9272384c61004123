// Where things are for the end-to-end tests, and how a missing prerequisite is treated: a skip with its
// reason on a developer's machine, a failure naming what is missing when CI=true.

import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..', '..');

const isCI = process.env.CI === 'true';

/**
 * The `skip` option for a test that needs the given prerequisites (each `undefined` when present, else
 * what is missing). Under CI=true nothing is skipped: the test runs and fails on `requirePresent`.
 */
export function skipUnlessCI(...missing: Array<string | undefined>): string | false {
  const reasons = missing.filter((m): m is string => m !== undefined);
  if (reasons.length === 0 || isCI) return false;
  return reasons.join('; ');
}

/** Throws the clear reason when a prerequisite is missing (reached only under CI=true, or by mistake). */
export function requirePresent(missing: string | undefined): void {
  if (missing !== undefined) {
    throw new Error(`${missing}${isCI ? ' (CI=true: this is required, so the test fails instead of skipping)' : ''}`);
  }
}

export const corpusDir = resolve(repoRoot, '..', 'shared', 'corpus');

/** Why the named corpus files cannot be used, or undefined when they are all there. */
export function corpusMissing(...names: string[]): string | undefined {
  if (!existsSync(corpusDir)) return `the Arabic corpus is missing: no folder ${corpusDir}`;
  const absent = names.filter((name) => !existsSync(join(corpusDir, name)));
  return absent.length ? `the Arabic corpus in ${corpusDir} lacks ${absent.join(', ')}` : undefined;
}

/** The path of a corpus file, failing clearly when it is not there. */
export function corpusFile(name: string): string {
  requirePresent(corpusMissing(name));
  return join(corpusDir, name);
}

const tempDirs = new Set<string>();

/** A fresh folder under the system temp dir, removed by `removeTempDirs` (call it in an `after` hook). */
export async function makeTempDir(label: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), `workbench-e2e-${label}-`));
  tempDirs.add(dir);
  return dir;
}

export async function removeTempDirs(): Promise<void> {
  const dirs = [...tempDirs];
  tempDirs.clear();
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
}
