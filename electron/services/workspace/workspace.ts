// A workspace folder on disk: opening it (reporting, never destroying, what it cannot read),
// adding sources atomically, and reading and writing each source's annotation file durably.

import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Annotation } from '../../../shared/annotations/model.ts';
import { WorkbenchError } from '../../../shared/errors.ts';
import {
  SOURCE_META_SCHEMA_VERSION,
  SourceMetaSchema,
  type SourceMeta,
  type Tag,
  type WorkspaceFile,
  type WorkspaceProblem,
} from '../../../shared/workspace/model.ts';
import { writeFileAtomic } from '../fs/atomic.ts';
import { namingFile } from '../fs/io-errors.ts';
import { checkSchemaVersion, readJsonFile, toJson } from './json-file.ts';
import {
  ANNOTATIONS_DIR,
  SOURCES_DIR,
  annotationFile,
  originalFileName,
  relativeTo,
  sourceDir,
  sourceMetaFile,
  sourceTextFile,
  workspaceFile,
} from './layout.ts';
import { AnnotationFiles, type AnnotationsAt, type SaveOutcome } from './annotation-files.ts';
import { FileLocks } from './locks.ts';
import { TextCache } from './text-cache.ts';
import { polledRevision } from './revision.ts';
import { cleanLeftovers } from './leftovers.ts';
import { stageSource, type StageHooks } from './staging.ts';
import { readWorkspaceFile } from './workspace-file.ts';
import { WorkspaceSettings } from './workspace-settings.ts';
import { checkAnnotationFiles, loadSources } from './open-checks.ts';
import { appendTextHistory, type HistoryEntry } from './text-history.ts';
import { readReview, updateReview, type ReviewState } from './review-state.ts';

export interface CommittedEdit {
  text: string;
  edits: HistoryEntry['edits'];
  annotations: Annotation[];
  at: string;
}

export interface NewSource {
  text: string;
  originalBytes: Uint8Array;
  originalExt: string;
  /** More files for the source folder (a PDF's page map), written before the folder is renamed into place. */
  extraFiles?: ReadonlyArray<{ name: string; content: string | Uint8Array }>;
  meta: Omit<
    SourceMeta,
    'schemaVersion' | 'id' | 'importedAt' | 'textLength' | 'byteLength' | 'sha256' | 'originalExt'
  >;
}

function parseSourceMeta(json: unknown): SourceMeta {
  checkSchemaVersion(json, SOURCE_META_SCHEMA_VERSION, 'meta.json');
  return SourceMetaSchema.parse(json);
}

export class Workspace {
  readonly root: string;
  private settings!: WorkspaceSettings;
  private readonly sources = new Map<string, SourceMeta>();
  private readonly problems: WorkspaceProblem[] = [];
  private readonly locks = new FileLocks();
  private readonly texts = new TextCache();
  private readonly annotations: AnnotationFiles;

  private constructor(root: string) {
    this.root = root;
    this.annotations = new AnnotationFiles({
      root,
      locks: this.locks,
      titleOf: (id) => this.getMeta(id).title,
      reportCorrupt: (path, message, kept) =>
        this.report(path, 'corrupt', `${message}. The file was kept as ${relativeTo(this.root, kept)}.`, kept),
    });
  }

  /**
   * Opens the workspace at `root`. With `create`, a missing folder or a folder without workspace.json
   * becomes a new workspace named `name`. Throws file-newer-version if workspace.json is newer than this app.
   */
  static async open(root: string, options: { create?: boolean; name?: string } = {}): Promise<Workspace> {
    await ensureFolder(root, options.create === true);
    const { file, readOnly } = await readWorkspaceFile(root, options);
    const workspace = new Workspace(root);
    workspace.settings = await WorkspaceSettings.load(root, workspace.locks, file);
    if (readOnly) {
      workspace.problems.push(readOnly);
      workspace.settings.becomeReadOnly(readOnly);
    }
    await mkdir(join(root, SOURCES_DIR), { recursive: true });
    await mkdir(join(root, ANNOTATIONS_DIR), { recursive: true });
    await cleanLeftovers(root);
    const report = workspace.report.bind(workspace);
    for (const meta of await loadSources(root, parseSourceMeta, report)) workspace.sources.set(meta.id, meta);
    const newer = await checkAnnotationFiles(root, (id) => workspace.sources.has(id), report);
    for (const [id, message] of newer) workspace.annotations.newer.set(id, message);
    return workspace;
  }

