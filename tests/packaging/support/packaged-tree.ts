// The packaged app as Electron would run it, without Electron: the resources folder copied to a temp folder with
// app.asar unpacked into a directory of the same name (so every path the bundle computes — __dirname, the
// renderer folder, process.resourcesPath — looks exactly as it would inside the archive), the bundle loaded by
// plain Node with `electron` resolved to the stand-in and every other module confined to the packaged tree.

import { extractAll } from '@electron/asar';
import { cpSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import Module, { builtinModules, createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import vm from 'node:vm';
import type { FrameLike, Standin } from './standin-electron.ts';

export interface UnpackedApp {
  /** …/resources (process.resourcesPath). */
  resources: string;
  /** …/resources/app.asar, a directory here. */
  appDir: string;
  main: string;
  preload: string;
}

/** Copies `resourcesDir` (a packaged app's resources folder) to a new temp folder, unpacking app.asar. */
export function unpackResources(resourcesDir: string, into = tmpdir()): UnpackedApp {
  const root = join(into, `wb-unpacked-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`);
  const resources = join(root, 'resources');
  mkdirSync(resources, { recursive: true });
  for (const entry of readdirSync(resourcesDir)) {
    if (entry !== 'app.asar') cpSync(join(resourcesDir, entry), join(resources, entry), { recursive: true });
  }
  const appDir = join(resources, 'app.asar');
  extractAll(join(resourcesDir, 'app.asar'), appDir);
  const manifest = JSON.parse(readFileSync(join(appDir, 'package.json'), 'utf8')) as { main: string };
  return {
    resources,
    appDir,
    main: join(appDir, manifest.main),
    preload: join(appDir, '.vite', 'build', 'preload.cjs'),
  };
}

const STANDIN_ID = '\0standin-electron';
const BUILTINS = new Set(builtinModules);
let current: { appDir: string; standin: Standin } | null = null;

/** Installs the resolution guard once per process; `current` says which unpacked app and stand-in it serves. */
function installGuard(): void {
  const M = Module as unknown as {
    _resolveFilename: (request: string, parent: { filename?: string } | undefined, ...rest: unknown[]) => string;
    _cache: Record<string, unknown>;
  };
  if ((M._resolveFilename as { guarded?: boolean }).guarded) return;
  const original = M._resolveFilename;
  const guarded = function (
    this: unknown,
    request: string,
    parent: { filename?: string } | undefined,
    ...rest: unknown[]
  ) {
    const app = current;
    if (!app || !parent?.filename?.startsWith(app.appDir + sep)) return original.call(this, request, parent, ...rest);
    if (request === 'electron') return STANDIN_ID;
    if (BUILTINS.has(request.replace(/^node:/, '')) || request.startsWith('node:')) {
      return original.call(this, request, parent, ...rest);
    }
    let resolved: string;
    try {
      resolved = original.call(this, request, parent, ...rest);
    } catch {
      throw new Error(`the packaged main process loads "${request}", which is not inside the package`);
    }
    if (!resolved.startsWith(app.appDir + sep)) {
      throw new Error(`the packaged main process loads "${request}" from outside the package (${resolved})`);
    }
    return resolved;
  };
  (guarded as { guarded?: boolean }).guarded = true;
  M._resolveFilename = guarded;
}

/**
 * Loads the packaged main bundle with `standin` as its `electron`, as Electron would: process.resourcesPath and
 * process.type set, a fresh module instance each time.
 */
export function loadPackagedMain(app: UnpackedApp, standin: Standin): void {
  installGuard();
  current = { appDir: app.appDir, standin };
  const cache = (Module as unknown as { _cache: Record<string, { exports: unknown }> })._cache;
  for (const key of Object.keys(cache)) if (key.startsWith(app.appDir + sep)) delete cache[key];
  const fake = new Module(STANDIN_ID);
  fake.exports = standin.main;
  fake.loaded = true;
  cache[STANDIN_ID] = fake;
  Object.assign(process, { resourcesPath: app.resources, type: 'browser' });
  standin.options.appPath = app.appDir;
  createRequire(app.main)(app.main);
}

/**
 * Runs the preload bundle the way a sandboxed, context-isolated preload runs: in its own V8 context, with a
 * `require` that knows only 'electron' (the stand-in's contextBridge and ipcRenderer for `frame`).
 */
export function runPreload(preloadFile: string, standin: Standin, frame: () => FrameLike): void {
  const electron = standin.preloadModule(frame);
  const sandboxRequire = (id: string) => {
    if (id === 'electron') return electron;
    throw new Error(`module not found: ${id} (a sandboxed preload can only require electron)`);
  };
  const context = vm.createContext({ console });
  const wrapper = vm.runInContext(
    `(function (exports, require, module) {\n${readFileSync(preloadFile, 'utf8')}\n})`,
    context,
    { filename: preloadFile },
  ) as (exports: object, require: unknown, module: object) => void;
  const module = { exports: {} };
  wrapper(module.exports, sandboxRequire, module);
}
