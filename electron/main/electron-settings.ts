// Settings in electron-store (main process only). Annotation data never goes here: it lives in
// workspace files, because electron-store rewrites its whole file synchronously on every change.

import { app } from 'electron';
import Store from 'electron-store';
import { join } from 'node:path';
import { DEFAULT_SETTINGS, SettingsSchema, type Settings } from '../../shared/workspace/model.ts';
import type { SettingsStore } from '../services/settings/settings-store.ts';
import { moveAside } from '../services/workspace/json-file.ts';

const STORE_OPTIONS = { name: 'settings', defaults: DEFAULT_SETTINGS } as const;

export class ElectronSettingsStore implements SettingsStore {
  private store: Promise<Store<Settings>> | null = null;

  /** `onWrite` sees every saved value (the native menu follows the UI language with it). */
  constructor(private readonly onWrite: (settings: Settings) => void = () => {}) {}

  async read(): Promise<Settings> {
    const parsed = SettingsSchema.safeParse((await this.open()).store);
    return parsed.success ? parsed.data : structuredClone(DEFAULT_SETTINGS);
  }

  async write(settings: Settings): Promise<void> {
    const parsed = SettingsSchema.parse(settings);
    (await this.open()).store = parsed;
    this.onWrite(parsed);
  }

  private open(): Promise<Store<Settings>> {
    this.store ??= openStore();
    return this.store;
  }
}

/**
 * electron-store throws on a settings file that is not JSON (a crash of another program, a hand edit) and the
 * app would not start: the file is kept aside as settings.json.corrupt-<time>, and the defaults are used.
 */
async function openStore(): Promise<Store<Settings>> {
  try {
    return new Store<Settings>(STORE_OPTIONS);
  } catch (error) {
    if ((error as { name?: string }).name !== 'SyntaxError') throw error;
    // electron-store's own default place: app.getPath('userData') and the store's name.
    await moveAside(join(app.getPath('userData'), `${STORE_OPTIONS.name}.json`));
    return new Store<Settings>(STORE_OPTIONS);
  }
}
