// After 'ready': the session's hardening, the app:// scheme's handler, the workbench behind the IPC handlers,
// the window, the save-before-close guard and the native menu in the UI language.

import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell } from 'electron';
import { dirname, join } from 'node:path';
import type { UiLanguage } from '../../shared/workspace/model.ts';
import { openWorkbench } from '../services/app-context.ts';
import { usePdfjsDataFrom } from '../services/import/pdf/pdf-data-dir.ts';
import { APP_INDEX_URL, APP_ORIGIN, APP_SCHEME, rendererFileHandler } from './app-protocol.ts';
import { guardClose } from './close-guard.ts';
import { ElectronSettingsStore } from './electron-settings.ts';
import { hardenSession } from './hardening.ts';
import { registerApiHandlers } from './ipc.ts';
import { menuTemplate } from './menu.ts';
import { createMainWindow, preloadPath } from './window.ts';

declare const MAIN_WINDOW_VITE_DEV_SERVER_URL: string | undefined;
declare const MAIN_WINDOW_VITE_NAME: string;

export interface MainWindowRef {
  window: BrowserWindow | null;
}

export async function openMainWindow(ref: MainWindowRef): Promise<void> {
  hardenSession(session.defaultSession);
  // Forge's Vite plugin defines these two; the bundle sits in .vite/build, the renderer in .vite/renderer/<name>.
  const rendererDir = join(__dirname, '..', 'renderer', MAIN_WINDOW_VITE_NAME);
  const devServerUrl =
    typeof MAIN_WINDOW_VITE_DEV_SERVER_URL === 'string' ? MAIN_WINDOW_VITE_DEV_SERVER_URL : undefined;
  protocol.handle(APP_SCHEME, rendererFileHandler(rendererDir));
  const resources = packagedResources(app.getAppPath());
  if (resources) usePdfjsDataFrom(resources);
  // DevTools only for developers: a packaged app has no menu item for them.
  const menuOptions = { devTools: !app.isPackaged };
  const setMenu = (language: UiLanguage) =>
    Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(language, () => ref.window, menuOptions)));
  // The menu is rebuilt in the new language when the page switches it (it saves the setting).
  const settings = new ElectronSettingsStore((saved) => setMenu(saved.language));
  const { service } = await openWorkbench({
    workspaceDir: process.env.WORKBENCH_WORKSPACE || undefined,
    userDataDir: app.getPath('userData'),
    settings,
    reopenLast: true,
    chooseFolder: async (purpose) => {
      const options: Electron.OpenDialogOptions = {
        defaultPath: app.getPath('documents'),
        // A new workspace is a new (or empty) folder; macOS and Windows make one from the same dialog.
        properties: purpose === 'create' ? ['openDirectory', 'createDirectory'] : ['openDirectory'],
      };
      const window = ref.window;
      const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    // The service checks the URL against the allow-list before this is called.
    openExternal: (url) => shell.openExternal(url),
    reports: {
      chooseSavePath: async (name) => {
        const options = {
          defaultPath: join(app.getPath('documents'), name),
          filters: [{ name: 'PDF', extensions: ['pdf'] }],
        };
        const window = ref.window;
        const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
        return result.canceled || !result.filePath ? null : result.filePath;
      },
      revealFile: (path) => shell.showItemInFolder(path),
      ...(resources ? { fontDir: resources } : {}),
    },
  });
  registerApiHandlers(ipcMain, service, devServerUrl ? { devServerUrl } : { appOrigin: APP_ORIGIN });
  const window = createMainWindow(BrowserWindow, {
    preload: preloadPath(__dirname),
    url: devServerUrl ?? APP_INDEX_URL,
  });
  ref.window = window;
  window.on('closed', () => {
    if (ref.window === window) ref.window = null;
  });
  guardClose(window, ipcMain, dialog);
  setMenu((await settings.read()).language);
}

/**
 * Running from an asar (packaged, or a bare Electron given the packaged app.asar): the folder beside it, where
 * Forge copied the report fonts and pdf.js's data (forge.config.ts). In development (the project folder): none,
 * and both come from node_modules.
 */
function packagedResources(appPath: string): string | null {
  return appPath.endsWith('.asar') ? dirname(appPath) : null;
}
