// Save before the window closes: the first close is held, the page is asked to flush its unsaved claims,
// and the window closes once it answers that all is saved. If saving failed, the user decides.

import type { BrowserWindow, Dialog, IpcMain, IpcMainEvent } from 'electron';
import { SHELL_CHANNELS } from '../../shared/api/shell.ts';

/** A page that does not answer (crashed, hung) must not keep the window open forever. */
const ANSWER_TIMEOUT_MS = 10_000;

export function guardClose(window: BrowserWindow, ipcMain: IpcMain, dialog: Dialog): void {
  let mayClose = false;
  let waiting: NodeJS.Timeout | null = null;
  const finish = (saved: boolean) => {
    if (waiting) clearTimeout(waiting);
    waiting = null;
    if (!saved && !confirmLoss(window, dialog)) return;
    mayClose = true;
    window.close();
  };
  const onReady = (event: IpcMainEvent, saved: unknown) => {
    if (event.sender !== window.webContents || !waiting) return;
    finish(saved === true);
  };
  ipcMain.on(SHELL_CHANNELS.closeReady, onReady);
  window.on('closed', () => ipcMain.removeListener(SHELL_CHANNELS.closeReady, onReady));
  window.on('close', (event) => {
    if (mayClose || window.webContents.isCrashed()) return;
    event.preventDefault();
    if (waiting) return;
    waiting = setTimeout(() => finish(false), ANSWER_TIMEOUT_MS);
    window.webContents.send(SHELL_CHANNELS.beforeClose);
  });
}

function confirmLoss(window: BrowserWindow, dialog: Dialog): boolean {
  const choice = dialog.showMessageBoxSync(window, {
    type: 'warning',
    buttons: ['Keep the window open', 'Close without saving'],
    defaultId: 0,
    cancelId: 0,
    message: 'Some changes could not be saved.',
    detail: 'The workspace folder may be read-only or full. Closing now loses the unsaved claims.',
  });
  return choice === 1;
}
