// Application settings (UI language, recent workspaces) behind a small interface, so services and tests
// run in plain Node. The Electron app backs it with electron-store; browser mode and the CLI with a JSON file.

import { readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { mkdir } from 'node:fs/promises';
import { DEFAULT_SETTINGS, SettingsSchema, type Settings } from '../../../shared/workspace/model.ts';
import { writeFileAtomic } from '../fs/atomic.ts';
import { moveAside } from '../workspace/json-file.ts';

export interface SettingsStore {
  read(): Promise<Settings>;
  write(settings: Settings): Promise<void>;
}

/** Recent workspaces kept in settings; more is clutter in a menu. */
const MAX_RECENT_WORKSPACES = 10;

export function withRecentWorkspace(settings: Settings, root: string): Settings {
  const recent = [root, ...settings.recentWorkspaces.filter((r) => r !== root)].slice(0, MAX_RECENT_WORKSPACES);
  return { ...settings, recentWorkspaces: recent };
}

/** Workspaces whose last source is remembered; the oldest is forgotten first. */
const MAX_LAST_SOURCES = 50;

export function withLastSource(settings: Settings, root: string, sourceId: string): Settings {
  const others = Object.entries(settings.lastSources).filter(([r]) => r !== root);
  const kept = others.slice(Math.max(0, others.length - (MAX_LAST_SOURCES - 1)));
  return { ...settings, lastSources: Object.fromEntries([...kept, [root, sourceId]]) };
}

/** Settings in one JSON file, written atomically. A corrupt file is kept aside and defaults are used. */
export class JsonFileSettingsStore implements SettingsStore {
  constructor(private readonly path: string) {}

  async read(): Promise<Settings> {
    let raw: string;
    try {
      raw = await readFile(this.path, 'utf8');
    } catch {
      return structuredClone(DEFAULT_SETTINGS);
    }
    const parsed = SettingsSchema.safeParse(safeJson(raw));
    if (parsed.success) return parsed.data;
    await moveAside(this.path);
    return structuredClone(DEFAULT_SETTINGS);
  }

  async write(settings: Settings): Promise<void> {
    await mkdir(dirname(this.path), { recursive: true });
    await writeFileAtomic(this.path, `${JSON.stringify(SettingsSchema.parse(settings), null, 2)}\n`);
  }
}

/** Settings held in memory only (a CLI call that must leave no trace). */
export class MemorySettingsStore implements SettingsStore {
  private settings: Settings = structuredClone(DEFAULT_SETTINGS);
  async read(): Promise<Settings> {
    return structuredClone(this.settings);
  }
  async write(settings: Settings): Promise<void> {
    this.settings = SettingsSchema.parse(settings);
  }
}

function safeJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}
