// `npm run build`: the renderer (for browser mode; Forge builds its own copy for Electron) and the
// Node bundle behind `npx workbench`.
import { build } from 'vite';

for (const configFile of ['vite.renderer.config.ts', 'vite.node.config.ts']) {
  await build({ configFile, logLevel: 'warn' });
}
console.log('build: renderer → .vite/renderer/main_window, CLI → .vite/node/cli.js');
