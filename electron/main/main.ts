// The Electron main process: one instance, the app:// scheme, hardening, then the workbench and its window.
// Anything that fails before the window shows is reported in a native dialog and the app quits (a process
// without a window and without a word is the worst way to fail).

import { app, protocol } from 'electron';
import { APP_SCHEME_PRIVILEGES } from './app-protocol.ts';
import { hardenApp } from './hardening.ts';
import { openMainWindow, type MainWindowRef } from './open-window.ts';
import { reportStartupFailure } from './startup-failure.ts';

// Must happen before 'ready': a scheme's privileges cannot change afterwards.
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);

if (app.requestSingleInstanceLock()) {
  const ref: MainWindowRef = { window: null };
  hardenApp(app);
  // A second launch (a double click on the icon, a file manager) brings the open window forward instead.
  app.on('second-instance', () => {
    const window = ref.window;
    if (!window || window.isDestroyed()) return;
    if (window.isMinimized()) window.restore();
    window.show();
    window.focus();
  });
  app.on('window-all-closed', () => app.quit());
  app
    .whenReady()
    .then(() => openMainWindow(ref))
    .catch((error: unknown) => reportStartupFailure(error));
} else {
  // Another instance holds the lock and has been told (its 'second-instance' event); this one has nothing to do.
  app.quit();
}
