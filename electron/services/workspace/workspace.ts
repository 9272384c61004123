// A workspace folder on disk: opening it (reporting, never destroying, what it cannot read),
// adding sources atomically, and reading and writing each source's annotation file durably.

import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { parseAnnotationDocument, serializeAnnotationCollection } from '../../../shared/annotations/jsonld.ts';
import { sourceIri, type Annotation } from '../../../shared/annotations/model.ts';
import { WorkbenchError } from '../../../shared/errors.ts';
import {
  SOURCE_META_SCHEMA_VERSION,
  SourceMetaSchema,
  WorkspaceFileSchema,
  type SourceMeta,
  type Tag,
  type WorkspaceFile,
  type WorkspaceProblem,
} from '../../../shared/workspace/model.ts';
import { writeFileAtomic } from '../fs/atomic.ts';
import { namingFile } from '../fs/io-errors.ts';
import { CORRUPT_MARKER, checkSchemaVersion, moveAside, readJsonFile } from './json-file.ts';
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
import { cleanLeftovers } from './leftovers.ts';
import { SerialQueue } from './serial-queue.ts';
import { stageSource, stagingOwner, type StageHooks } from './staging.ts';
import { readWorkspaceFile, restoreWorkspaceFile } from './workspace-file.ts';
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
  private settingsFile: WorkspaceFile;
  private readonly sources = new Map<string, SourceMeta>();
  private readonly problems: WorkspaceProblem[] = [];
  /** Sources whose annotation file is from a newer version: readable by no one here, writable by no one. */
  private readonly lockedAnnotations = new Map<string, string>();
  private readonly writes = new SerialQueue();
  private readOnlyReason: string | undefined;

  private constructor(root: string, file: WorkspaceFile) {
    this.root = root;
    this.settingsFile = file;
  }

  /**
   * Opens the workspace at `root`. With `create`, a missing folder or a folder without workspace.json
   * becomes a new workspace named `name`. Throws file-newer-version if workspace.json is newer than this app.
   */
  static async open(root: string, options: { create?: boolean; name?: string } = {}): Promise<Workspace> {
    await ensureFolder(root, options.create === true);
    const { file, readOnly } = await readWorkspaceFile(root, options);
    const workspace = new Workspace(root, file);
    if (readOnly) workspace.becomeReadOnly(readOnly);
    await mkdir(join(root, SOURCES_DIR), { recursive: true });
    await mkdir(join(root, ANNOTATIONS_DIR), { recursive: true });
    await cleanLeftovers(root);
    await workspace.loadSources();
    await workspace.checkAnnotationFiles();
    return workspace;
  }

  get name(): string {
    return this.settingsFile.name;
  }

  get tags(): WorkspaceFile['tags'] {
    return this.settingsFile.tags;
  }

  get aliases(): string[][] {
    return this.settingsFile.aliases;
  }

  /** Why nothing can be written (workspace.json could not be used), or undefined when writable. */
  get readOnly(): string | undefined {
    return this.readOnlyReason;
  }

  /**
   * Restores workspace.json (workspace-file.ts: the file in place if valid again, else the kept copy) and makes
   * the workspace writable again. Throws, changing nothing, when neither is valid.
   */
  async restoreWorkspaceFile(keptAs?: string): Promise<void> {
    this.settingsFile = await restoreWorkspaceFile(this.root, keptAs);
    this.readOnlyReason = undefined;
    this.writes.reopen();
    const rest = this.problems.filter((p) => p.file !== 'workspace.json');
    this.problems.splice(0, this.problems.length, ...rest);
  }

  private becomeReadOnly(problem: WorkspaceProblem): void {
    this.problems.push(problem);
    this.readOnlyReason =
      `The workspace is open read-only because its workspace.json could not be used (kept as ${problem.keptAs}); ` +
      `nothing can be changed until it is restored. ${problem.message}`;
    this.writes.closeWith(() => new WorkbenchError('file-corrupt', this.readOnlyReason!));
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
    return namingFile(path, () => readFile(path, 'utf8'));
  }

  async readOriginal(id: string): Promise<Uint8Array> {
    const meta = this.getMeta(id);
    const path = join(sourceDir(this.root, id), originalFileName(meta.originalExt));
    return namingFile(path, () => readFile(path));
  }

  /** Adds a source: assembled in a hidden staging folder, then renamed into place in one step. */
  async addSource(source: NewSource, hooks?: StageHooks): Promise<SourceMeta> {
    if (this.readOnlyReason) throw new WorkbenchError('file-corrupt', this.readOnlyReason);
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
    const meta = SourceMetaSchema.parse({ ...this.getMeta(id), ...changes, textLength: text.length });
    await this.writes.run(`source:${id}`, async () => {
      await writeFileAtomic(sourceTextFile(this.root, id), text);
      await writeFileAtomic(sourceMetaFile(this.root, id), toJson(meta));
    });
    this.sources.set(id, meta);
    return meta;
  }

  /** Changes some fields of a source's meta.json (atomically, serialized with the source's other writes). */
  async updateMeta(id: string, changes: Partial<SourceMeta>): Promise<SourceMeta> {
    let meta = this.getMeta(id);
    await this.writes.run(`source:${id}`, async () => {
      meta = SourceMetaSchema.parse({ ...this.getMeta(id), ...changes });
      await writeFileAtomic(sourceMetaFile(this.root, id), toJson(meta));
    });
    this.sources.set(id, meta);
    return meta;
  }

  /** Saves the tag set in workspace.json (atomically); claims are rewritten by the caller when ids change. */
  async saveTags(tags: Tag[]): Promise<void> {
    const next = WorkspaceFileSchema.parse({ ...this.settingsFile, tags });
    await this.writes.run('workspace', () => writeFileAtomic(workspaceFile(this.root), toJson(next)));
    this.settingsFile = next;
  }

  /** The researcher's decisions about a source's review aids (review/<id>.json). */
  async readReview(id: string): Promise<ReviewState> {
    this.getMeta(id);
    return readReview(this.root, id);
  }

  /** Changes some of them, keeping the rest; serialized per source with the other writes. */
  async updateReview(id: string, patch: Partial<ReviewState>): Promise<ReviewState> {
    this.getMeta(id);
    return updateReview(this.root, id, patch, this.writes);
  }

  /** Saves the search alias list in workspace.json (atomically). */
  async saveAliases(aliases: string[][]): Promise<void> {
    const next = WorkspaceFileSchema.parse({ ...this.settingsFile, aliases });
    await this.writes.run('workspace', () => writeFileAtomic(workspaceFile(this.root), toJson(next)));
    this.settingsFile = next;
  }

  /**
   * Commits a text edit made in the app: the history entry first (no stored text without its edit record),
   * then text and meta, then the re-anchored claims. Each file is atomic; if the process dies between them,
   * claims still hold quotes and context, and load-time anchoring finds them by quote.
   */
  async commitTextEdit(id: string, edit: CommittedEdit): Promise<SourceMeta> {
    const current = this.getMeta(id);
    this.refuseIfLocked(id);
    const revision = current.textRevision + 1;
    await this.writes.run(`source:${id}`, () =>
      appendTextHistory(sourceDir(this.root, id), { revision, at: edit.at, edits: edit.edits }),
    );
    const meta = await this.replaceSourceText(id, edit.text, { textRevision: revision });
    await this.writeAnnotations(id, edit.annotations);
    return meta;
  }

  async readAnnotations(id: string): Promise<Annotation[]> {
    this.getMeta(id);
    this.refuseIfLocked(id);
    const path = annotationFile(this.root, id);
    const result = await readJsonFile(path, (json) => parseAnnotationDocument(json, relativeTo(this.root, path)));
    if (result.kind === 'missing') return [];
    if (result.kind === 'ok') return result.value.annotations;
    if (result.kind === 'newer-version') {
      this.lockedAnnotations.set(id, result.message);
      throw new WorkbenchError('file-newer-version', result.message);
    }
    // Corrupted since the workspace was opened (edited by hand, a sync conflict): keep it aside and report.
    await this.quarantine(path, result.message);
    throw new WorkbenchError('file-corrupt', `${relativeTo(this.root, path)} is corrupt: ${result.message}`);
  }

  /** Writes a source's annotations; resolves once they are durably on disk. */
  async writeAnnotations(id: string, annotations: Annotation[]): Promise<void> {
    const meta = this.getMeta(id);
    this.refuseIfLocked(id);
    const body = serializeAnnotationCollection(annotations, {
      id: `${sourceIri(id)}/annotations`,
      label: meta.title,
    });
    await this.writes.run(`annotations:${id}`, () => writeFileAtomic(annotationFile(this.root, id), body));
  }

  async hasAnnotations(id: string): Promise<boolean> {
    try {
      await stat(annotationFile(this.root, id));
    } catch {
      return false;
    }
    return (await this.readAnnotations(id)).length > 0;
  }

  private refuseIfLocked(id: string): void {
    const message = this.lockedAnnotations.get(id);
    if (message) throw new WorkbenchError('file-newer-version', message);
  }

  private async newSourceId(): Promise<string> {
    for (;;) {
      // 10 hex digits: short enough to type in the CLI, 2^40 values make a clash practically impossible.
      const id = randomBytes(5).toString('hex');
      if (!this.sources.has(id)) return id;
    }
  }

  private async loadSources(): Promise<void> {
    const sourcesRoot = join(this.root, SOURCES_DIR);
    for (const entry of await readdir(sourcesRoot, { withFileTypes: true })) {
      if (!entry.isDirectory()) continue;
      // An import still being staged (by this or another process), or a dead one's that cleanLeftovers kept
      // because it could not tell: not a source until its final rename.
      if (stagingOwner(entry.name) !== undefined) continue;
      const path = sourceMetaFile(this.root, entry.name);
      const result = await readJsonFile(path, parseSourceMeta);
      if (result.kind === 'ok') this.sources.set(result.value.id, result.value);
      else if (result.kind === 'missing') this.report(path, 'invalid', 'source folder without meta.json; skipped');
      else this.report(path, result.kind, `${result.message}; this source is not shown and its folder is kept`);
    }
  }

  /** Reads every annotation file once so problems are reported when the workspace opens, not later. */
  private async checkAnnotationFiles(): Promise<void> {
    const dir = join(this.root, ANNOTATIONS_DIR);
    for (const name of (await readdir(dir)).sort()) {
      const path = join(dir, name);
      if (name.includes(CORRUPT_MARKER)) {
        this.report(
          path,
          'corrupt',
          'a corrupt annotation file kept aside earlier; delete it when you no longer need it',
        );
        continue;
      }
      if (!name.endsWith('.json') || name.startsWith('.')) continue;
      const id = name.slice(0, -'.json'.length);
      const result = await readJsonFile(path, (json) => parseAnnotationDocument(json, relativeTo(this.root, path)));
      if (result.kind === 'newer-version') {
        this.lockedAnnotations.set(id, result.message);
        this.report(path, 'newer-version', result.message);
      } else if (result.kind === 'corrupt') {
        await this.quarantine(path, result.message);
      } else if (result.kind === 'ok' && !this.sources.has(id)) {
        this.report(path, 'invalid', `annotations for a source that is not in this workspace ("${id}"); kept`);
      }
    }
  }

  private async quarantine(path: string, reason: string): Promise<void> {
    const kept = await moveAside(path);
    this.report(path, 'corrupt', `${reason}. The file was kept as ${relativeTo(this.root, kept)}.`, kept);
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

function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