  get name(): string {
    return this.settings.current.name;
  }

  get tags(): WorkspaceFile['tags'] {
    return this.settings.current.tags;
  }

  get aliases(): string[][] {
    return this.settings.current.aliases;
  }

  /** workspace.json's revision: tag and alias changes name it, so a change made elsewhere is not overwritten. */
  get revision(): string {
    return this.settings.revision;
  }

  /** The revisions a window polls to learn of changes made elsewhere, without reading the files whole. */
  async revisions(sourceId?: string): Promise<{ workspace: string; annotations: string | null }> {
    if ((await polledRevision(workspaceFile(this.root))) !== this.settings.revision) await this.settings.refresh();
    if (!sourceId) return { workspace: this.settings.revision, annotations: null };
    this.getMeta(sourceId);
    return {
      workspace: this.settings.revision,
      annotations: await polledRevision(annotationFile(this.root, sourceId)),
    };
  }

  /** Why nothing can be written (workspace.json could not be used), or undefined when writable. */
  get readOnly(): string | undefined {
    return this.settings.readOnly;
  }

  /**
   * Restores workspace.json (workspace-file.ts: the file in place if valid again, else the kept copy) and makes
   * the workspace writable again. Throws, changing nothing, when neither is valid.
   */
  async restoreWorkspaceFile(keptAs?: string): Promise<void> {
    await this.settings.restore(keptAs);
    const rest = this.problems.filter((p) => p.file !== 'workspace.json');
    this.problems.splice(0, this.problems.length, ...rest);
  }

  listProblems(): WorkspaceProblem[] {
    return [...this.problems];
  }

  /** Sources in import order. */
  listSources(): SourceMeta[] {
    return [...this.sources.values()].sort((a, b) => a.importedAt.localeCompare(b.importedAt));
  }

  getMeta(id: string): SourceMeta {
    const meta = this.sources.get(id);
    if (!meta) throw new WorkbenchError('not-found', `No source with id "${id}" in workspace "${this.name}".`);
    return meta;
  }

  async readText(id: string): Promise<string> {
    this.getMeta(id);
    const path = sourceTextFile(this.root, id);
    return namingFile(path, () => this.texts.read(path));
  }

  async readOriginal(id: string): Promise<Uint8Array> {
    const meta = this.getMeta(id);
    const path = join(sourceDir(this.root, id), originalFileName(meta.originalExt));
    return namingFile(path, () => readFile(path));
  }

  /** Adds a source: assembled in a hidden staging folder, then renamed into place in one step. */
  async addSource(source: NewSource, hooks?: StageHooks): Promise<SourceMeta> {
    if (this.readOnly) throw new WorkbenchError('file-corrupt', this.readOnly);
    const id = await this.newSourceId();
    const meta: SourceMeta = SourceMetaSchema.parse({
      ...source.meta,
      schemaVersion: SOURCE_META_SCHEMA_VERSION,
      id,
      importedAt: new Date().toISOString(),
      byteLength: source.originalBytes.byteLength,
      textLength: source.text.length,
      sha256: createHash('sha256').update(source.originalBytes).digest('hex'),
      originalExt: source.originalExt,
    });
    const files = [
      { name: originalFileName(source.originalExt), content: source.originalBytes },
      { name: 'text.txt', content: source.text },
      ...(source.extraFiles ?? []),
      { name: 'meta.json', content: toJson(meta) },
    ];
    try {
      await stageSource(join(this.root, SOURCES_DIR), id, files, hooks);
    } catch (error) {
      throw new WorkbenchError('io', `Could not store the import in ${this.root}: ${(error as Error).message}`, {
        cause: error,
      });
    }
    this.sources.set(id, meta);
    return meta;
  }

