// The packaged app, as Forge builds, packages and makes it (against the stand-in Electron distribution): what the
// asar holds and does not hold, the fuses flipped in the binary, the zip and the deb, and the packaged executable
// (from the package folder, the unzipped archive and the unpacked deb) starting the app and quitting cleanly.

import { extractFile, listPackage, statFile } from '@electron/asar';
import { getCurrentFuseWire, FuseV1Options } from '@electron/fuses';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { before, test } from 'node:test';
import { REPORT_FONT_SPECS } from '../../forge.config.ts';
import { tempDir } from '../support/temp.ts';
import { ensureStandinPackage, MAKE_DIR, PACKAGED_DIR } from './support/package-standin.ts';

const ASAR = join(PACKAGED_DIR, 'resources', 'app.asar');
const EXECUTABLE = join(PACKAGED_DIR, 'claim-workbench');

before(() => ensureStandinPackage());

/** Every file in the asar (leading slash), with its size. */
function asarFiles(): Map<string, number> {
  const files = new Map<string, number>();
  for (const path of listPackage(ASAR, { isPack: false })) {
    const info = statFile(ASAR, path.replace(/^\//, ''), false) as { size?: number; files?: unknown };
    if (info.files === undefined) files.set(path, info.size ?? 0);
  }
  return files;
}

test('the asar holds main, preload, the renderer and package.json, and nothing else', (t) => {
  const files = asarFiles();
  for (const [path, size] of files) t.diagnostic(`${path}\t${size} bytes`);
  const manifest = JSON.parse(extractFile(ASAR, 'package.json').toString()) as { main: string };
  assert.equal(manifest.main, '.vite/build/main.cjs', 'package.json main');
  for (const required of [
    '/package.json',
    '/.vite/build/main.cjs',
    '/.vite/build/preload.cjs',
    // The PDF report's worker thread (electron/services/export), loaded from the asar (Electron ≥ 18 allows it).
    '/.vite/build/report-worker.cjs',
    '/.vite/renderer/main_window/index.html',
  ]) {
    assert.ok(files.has(required), `${required} is in the asar`);
  }
  const allowed = [
    /^\/package\.json$/,
    /^\/\.vite\/build\/(main|preload|report-worker)\.cjs$/,
    /^\/\.vite\/renderer\/main_window\/index\.html$/,
    /^\/\.vite\/renderer\/main_window\/assets\/[\w.-]+\.(js|css|woff2?|svg|png)$/,
  ];
  const unexpected = [...files.keys()].filter((path) => !allowed.some((re) => re.test(path)));
  assert.deepEqual(unexpected, [], 'no sources, tests, maps or node_modules in the package');
  // Every script and style the page asks for is there.
  const html = extractFile(ASAR, '.vite/renderer/main_window/index.html').toString();
  for (const [, ref] of html.matchAll(/(?:src|href)="\.\/([^"]+)"/g)) {
    assert.ok(files.has(`/.vite/renderer/main_window/${ref}`), `${ref}, which index.html loads, is packaged`);
  }
});

test('the main bundle is self-contained: no undefined import.meta.url, no package-relative loads', () => {
  const main = extractFile(ASAR, '.vite/build/main.cjs').toString();
  assert.doesNotMatch(main, /\{\}\.url/, 'import.meta.url compiled to undefined');
  assert.doesNotMatch(
    main,
    /#standard-fonts\//,
    "pdfkit's standard fonts are bundled, not loaded through its package.json",
  );
  assert.doesNotMatch(main, /sourceMappingURL/, 'no map is referenced');
});

test('the report fonts are in resources/, beside the asar', () => {
  const resources = readdirSync(join(PACKAGED_DIR, 'resources'));
  for (const spec of REPORT_FONT_SPECS) {
    const name = spec.split('/').at(-1)!;
    assert.ok(resources.includes(name), `${name} is packaged`);
  }
});

test('the fuses are flipped in the packaged binary', async () => {
  const wire = await getCurrentFuseWire(EXECUTABLE);
  const off = 48;
  const on = 49;
  assert.equal(wire[FuseV1Options.RunAsNode], off);
  assert.equal(wire[FuseV1Options.EnableCookieEncryption], on);
  assert.equal(wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable], off);
  assert.equal(wire[FuseV1Options.EnableNodeCliInspectArguments], off);
  assert.equal(wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation], on);
  assert.equal(wire[FuseV1Options.OnlyLoadAppFromAsar], on);
  assert.equal(wire[FuseV1Options.GrantFileProtocolExtraPrivileges], off);
});

