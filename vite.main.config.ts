// Vite config of the Electron main process (Forge's Vite plugin adds entry, format and externals).
import { defineConfig } from 'vite';

export default defineConfig({
  build: { target: 'node22', sourcemap: true },
});