  /** Replaces a source's stored text and metadata (after decoding it again), each file atomically. */
  async replaceSourceText(id: string, text: string, changes: Partial<SourceMeta>): Promise<SourceMeta> {
    return this.locks.hold(sourceMetaFile(this.root, id), () => this.replaceSourceTextHeld(id, text, changes));
  }

  private async replaceSourceTextHeld(id: string, text: string, changes: Partial<SourceMeta>): Promise<SourceMeta> {
    const meta = SourceMetaSchema.parse({ ...(await this.rereadMeta(id)), ...changes, textLength: text.length });
    await writeFileAtomic(sourceTextFile(this.root, id), text);
    await writeFileAtomic(sourceMetaFile(this.root, id), toJson(meta));
    this.sources.set(id, meta);
    return meta;
  }

  /** Changes some fields of a source's meta.json (atomically, serialized with the source's other writes). */
  async updateMeta(
    id: string,
    changes: Partial<SourceMeta> | ((meta: SourceMeta) => Partial<SourceMeta>),
  ): Promise<SourceMeta> {
    this.getMeta(id);
    return this.locks.hold(sourceMetaFile(this.root, id), async () => {
      const current = await this.rereadMeta(id);
      const meta = SourceMetaSchema.parse({
        ...current,
        ...(typeof changes === 'function' ? changes(current) : changes),
      });
      await writeFileAtomic(sourceMetaFile(this.root, id), toJson(meta));
      this.sources.set(id, meta);
      return meta;
    });
  }

  /** meta.json as on disk now (another process may have edited the text since this one read it). */
  private async rereadMeta(id: string): Promise<SourceMeta> {
    const result = await readJsonFile(sourceMetaFile(this.root, id), parseSourceMeta);
    if (result.kind !== 'ok') return this.getMeta(id);
    this.sources.set(id, result.value);
    return result.value;
  }

  /**
   * Saves the tag set in workspace.json; claims are rewritten by the caller when ids change. With
   * `baseRevision`, refuses (conflict) when workspace.json changed since the caller read it.
   */
  async saveTags(tags: Tag[] | ((current: Tag[]) => Tag[]), baseRevision?: string): Promise<void> {
    await this.settings.saveTags(tags, baseRevision);
  }

  /** Refuses (conflict) when workspace.json is no longer at `baseRevision`, before a change starts. */
  async checkRevision(baseRevision: string): Promise<void> {
    await this.settings.checkRevision(baseRevision);
  }

  /** The researcher's decisions about a source's review aids (review/<id>.json). */
  async readReview(id: string): Promise<ReviewState> {
    this.getMeta(id);
    return readReview(this.root, id);
  }

  /** Changes some of them, keeping the rest; serialized per source with the other writes. */
  async updateReview(id: string, patch: Partial<ReviewState>): Promise<ReviewState> {
    this.getMeta(id);
    return updateReview(this.root, id, patch, this.locks);
  }

  /** Renames the workspace in workspace.json; `baseRevision` as for saveTags. */
  async rename(name: string, baseRevision: string): Promise<void> {
    await this.settings.saveName(name, baseRevision);
  }

  /** Saves the search alias list in workspace.json; `baseRevision` as for saveTags. */
  async saveAliases(aliases: string[][], baseRevision?: string): Promise<void> {
    await this.settings.saveAliases(aliases, baseRevision);
  }

