// A stand-in Electron distribution (electron-vX-linux-x64.zip) for Electron Packager's `electronZipDir`, so that
// `electron-forge package` and `make` run to the end on machines that cannot download Electron. Its "binary" is a
// shell launcher that runs the packaged app under Node with the stand-in `electron` module (standin-launch.ts),
// and it carries Electron's fuse wire, so Forge's Fuses plugin flips real bytes a test can read back.

import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { REPO_ROOT } from '../../support/corpus.ts';

/** Electron's fuse wire: the sentinel @electron/fuses looks for, the wire version, its length, one byte a fuse. */
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/**
 * Electron's defaults for the nine V1 fuses, in order: RunAsNode on, cookie encryption off, NODE_OPTIONS on,
 * inspect arguments on, asar integrity off, only-load-from-asar off, browser-specific V8 snapshot off,
 * file:// extra privileges on, WASM trap handlers on.
 */
const DEFAULT_FUSES = '101100011';

function electronVersion(): string {
  return (
    JSON.parse(readFileSync(join(REPO_ROOT, 'node_modules', 'electron', 'package.json'), 'utf8')) as { version: string }
  ).version;
}

/** Writes the zip into `zipDir` (emptied first) and returns its path. */
export function buildStandinElectronZip(zipDir: string): string {
  const version = electronVersion();
  const stage = join(zipDir, 'stage');
  rmSync(zipDir, { recursive: true, force: true });
  mkdirSync(join(stage, 'resources'), { recursive: true });
  const binary = join(stage, 'electron');
  writeFileSync(binary, Buffer.concat([Buffer.from(launcherScript()), fuseWire()]));
  chmodSync(binary, 0o755);
  writeFileSync(join(stage, 'version'), version);
  writeFileSync(join(stage, 'LICENSE'), 'Stand-in Electron distribution for tests; not Electron.\n');
  writeFileSync(join(stage, 'LICENSES.chromium.html'), '<!doctype html><title>stand-in</title>\n');
  const zip = join(zipDir, `electron-v${version}-linux-x64.zip`);
  execFileSync('zip', ['-q', '-r', '-X', zip, '.'], { cwd: stage });
  rmSync(stage, { recursive: true });
  return zip;
}

/** `exec` replaces the shell before it reaches the wire's bytes after the script. */
function launcherScript(): string {
  const tsx = import.meta.resolve('tsx');
  const launch = fileURLToPath(new URL('./standin-launch.ts', import.meta.url));
  return [
    '#!/bin/sh',
    '# Stand-in Electron (tests only): runs the packaged app under Node with a recording electron module.',
    `exec ${JSON.stringify(process.execPath)} --import ${JSON.stringify(tsx)} ${JSON.stringify(launch)} "$0" "$@"`,
    '',
  ].join('\n');
}

function fuseWire(): Buffer {
  return Buffer.concat([
    Buffer.from(FUSE_SENTINEL),
    Buffer.from([1, DEFAULT_FUSES.length]),
    Buffer.from(DEFAULT_FUSES),
  ]);
}
