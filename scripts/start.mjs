// `npm start`: the Electron app when an Electron binary can be had; otherwise (offline installs, machines
// that cannot download it) one clear line, then browser mode on 127.0.0.1 in the default browser.
import { spawn, spawnSync } from 'node:child_process';
import { createInterface } from 'node:readline';
import { findElectronBinary } from './electron-binary.mjs';

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 13)) {
  console.error(`Claim Workbench needs Node.js 22.13 or newer (this is ${process.versions.node}).`);
  process.exit(1);
}

function tryDownloadElectron() {
  // Electron ≥ 42 downloads its binary on first use; do it now so a failure is reported here, once.
  const result = spawnSync(process.execPath, ['node_modules/electron/install.js'], {
    stdio: 'ignore',
    timeout: 300_000,
  });
  return result.status === 0 && findElectronBinary() !== null;
}

if (findElectronBinary() || tryDownloadElectron()) {
  const forge = spawn('npx', ['electron-forge', 'start'], { stdio: 'inherit', shell: process.platform === 'win32' });
  forge.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log('No Electron binary could be downloaded (offline install?): starting browser mode instead.');
  const built = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
  const web = spawn(process.execPath, ['electron/cli/workbench.mjs', 'web', ...process.argv.slice(2)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: web.stdout });
  lines.once('line', (url) => {
    console.log(`Open ${url}`);
    openInBrowser(url);
  });
  web.on('exit', (code) => process.exit(code ?? 0));
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => web.kill(signal));
}

function openInBrowser(url) {
  const command = { darwin: 'open', win32: 'explorer' }[process.platform] ?? 'xdg-open';
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) return;
  spawn(command, [url], { stdio: 'ignore', detached: true })
    .on('error', () => {})
    .unref();
}
