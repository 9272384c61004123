// The sources of an open workspace as this process knows them: each one's meta.json (read at open, and read
// again before every change, since another process may have changed it meanwhile), its text and original
// bytes, and the atomic writes that change them, each holding the source's meta.json against other writers.

import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { WorkbenchError } from '../../../shared/errors.ts';
import { SOURCE_META_SCHEMA_VERSION, SourceMetaSchema, type SourceMeta } from '../../../shared/workspace/model.ts';
import { writeFileAtomic } from '../fs/atomic.ts';
import { namingFile } from '../fs/io-errors.ts';
import { checkSchemaVersion, readJsonFile, toJson } from './json-file.ts';
import { SOURCE_META_FILE, originalFile, sourceMetaFile, sourceTextFile } from './layout.ts';
import type { FileLocks } from './locks.ts';
import { storeNewSource, type NewSource } from './new-source.ts';
import { loadSources } from './open-checks.ts';
import type { ReportProblem } from './problems.ts';
import type { StageHooks } from './staging.ts';
import { TextCache } from './text-cache.ts';

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
    if (!meta) {
      throw new WorkbenchError('not-found', `No source with id "${id}" in workspace "${this.host.workspaceName()}".`);
    }
    return meta;
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
    return this.host.locks.hold(sourceMetaFile(this.host.root, id), () => this.replaceTextHeld(id, text, changes));
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
    this.get(id);
    return this.host.locks.hold(sourceMetaFile(this.host.root, id), async () => {
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
    if (result.kind !== 'ok') return this.get(id);
    this.sources.set(id, result.value);
    return result.value;
  }

  private async newSourceId(): Promise<string> {
    for (;;) {
      // 10 hex digits: short enough to type in the CLI, 2^40 values make a clash practically impossible.
      const id = randomBytes(5).toString('hex');
      if (!this.sources.has(id)) return id;
    }
  }
}
