// The sources of an open workspace as this process knows them: each one's meta.json (read at open, and read
// again before every change, since another process may have changed it meanwhile), its text and original
// bytes, and the atomic writes that change them, each holding the source's meta.json against other writers.
// A source deleted here or by another process (moved to trash/) answers source-in-trash from then on.

import { randomBytes } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { WorkbenchError } from '../../../shared/errors.ts';
import { SOURCE_META_SCHEMA_VERSION, SourceMetaSchema, type SourceMeta } from '../../../shared/workspace/model.ts';
import { writeFileAtomic } from '../fs/atomic.ts';
import { namingFile } from '../fs/io-errors.ts';
import { checkSchemaVersion, readJsonFile, toJson } from './json-file.ts';
import { SOURCE_META_FILE, originalFile, sourceMetaFile, sourceTextFile, sourcesDir, trashEntryDir } from './layout.ts';
import type { FileLocks } from './locks.ts';
import { storeNewSource, type NewSource } from './new-source.ts';
import { loadSources } from './open-checks.ts';
import type { ReportProblem } from './problems.ts';
import { stagingOwner, type StageHooks } from './staging.ts';
import { TextCache } from './text-cache.ts';
import { exists, readTrashEntry } from './trash.ts';

interface Host {
  root: string;
  locks: FileLocks;
  /** For not-found messages: the name can change while the workspace is open. */
  workspaceName(): string;
}

function parseSourceMeta(json: unknown): SourceMeta {
  checkSchemaVersion(json, SOURCE_META_SCHEMA_VERSION, SOURCE_META_FILE);
  return SourceMetaSchema.parse(json);
}

export class SourceStore {
  private readonly sources = new Map<string, SourceMeta>();
  private readonly texts = new TextCache();
  /** Titles of the sources this process saw deleted, for the error that names them. */
  private readonly trashed = new Map<string, string>();

  constructor(private readonly host: Host) {}

  /** Reads every source's meta.json at open, reporting (and skipping) those it cannot use. */
  async load(report: ReportProblem): Promise<void> {
    for (const meta of await loadSources(this.host.root, parseSourceMeta, report)) this.sources.set(meta.id, meta);
  }

  has(id: string): boolean {
    return this.sources.has(id);
  }

  /** Sources in import order. */
  list(): SourceMeta[] {
    return [...this.sources.values()].sort((a, b) => a.importedAt.localeCompare(b.importedAt));
  }

  get(id: string): SourceMeta {
    const meta = this.sources.get(id);
    if (!meta && this.trashed.has(id)) throw inTrash(this.trashed.get(id)!);
    if (!meta) {
      throw new WorkbenchError('not-found', `No source with id "${id}" in workspace "${this.host.workspaceName()}".`);
    }
    return meta;
  }

  /** This process's view after a delete (the files already moved) and after a restore (they are back). */
  forget(id: string, title: string): void {
    this.sources.delete(id);
    this.trashed.set(id, title);
  }
  /** A source in the trash (listed there): asked for, it answers source-in-trash, not an unknown id. */
  noteTrashed(id: string, title: string): void {
    this.trashed.set(id, title);
  }
  adopt(meta: SourceMeta): void {
    this.trashed.delete(meta.id);
    this.sources.set(meta.id, meta);
  }

  /** Holds the source's meta.json; a source deleted meanwhile (its folder moved) fails with source-in-trash. */
  holdMeta<T>(id: string, job: () => Promise<T>): Promise<T> {
    this.get(id);
    return this.host.locks.hold(sourceMetaFile(this.host.root, id), job, () => this.gone(id));
  }

  /** Throws unless the source's meta.json is on disk (a write's check inside its lock: a delete holds it too). */
  async checkPresent(id: string): Promise<void> {
    this.get(id);
    if (!(await exists(sourceMetaFile(this.host.root, id)))) throw await this.gone(id);
  }

