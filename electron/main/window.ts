// The main window. Every security-relevant web preference is spelled out literally (so the scanner and
// a reader see them), and the BrowserWindow class is passed in, so a plain-Node test can check them.

import type { BrowserWindow as ElectronBrowserWindow } from 'electron';
import { join } from 'node:path';

type BrowserWindowClass = typeof ElectronBrowserWindow;

export function createMainWindow(
  BrowserWindow: BrowserWindowClass,
  /** `url`: the renderer on the app:// scheme, or the Vite dev server in development. */
  options: { preload: string; url: string },
): ElectronBrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 860,
    show: false,
    title: 'Claim Workbench',
    webPreferences: {
      preload: options.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      // Middle-click must not open links in new windows (the window-open handler denies them too).
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false,
    },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(options.url);
  return window;
}

export function preloadPath(mainDir: string): string {
  return join(mainDir, 'preload.cjs');
}
