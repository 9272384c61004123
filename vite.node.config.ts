// Vite config of the Node bundle behind `npx workbench` (CLI and browser mode): one ESM file in .vite/node.
import { builtinModules } from 'node:module';
import { defineConfig } from 'vite';
import pkg from './package.json' with { type: 'json' };

const external = [...builtinModules, ...builtinModules.map((m) => `node:${m}`), ...Object.keys(pkg.dependencies ?? {})];

export default defineConfig({
  build: {
    ssr: true,
    target: 'node22',
    outDir: '.vite/node',
    emptyOutDir: true,
    sourcemap: true,
    rollupOptions: {
      // The report worker (electron/services/export) is its own entry: export-jobs.ts starts it from beside cli.js.
      input: { cli: 'electron/cli/index.ts', 'report-worker': 'electron/services/export/report-worker.ts' },
      external: (id) => external.some((name) => id === name || id.startsWith(`${name}/`)),
      output: { format: 'es', entryFileNames: '[name].js' },
    },
  },
});
