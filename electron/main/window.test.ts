import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import { createMainWindow } from './window.ts';

/** Stands in for Electron's BrowserWindow (no Electron binary here): records what the window is given. */
class RecordingWindow {
  static last: RecordingWindow | undefined;
  loaded: string[] = [];
  constructor(readonly options: BrowserWindowConstructorOptions) {
    RecordingWindow.last = this;
  }
  once() {}
  show() {}
  async loadFile(file: string) {
    this.loaded.push(`file:${file}`);
  }
  async loadURL(url: string) {
    this.loaded.push(url);
  }
}

test('the main window keeps Node out of the renderer and isolates the preload', () => {
  createMainWindow(RecordingWindow as unknown as typeof BrowserWindow, {
    preload: '/app/.vite/build/preload.cjs',
    indexFile: '/app/.vite/renderer/main_window/index.html',
  });
  const window = RecordingWindow.last!;
  const prefs = window.options.webPreferences!;
  assert.equal(prefs.nodeIntegration, false);
  assert.equal(prefs.nodeIntegrationInWorker, false);
  assert.equal(prefs.nodeIntegrationInSubFrames, false);
  assert.equal(prefs.contextIsolation, true);
  assert.equal(prefs.sandbox, true);
  assert.equal(prefs.webSecurity, true);
  assert.equal(prefs.allowRunningInsecureContent, false);
  assert.equal(prefs.webviewTag, false);
  assert.equal(prefs.preload, '/app/.vite/build/preload.cjs');
  assert.deepEqual(window.loaded, ['file:/app/.vite/renderer/main_window/index.html']);
});
