// window.workbenchShell: menu commands in, the save-before-close answer out. Only known commands pass.

import { ipcRenderer } from 'electron';
import { isMenuCommand, SHELL_CHANNELS, type WorkbenchShell } from '../../shared/api/shell.ts';

export const shell: WorkbenchShell = {
  onMenuCommand(listener) {
    const handler = (_event: unknown, command: unknown) => {
      if (isMenuCommand(command)) listener(command);
    };
    ipcRenderer.on(SHELL_CHANNELS.menu, handler);
    return () => ipcRenderer.removeListener(SHELL_CHANNELS.menu, handler);
  },
  onBeforeClose(handler) {
    ipcRenderer.removeAllListeners(SHELL_CHANNELS.beforeClose);
    ipcRenderer.on(SHELL_CHANNELS.beforeClose, () => {
      handler().then(
        (saved) => ipcRenderer.send(SHELL_CHANNELS.closeReady, saved === true),
        () => ipcRenderer.send(SHELL_CHANNELS.closeReady, false),
      );
    });
  },
};
