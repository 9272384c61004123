// What the stand-in Electron "binary" runs: the packaged app next to it (its resources folder), under Node with
// the recording stand-in. It starts the app as Electron would (load main, 'ready'), waits for the window to load
// its page, prints one JSON line of what the app did, closes the window the way a user does, and exits with the
// app's status. A test runs the packaged executable itself (out/…/claim-workbench, or the one the .deb installs).

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createStandin } from './standin-electron.ts';
import { loadPackagedMain, runPreload, unpackResources } from './packaged-tree.ts';

const [executable] = process.argv.slice(2);
if (!executable) throw new Error('usage: standin-launch <packaged executable>');

const scratch = mkdtempSync(join(tmpdir(), 'wb-standin-run-'));
const app = unpackResources(join(dirname(executable), 'resources'), scratch);
const userData = process.env.WORKBENCH_USER_DATA || join(scratch, 'user-data');
const standin = createStandin({ userData, documents: join(scratch, 'documents') });
let failure: unknown = null;
process.on('uncaughtException', (error) => (failure = error));
process.on('unhandledRejection', (error) => (failure = error));

loadPackagedMain(app, standin);
standin.ready();
const window = await waitFor(() => (standin.windows[0]?.loaded.length ? standin.windows[0] : undefined));
runPreload(String(window.options.webPreferences?.preload), standin, () => window.webContents.mainFrame);
const menus = await waitFor(() =>
  standin.named('Menu.setApplicationMenu').length ? standin.named('Menu.setApplicationMenu') : undefined,
);
const workspace = await (standin.mainWorld.workbench as { getWorkspace: (a: object) => Promise<unknown> }).getWorkspace(
  {},
);
// The page answers the close handshake (nothing unsaved), as the renderer does.
(standin.mainWorld.workbenchShell as { onBeforeClose: (h: () => Promise<boolean>) => void }).onBeforeClose(
  async () => true,
);
window.close();
await waitFor(() => (standin.app.quitting ? true : undefined));
console.log(
  JSON.stringify({
    executable,
    loaded: window.loaded,
    webPreferences: window.options.webPreferences,
    exposed: Object.keys(standin.mainWorld).sort(),
    menu: (menus.at(-1)?.args[0] as { label?: string }[]).map((m) => m.label),
    workspace,
    quit: standin.named('app.quit').length,
    failure: failure ? String((failure as Error).stack ?? failure) : null,
  }),
);
rmSync(scratch, { recursive: true, force: true });
process.exit(failure ? 1 : (standin.app.exitCode ?? 0));

async function waitFor<T>(probe: () => T | undefined, timeoutMs = 60_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    if (failure) throw failure;
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error('the packaged app did not get there in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
