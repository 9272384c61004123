// Builds the app with Forge and packages and makes it (zip and deb) against the stand-in Electron distribution:
// `npm test` runs this as a step, and the packaging tests run it when its output is missing. Output: out/standin/.

import { spawnSync } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../../support/corpus.ts';
import { buildStandinElectronZip } from './standin-dist.ts';

export const STANDIN_OUT = join(REPO_ROOT, 'out', 'standin');
export const PACKAGED_DIR = join(STANDIN_OUT, 'Claim Workbench-linux-x64');
export const MAKE_DIR = join(STANDIN_OUT, 'make');
const FORGE_CLI = join(REPO_ROOT, 'node_modules', '@electron-forge', 'cli', 'dist', 'electron-forge.js');

function forge(args: string[], zipDir: string): void {
  const result = spawnSync(process.execPath, [FORGE_CLI, ...args], {
    cwd: REPO_ROOT,
    stdio: 'inherit',
    env: { ...process.env, WORKBENCH_STANDIN_ELECTRON_ZIP_DIR: zipDir, CI: 'true' },
  });
  if (result.status !== 0) throw new Error(`electron-forge ${args.join(' ')} failed (status ${result.status})`);
}

/** Forge's own build (main, preload, renderer), package, then make with the already packaged app. */
export function packageWithStandin(): void {
  const zipDir = join(REPO_ROOT, '.tmp', 'standin-electron');
  buildStandinElectronZip(zipDir);
  forge(['package'], zipDir);
  forge(['make', '--from-package'], zipDir);
}

/** What the package is built from: a change to any of these makes an existing package stale. */
const INPUTS = [
  'electron',
  'renderer',
  'shared',
  'build',
  'forge.config.ts',
  'vite.main.config.ts',
  'vite.preload.config.ts',
  'vite.renderer.config.ts',
  'package.json',
];

/**
 * The package and makers' output, built now unless `npm test` (or an earlier run) built them from these sources.
 * Test files run in parallel: one builds while the others wait for it (a lock folder holding the builder's pid).
 */
export async function ensureStandinPackage(): Promise<void> {
  // Freshness is only judged holding the lock: a package being made has a new asar and an old make/ folder.
  while (!takeLock()) await new Promise((resolve) => setTimeout(resolve, 500));
  try {
    if (!isFresh()) packageWithStandin();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

const LOCK = join(REPO_ROOT, 'out', 'standin.lock');

function isFresh(): boolean {
  const asar = join(PACKAGED_DIR, 'resources', 'app.asar');
  return existsSync(asar) && existsSync(MAKE_DIR) && statSync(asar).mtimeMs >= newestInput();
}

/** mkdir is atomic: whoever creates the folder builds. A lock whose process is gone is taken over. */
function takeLock(): boolean {
  mkdirSync(join(REPO_ROOT, 'out'), { recursive: true });
  try {
    mkdirSync(LOCK);
    writeFileSync(join(LOCK, 'pid'), String(process.pid));
    return true;
  } catch {
    const owner = Number(readIfThere(join(LOCK, 'pid')));
    if (owner && !isAlive(owner)) rmSync(LOCK, { recursive: true, force: true });
    return false;
  }
}

function readIfThere(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function newestInput(): number {
  const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard', ...INPUTS], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
  });
  let newest = 0;
  for (const file of files.split('\n').filter(Boolean)) {
    const path = join(REPO_ROOT, file);
    if (existsSync(path)) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

if (import.meta.main) packageWithStandin();
