// `npm run build`: the renderer (for browser mode; Forge builds its own copy for Electron) and the Node bundle
// behind `npx workbench`. `--cli`: only the Node bundle (npm test has Forge build the renderer with the rest).
import { build } from 'vite';

const configs = process.argv.includes('--cli')
  ? ['vite.node.config.ts']
  : ['vite.renderer.config.ts', 'vite.node.config.ts'];
for (const configFile of configs) {
  await build({ configFile, logLevel: 'warn' });
}
console.log(`build: ${configs.map((c) => c.replace(/^vite\.|\.config\.ts$/g, '')).join(', ')} → .vite/`);
