// The real Electron app, end to end (Playwright's _electron), on the packaged app.asar. Runs wherever an
// Electron binary exists (ELECTRON_EXECUTABLE, or node_modules/electron after its download); on machines without
// one (no download possible) it reports skipped with that reason. Playwright drives the main process through
// Node's inspector, which the packaged executable's fuses switch off by design, so the test runs the packaged
// app.asar with the plain Electron binary: the same bundles, scheme, preload and renderer.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { findElectronBinary } from '../../scripts/electron-binary.mjs';
import { API_METHODS } from '../../shared/api/methods.ts';
import { REPO_ROOT } from '../support/corpus.ts';
import { tempDir } from '../support/temp.ts';

const binary = findElectronBinary();
const skip = binary ? false : 'no Electron binary (set ELECTRON_EXECUTABLE, or let npm install electron download it)';
const PACKAGED_ASAR = join(REPO_ROOT, 'out', 'Claim Workbench-linux-x64', 'resources', 'app.asar');

test(
  'the packaged app in Electron exposes no Node and only the API, and shows the sample source right-to-left',
  { skip },
  async () => {
    if (!existsSync(PACKAGED_ASAR)) {
      const built = spawnSync('npx', ['electron-forge', 'package'], { cwd: REPO_ROOT, stdio: 'inherit' });
      assert.equal(built.status, 0, 'electron-forge package must build and package main, preload and renderer');
    }
    const { _electron } = await import('playwright-core');
    const userData = await tempDir();
    const app = await _electron.launch({
      executablePath: binary as string,
      args: [PACKAGED_ASAR, `--user-data-dir=${userData}`],
      env: { ...process.env, WORKBENCH_USER_DATA: userData },
    });
    try {
      const page = await app.firstWindow();
      assert.ok(page.url().startsWith('app://workbench/'), `the renderer comes from app://, not ${page.url()}`);
      // Behaviour, not configuration: the page sees no Node, and only the contract's methods from the preload.
      const globals = await page.evaluate(() => {
        const w = window as unknown as Record<string, unknown>;
        return {
          require: typeof w.require,
          process: typeof w.process,
          module: typeof w.module,
          ipcRenderer: typeof w.ipcRenderer,
          workbench: Object.keys((w.workbench as object) ?? {}).sort(),
          workbenchShell: Object.keys((w.workbenchShell as object) ?? {}).sort(),
        };
      });
      assert.deepEqual(globals, {
        require: 'undefined',
        process: 'undefined',
        module: 'undefined',
        ipcRenderer: 'undefined',
        workbench: [...API_METHODS].sort(),
        workbenchShell: ['onBeforeClose', 'onMenuCommand'],
      });
      await page.getByTestId('source-text').waitFor();
      assert.equal(await page.getByTestId('source-text').getAttribute('dir'), 'rtl');
      assert.match(await page.getByTestId('source-text').innerText(), /Water for Life/);
    } finally {
      await app.close();
    }
  },
);
