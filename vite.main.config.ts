// Vite config of the Electron main process (Forge's Vite plugin adds entry, format and externals: everything but
// 'electron' and Node's built-ins is bundled, because the packaged app has no node_modules).
import { defineConfig } from 'vite';
import { pdfkitDataPlugin } from './build/pdfkit-data-plugin.ts';

export default defineConfig({
  plugins: [pdfkitDataPlugin(import.meta.dirname)],
  build: {
    target: 'node22',
    // No maps in the package: they would ship every source file inside the app.
    sourcemap: false,
    // Rolldown rewrites import.meta.url to the bundle's own file URL only for a Node platform; without this it
    // becomes undefined in the CommonJS bundle and createRequire / new URL(…, import.meta.url) throw at load.
    // One file: pdf.js's worker, imported on first PDF import (pdf-document.ts), is inlined rather than split out.
    rollupOptions: { platform: 'node', output: { codeSplitting: false } },
  },
});