  /**
   * A text edit from read to commit, holding the source's meta.json and its annotation file so no other edit or
   * claim save (in this process or another) slips in between. `edit` gets the source as it is on disk now and
   * returns what to commit, or null to commit nothing. The commit writes the history entry first (no stored
   * text without its edit record), then text and meta, then the re-anchored claims. Each file is atomic; if the
   * process dies between them, claims still hold quotes and context, and load-time anchoring finds them.
   */
  async editSource<T>(
    id: string,
    edit: (now: { meta: SourceMeta; text: string; annotations: Annotation[] }) => Promise<{
      commit: CommittedEdit | null;
      result: (meta: SourceMeta) => T;
    }>,
  ): Promise<T> {
    this.getMeta(id);
    return this.locks.hold(sourceMetaFile(this.root, id), () =>
      this.locks.hold(annotationFile(this.root, id), async () => {
        const meta = await this.rereadMeta(id);
        const text = await this.readText(id);
        let planned: Awaited<ReturnType<typeof edit>> | undefined;
        await this.annotations.updateHeld(id, async (annotations) => {
          planned = await edit({ meta, text, annotations });
          if (!planned.commit) return annotations;
          const revision = meta.textRevision + 1;
          await appendTextHistory(sourceDir(this.root, id), {
            revision,
            at: planned.commit.at,
            edits: planned.commit.edits,
          });
          await this.replaceSourceTextHeld(id, planned.commit.text, { textRevision: revision });
          return planned.commit.annotations;
        });
        return planned!.result(this.getMeta(id));
      }),
    );
  }

  async readAnnotations(id: string): Promise<Annotation[]> {
    return (await this.readAnnotationsAt(id)).annotations;
  }

  /** The claims with the revision a later save names. */
  async readAnnotationsAt(id: string): Promise<AnnotationsAt> {
    this.getMeta(id);
    return this.annotations.read(id);
  }

  /** Saves a window's claims against the revision it read; merged or refused when the file changed since. */
  async saveAnnotations(id: string, annotations: Annotation[], baseRevision: string): Promise<SaveOutcome> {
    this.getMeta(id);
    return this.annotations.save(id, annotations, baseRevision);
  }

  /** Read-modify-write of a source's claims, holding the file; resolves once they are durably on disk. */
  async updateAnnotations(
    id: string,
    change: (current: Annotation[]) => Annotation[] | Promise<Annotation[]>,
  ): Promise<AnnotationsAt> {
    this.getMeta(id);
    return this.annotations.update(id, change);
  }

  /** Replaces a source's claims whatever is on disk (seeding, benchmarks): the caller means to overwrite. */
  async writeAnnotations(id: string, annotations: Annotation[]): Promise<void> {
    await this.updateAnnotations(id, () => annotations);
  }

  async hasAnnotations(id: string): Promise<boolean> {
    try {
      await stat(annotationFile(this.root, id));
    } catch {
      return false;
    }
    return (await this.readAnnotations(id)).length > 0;
  }

  private async newSourceId(): Promise<string> {
    for (;;) {
      // 10 hex digits: short enough to type in the CLI, 2^40 values make a clash practically impossible.
      const id = randomBytes(5).toString('hex');
      if (!this.sources.has(id)) return id;
    }
  }

  private report(path: string, kind: WorkspaceProblem['kind'], message: string, keptAs?: string): void {
    const problem: WorkspaceProblem = { file: relativeTo(this.root, path), kind, message };
    if (keptAs) problem.keptAs = relativeTo(this.root, keptAs);
    this.problems.push(problem);
  }
}

async function ensureFolder(root: string, create: boolean): Promise<void> {
  try {
    const info = await stat(root);
    if (!info.isDirectory()) throw new WorkbenchError('invalid-argument', `${root} is a file, not a workspace folder.`);
  } catch (error) {
    if (error instanceof WorkbenchError) throw error;
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    if (!create) throw new WorkbenchError('not-found', `No workspace folder at ${root}.`);
    await mkdir(root, { recursive: true });
  }
}
