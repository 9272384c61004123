// Vite config of the preload. A sandboxed preload can require only 'electron': bundle everything else.
import { defineConfig } from 'vite';

export default defineConfig({
  build: { target: 'chrome140', sourcemap: false },
});
