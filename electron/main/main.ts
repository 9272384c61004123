// The Electron main process: harden, open the workspace, register the API handlers, show the window.

import { app, BrowserWindow, dialog, ipcMain, Menu, session, shell } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { UiLanguage } from '../../shared/workspace/model.ts';
import { openWorkbench } from '../services/app-context.ts';
import { guardClose } from './close-guard.ts';
import { ElectronSettingsStore } from './electron-settings.ts';
import { hardenApp, hardenSession } from './hardening.ts';
import { registerApiHandlers } from './ipc.ts';
import { menuTemplate } from './menu.ts';
import { createMainWindow, preloadPath } from './window.ts';

declare const MAIN_WINDOW_VITE_DEV_SERVER_URL: string | undefined;
declare const MAIN_WINDOW_VITE_NAME: string;

if (!app.requestSingleInstanceLock()) app.quit();
hardenApp(app);

app.whenReady().then(async () => {
  hardenSession(session.defaultSession);
  const indexFile = join(__dirname, `../renderer/${MAIN_WINDOW_VITE_NAME}/index.html`);
  const devServerUrl =
    typeof MAIN_WINDOW_VITE_DEV_SERVER_URL === 'string' ? MAIN_WINDOW_VITE_DEV_SERVER_URL : undefined;
  let window: BrowserWindow | null = null;
  const setMenu = (language: UiLanguage) =>
    Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(language, () => window)));
  // The menu is rebuilt in the new language when the page switches it (it saves the setting).
  const settings = new ElectronSettingsStore((saved) => setMenu(saved.language));
  const { service } = await openWorkbench({
    workspaceDir: process.env.WORKBENCH_WORKSPACE || undefined,
    userDataDir: app.getPath('userData'),
    settings,
    // The service checks the URL against the allow-list before this is called.
    openExternal: (url) => shell.openExternal(url),
    reports: {
      chooseSavePath: async (name) => {
        const options = {
          defaultPath: join(app.getPath('documents'), name),
          filters: [{ name: 'PDF', extensions: ['pdf'] }],
        };
        const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
        return result.canceled || !result.filePath ? null : result.filePath;
      },
      revealFile: (path) => shell.showItemInFolder(path),
      // Packaged: the fonts Forge copied beside the app (forge.config.ts); unpackaged: from node_modules.
      ...(app.isPackaged ? { fontDir: process.resourcesPath } : {}),
    },
  });
  registerApiHandlers(ipcMain, service, { fileUrl: pathToFileURL(indexFile).href, devServerUrl });
  window = createMainWindow(BrowserWindow, { preload: preloadPath(__dirname), devServerUrl, indexFile });
  guardClose(window, ipcMain, dialog);
  setMenu((await settings.read()).language);
});

app.on('window-all-closed', () => app.quit());
