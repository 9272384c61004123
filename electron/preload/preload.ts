// The preload: exposes `window.workbench`, one function per contract method, each an IPC invoke on
// that method's channel. No ipcRenderer, no other channels, nothing else reaches the page.

import { contextBridge, ipcRenderer } from 'electron';
import { API_METHODS, ipcChannel, type ApiMethodName } from '../../shared/api/methods.ts';
import type { Envelope, WorkbenchBridge } from '../../shared/api/wire.ts';
import { shell } from './shell.ts';

function invoker(method: ApiMethodName) {
  return (args: unknown): Promise<Envelope> => ipcRenderer.invoke(ipcChannel(method), args);
}

const bridge = Object.fromEntries(API_METHODS.map((m) => [m, invoker(m)])) as WorkbenchBridge satisfies WorkbenchBridge;

contextBridge.exposeInMainWorld('workbench', bridge);
contextBridge.exposeInMainWorld('workbenchShell', shell);
