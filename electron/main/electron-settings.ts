// Settings in electron-store (main process only). Annotation data never goes here: it lives in
// workspace files, because electron-store rewrites its whole file synchronously on every change.

import Store from 'electron-store';
import { DEFAULT_SETTINGS, SettingsSchema, type Settings } from '../../shared/workspace/model.ts';
import type { SettingsStore } from '../services/settings/settings-store.ts';

export class ElectronSettingsStore implements SettingsStore {
  private readonly store = new Store<Settings>({ name: 'settings', defaults: DEFAULT_SETTINGS });

  /** `onWrite` sees every saved value (the native menu follows the UI language with it). */
  constructor(private readonly onWrite: (settings: Settings) => void = () => {}) {}

  async read(): Promise<Settings> {
    const parsed = SettingsSchema.safeParse(this.store.store);
    return parsed.success ? parsed.data : structuredClone(DEFAULT_SETTINGS);
  }

  async write(settings: Settings): Promise<void> {
    const parsed = SettingsSchema.parse(settings);
    this.store.store = parsed;
    this.onWrite(parsed);
  }
}
