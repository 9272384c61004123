// The real Electron app, end to end (Playwright's _electron). Runs where an Electron binary exists;
// on machines without one (no download possible) it reports skipped with that reason.
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
const skip = binary ? false : 'no Electron binary (set ELECTRON_EXECUTABLE or install electron with its download)';
const MAIN = join(REPO_ROOT, '.vite', 'build', 'main.cjs');

test(
  'the Electron window exposes no Node and only the API, and shows the sample source right-to-left',
  { skip },
  async () => {
    if (!existsSync(MAIN)) {
      const built = spawnSync('npx', ['electron-forge', 'package'], { cwd: REPO_ROOT, stdio: 'inherit' });
      assert.equal(built.status, 0, 'electron-forge package must build main, preload and renderer');
    }
    const { _electron } = await import('playwright-core');
    const userData = await tempDir();
    const app = await _electron.launch({
      executablePath: binary as string,
      args: [MAIN, `--user-data-dir=${userData}`],
      env: { ...process.env, WORKBENCH_USER_DATA: userData },
    });
    try {
      const page = await app.firstWindow();
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