  /** Drops sources another process deleted and adds those it imported or restored, as the folders are now. */
  async sync(): Promise<void> {
    const names = new Set(await readdir(sourcesDir(this.host.root)));
    for (const id of [...this.sources.keys()]) if (!names.has(id)) await this.gone(id);
    for (const name of names) {
      if (this.sources.has(name) || stagingOwner(name) !== undefined) continue;
      // Only whole sources; a folder that cannot be used was reported when the workspace opened.
      const read = await readJsonFile(sourceMetaFile(this.host.root, name), parseSourceMeta).catch(() => null);
      if (read?.kind === 'ok' && read.value.id === name) this.adopt(read.value);
    }
  }

  /** The error for a source whose folder is gone, forgetting it: in the trash, or simply not there. */
  private async gone(id: string): Promise<WorkbenchError> {
    const entry = await readTrashEntry(this.host.root, id);
    const title = entry?.title ?? this.sources.get(id)?.title ?? id;
    this.sources.delete(id);
    if (entry) this.trashed.set(id, title);
    return entry
      ? inTrash(title)
      : new WorkbenchError(
          'not-found',
          `The source "${title}" is no longer in workspace "${this.host.workspaceName()}".`,
        );
  }

  async readText(id: string): Promise<string> {
    this.get(id);
    const path = sourceTextFile(this.host.root, id);
    return namingFile(path, () => this.texts.read(path));
  }

  async readOriginal(id: string): Promise<Uint8Array> {
    const meta = this.get(id);
    const path = originalFile(this.host.root, id, meta.originalExt);
    return namingFile(path, () => readFile(path));
  }

  async add(source: NewSource, hooks?: StageHooks): Promise<SourceMeta> {
    const id = await this.newSourceId();
    const meta = await storeNewSource(this.host.root, id, source, hooks);
    this.sources.set(id, meta);
    return meta;
  }

  /** Replaces a source's stored text and metadata (after decoding it again), each file atomically. */
  async replaceText(id: string, text: string, changes: Partial<SourceMeta>): Promise<SourceMeta> {
    return this.holdMeta(id, () => this.replaceTextHeld(id, text, changes));
  }

  /** The same for a caller that already holds the source's meta.json (a text edit, from read to commit). */
  async replaceTextHeld(id: string, text: string, changes: Partial<SourceMeta>): Promise<SourceMeta> {
    const meta = SourceMetaSchema.parse({ ...(await this.reread(id)), ...changes, textLength: text.length });
    await writeFileAtomic(sourceTextFile(this.host.root, id), text);
    await writeFileAtomic(sourceMetaFile(this.host.root, id), toJson(meta));
    this.sources.set(id, meta);
    return meta;
  }

  /** Changes some fields of a source's meta.json (atomically, serialized with the source's other writes). */
  async updateMeta(
    id: string,
    changes: Partial<SourceMeta> | ((meta: SourceMeta) => Partial<SourceMeta>),
  ): Promise<SourceMeta> {
    return this.holdMeta(id, async () => {
      const current = await this.reread(id);
      const meta = SourceMetaSchema.parse({
        ...current,
        ...(typeof changes === 'function' ? changes(current) : changes),
      });
      await writeFileAtomic(sourceMetaFile(this.host.root, id), toJson(meta));
      this.sources.set(id, meta);
      return meta;
    });
  }

  /** meta.json as on disk now (another process may have edited the text since this one read it). */
  async reread(id: string): Promise<SourceMeta> {
    const result = await readJsonFile(sourceMetaFile(this.host.root, id), parseSourceMeta);
    if (result.kind === 'missing') throw await this.gone(id);
    if (result.kind !== 'ok') return this.get(id);
    this.sources.set(id, result.value);
    return result.value;
  }

  private async newSourceId(): Promise<string> {
    for (;;) {
      // 10 hex digits: short enough to type in the CLI, 2^40 values make a clash practically impossible.
      const id = randomBytes(5).toString('hex');
      // Not one in the trash either: its restore would find its id taken.
      if (!this.sources.has(id) && !(await exists(trashEntryDir(this.host.root, id)))) return id;
    }
  }
}

function inTrash(title: string): WorkbenchError {
  return new WorkbenchError(
    'source-in-trash',
    `The source "${title}" was deleted (it is in the workspace's trash); nothing was read or saved. Restore it to work on it.`,
  );
}
