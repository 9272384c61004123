// The Electron main process: harden, open the workspace, register the API handlers, show the window.

import { app, BrowserWindow, ipcMain, session } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { openWorkbench } from '../services/app-context.ts';
import { ElectronSettingsStore } from './electron-settings.ts';
import { hardenApp, hardenSession } from './hardening.ts';
import { registerApiHandlers } from './ipc.ts';
import { createMainWindow, preloadPath } from './window.ts';

declare const MAIN_WINDOW_VITE_DEV_SERVER_URL: string | undefined;
declare const MAIN_WINDOW_VITE_NAME: string;

if (!app.requestSingleInstanceLock()) app.quit();
hardenApp(app);

app.whenReady().then(async () => {
  hardenSession(session.defaultSession);
  const indexFile = join(__dirname, `../renderer/${MAIN_WINDOW_VITE_NAME}/index.html`);
  const devServerUrl = typeof MAIN_WINDOW_VITE_DEV_SERVER_URL === 'string' ? MAIN_WINDOW_VITE_DEV_SERVER_URL : undefined;
  const { service } = await openWorkbench({
    workspaceDir: process.env.WORKBENCH_WORKSPACE || undefined,
    userDataDir: app.getPath('userData'),
    settings: new ElectronSettingsStore(),
  });
  registerApiHandlers(ipcMain, service, { fileUrl: pathToFileURL(indexFile).href, devServerUrl });
  createMainWindow(BrowserWindow, { preload: preloadPath(__dirname), devServerUrl, indexFile });
});

app.on('window-all-closed', () => app.quit());
