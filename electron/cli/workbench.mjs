#!/usr/bin/env node
// `npx workbench …`: checks the Node version, then runs the CLI bundle that `npm run build` makes.
import { existsSync } from 'node:fs';
import module from 'node:module';

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 13)) {
  console.error(`workbench: needs Node.js 22.13 or newer (this is ${process.versions.node}).`);
  process.exit(1);
}
// V8's code cache for the bundle and its dependencies (in the OS temp folder): a PDF export starts ~0.3 s sooner.
module.enableCompileCache?.();
const bundle = new URL('../../.vite/node/cli.js', import.meta.url);
if (!existsSync(bundle)) {
  console.error('workbench: the app is not built yet; run "npm run build" first.');
  process.exit(1);
}
await import(bundle.href);