/** Runs a packaged executable (the stand-in launcher runs the app in it) and returns what the app did. */
function runPackaged(executable: string, userData: string): Record<string, any> {
  const run = spawnSync(executable, [], {
    encoding: 'utf8',
    timeout: 180_000,
    env: { ...process.env, WORKBENCH_USER_DATA: userData, WORKBENCH_WORKSPACE: '' },
  });
  assert.equal(run.status, 0, `${executable} exited with ${run.status}: ${run.stderr}`);
  const report = JSON.parse(run.stdout.trim().split('\n').at(-1)!) as Record<string, any>;
  assert.equal(report.failure, null);
  return report;
}

function assertStarted(report: Record<string, any>): void {
  assert.deepEqual(report.loaded, ['app://workbench/index.html']);
  assert.equal(report.webPreferences.contextIsolation, true);
  assert.equal(report.webPreferences.sandbox, true);
  assert.equal(report.webPreferences.nodeIntegration, false);
  assert.deepEqual(report.exposed, ['workbench', 'workbenchShell']);
  assert.deepEqual(report.menu, ['ملف', 'تحرير', 'عرض', 'مساعدة'], 'the native menu, in the default (Arabic) UI');
  assert.equal(report.workspace.ok, true);
  assert.equal(report.workspace.value.sources.length, 1, 'the first launch seeds the sample source');
  assert.equal(report.quit, 1, 'closing the last window quits');
}

test('the packaged executable starts the app, opens the window and quits when it is closed', async () => {
  assertStarted(runPackaged(EXECUTABLE, await tempDir()));
});

test('make: the zip holds the app, and it runs from the unzipped folder', async () => {
  const zip = join(MAKE_DIR, 'zip', 'linux', 'x64', 'Claim Workbench-linux-x64-0.1.0.zip');
  const names = execFileSync('unzip', ['-Z1', zip], { encoding: 'utf8' }).split('\n');
  assert.ok(names.includes('Claim Workbench-linux-x64/claim-workbench'));
  assert.ok(names.includes('Claim Workbench-linux-x64/resources/app.asar'));
  const dir = await tempDir();
  execFileSync('unzip', ['-q', zip, '-d', dir]);
  assertStarted(runPackaged(join(dir, 'Claim Workbench-linux-x64', 'claim-workbench'), await tempDir()));
});

test('make: the deb installs the app under /usr/lib with a launcher and desktop entry, and it runs', async () => {
  const deb = join(MAKE_DIR, 'deb', 'x64', 'claim-workbench_0.1.0_amd64.deb');
  assert.equal(execFileSync('dpkg-deb', ['-f', deb, 'Package'], { encoding: 'utf8' }).trim(), 'claim-workbench');
  const listing = execFileSync('dpkg-deb', ['-c', deb], { encoding: 'utf8' });
  assert.match(listing, /\.\/usr\/lib\/claim-workbench\/claim-workbench\n/);
  assert.match(listing, /\.\/usr\/lib\/claim-workbench\/resources\/app\.asar\n/);
  assert.match(listing, /\.\/usr\/share\/applications\/claim-workbench\.desktop\n/);
  const dir = await tempDir();
  execFileSync('dpkg-deb', ['-x', deb, dir]);
  const installed = join(dir, 'usr', 'lib', 'claim-workbench', 'claim-workbench');
  assert.ok(existsSync(installed));
  assertStarted(runPackaged(installed, await tempDir()));
});
