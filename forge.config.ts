// Electron Forge 8: Vite builds main, preload and renderer; Fuses lock the packaged binary down;
// makers for Debian packages and zip archives.
import { MakerDeb } from '@electron-forge/maker-deb';
import { MakerZIP } from '@electron-forge/maker-zip';
import { FusesPlugin } from '@electron-forge/plugin-fuses';
import { VitePlugin } from '@electron-forge/plugin-vite';
import type { ForgeConfig } from '@electron-forge/shared-types';
import { FuseV1Options, FuseVersion } from '@electron/fuses';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * The PDF report's font files (electron/services/pdf/font-files.ts lists the same; a test keeps the two
 * equal). Listed here rather than imported: Forge loads this file with its own TypeScript loader.
 */
export const REPORT_FONT_SPECS = [
  'vazirmatn/fonts/ttf/Vazirmatn-Regular.ttf',
  'vazirmatn/fonts/ttf/Vazirmatn-Bold.ttf',
  ...['arabic', 'latin', 'latin-ext'].flatMap((subset) =>
    [400, 700].map((w) => `@fontsource/amiri/files/amiri-${subset}-${w}-normal.woff`),
  ),
];
const fromProject = createRequire(join(process.cwd(), 'package.json'));

/** pdf.js's data folders (CMaps, standard fonts, wasm decoders), read from disk when a PDF is imported. */
export const PDFJS_DATA_FOLDERS = ['cmaps', 'standard_fonts', 'wasm'];
const pdfjsDir = dirname(fromProject.resolve('pdfjs-dist/package.json'));

/**
 * Tests only: package against a stand-in Electron distribution (a folder holding electron-vX-linux-x64.zip,
 * built by tests/packaging/), because these machines cannot download Electron. The output goes to out/standin
 * so it never mixes with a real build. Users' builds download the real Electron as usual.
 */
const standinZipDir = process.env.WORKBENCH_STANDIN_ELECTRON_ZIP_DIR;

const config: ForgeConfig = {
  ...(standinZipDir ? { outDir: join('out', 'standin') } : {}),
  packagerConfig: {
    ...(standinZipDir ? { electronZipDir: standinZipDir } : {}),
    asar: true,
    name: 'Claim Workbench',
    executableName: 'claim-workbench',
    // The PDF report's fonts, read from files at export time: copied into resources/ (the main process passes
    // process.resourcesPath as the report's fontDir when packaged).
    // pdf.js's data folders likewise (the main process points pdf.js at resources/ when packaged).
    extraResource: [
      ...REPORT_FONT_SPECS.map((spec) => fromProject.resolve(spec)),
      ...PDFJS_DATA_FOLDERS.map((folder) => join(pdfjsDir, folder)),
    ],
  },
  rebuildConfig: {},
  makers: [
    new MakerZIP({}, ['linux', 'darwin', 'win32']),
    new MakerDeb({
      options: {
        name: 'claim-workbench',
        maintainer: 'Claim Workbench developers',
        categories: ['Office', 'Education'],
        genericName: 'Claim annotation workbench',
      },
    }),
  ],
  plugins: [
    new VitePlugin({
      build: [
        { entry: 'electron/main/main.ts', config: 'vite.main.config.ts', target: 'main' },
        // The PDF report worker, beside main.cjs (.vite/build/report-worker.cjs): export-jobs.ts starts it there.
        { entry: 'electron/services/export/report-worker.ts', config: 'vite.main.config.ts', target: 'main' },
        { entry: 'electron/preload/preload.ts', config: 'vite.preload.config.ts', target: 'preload' },
      ],
      renderer: [{ name: 'main_window', config: 'vite.renderer.config.ts' }],
    }),
    new FusesPlugin({
      version: FuseVersion.V1,
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableCookieEncryption]: true,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
      // The renderer comes from the app:// scheme (electron/main/app-protocol.ts); file:// needs no extra rights.
      [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
    }),
  ],
};

export default config;
