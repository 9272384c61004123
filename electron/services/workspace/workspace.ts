// A workspace folder on disk as one object for the app, the browser-mode server and the CLI: opening it
// (reporting, never destroying, what it cannot read) and every read and write of its files. Each concern is its
// own module; this one opens them in order and checks that a source exists before any of its files is touched.

import { stat } from 'node:fs/promises';
import type { Annotation } from '../../../shared/annotations/model.ts';
import { WorkbenchError } from '../../../shared/errors.ts';
import type { SourceMeta, Tag, WorkspaceFile, WorkspaceProblem } from '../../../shared/workspace/model.ts';
import { annotationFile, workspaceFile } from './layout.ts';
import { AnnotationFiles, type AnnotationsAt, type SaveOutcome } from './annotation-files.ts';
import { FileLocks } from './locks.ts';
import { polledRevision, revisionOf } from './revision.ts';
import { cleanLeftovers } from './leftovers.ts';
import type { StageHooks } from './staging.ts';
import type { NewSource } from './new-source.ts';
import { SourceStore } from './source-store.ts';
import { runTextEdit, type TextEdit } from './text-edit.ts';
import { readWorkspaceFile } from './workspace-file.ts';
import { WorkspaceSettings } from './workspace-settings.ts';
import { ensureDataFolders, ensureFolder } from './workspace-folder.ts';
import { checkAnnotationFiles } from './open-checks.ts';
import { WorkspaceProblems } from './problems.ts';
import { readReview, updateReview, type ReviewState } from './review-state.ts';
import * as lifecycle from './source-lifecycle.ts';
import type { TrashEntry } from '../../../shared/api/trash.ts';

export class Workspace {
  readonly root: string;
  private settings!: WorkspaceSettings;
  private readonly problems: WorkspaceProblems;
  private readonly locks = new FileLocks();
  private readonly sources: SourceStore;
  private readonly annotations: AnnotationFiles;

  private constructor(root: string) {
    this.root = root;
    this.problems = new WorkspaceProblems(root);
    this.sources = new SourceStore({ root, locks: this.locks, workspaceName: () => this.name });
    this.annotations = new AnnotationFiles({
      root,
      locks: this.locks,
      titleOf: (id) => this.getMeta(id).title,
      checkPresent: (id) => this.sources.checkPresent(id),
      reportCorrupt: (path, message, kept) => this.problems.reportKeptAside(path, message, kept),
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
      workspace.problems.add(readOnly);
      workspace.settings.becomeReadOnly(readOnly);
    }
    await ensureDataFolders(root);
    await cleanLeftovers(root);
    const { report } = workspace.problems;
    await workspace.sources.load(report);
    // A delete or restore cut short by a crash is finished first, so its claims are not reported as strays.
    if (!readOnly) await workspace.listTrash();
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

  /**
   * The revisions a window polls to learn of changes made elsewhere, without reading the files whole; `sources`
   * changes when a source is imported, deleted or restored by another process.
   */
  async revisions(sourceId?: string): Promise<{ workspace: string; sources: string; annotations: string | null }> {
    if ((await polledRevision(workspaceFile(this.root))) !== this.settings.revision) await this.settings.refresh();
    await this.syncSources();
    const sources = this.sourcesRevision;
    if (!sourceId) return { workspace: this.settings.revision, sources, annotations: null };
    this.getMeta(sourceId);
    return {
      workspace: this.settings.revision,
      sources,
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
    this.problems.clearWorkspaceFile();
  }

  listProblems(): WorkspaceProblem[] {
    return this.problems.list();
  }

  /** Which sources are listed (their ids): changed by an import, a delete or a restore, here or elsewhere. */
  get sourcesRevision(): string {
    return revisionOf(
      this.listSources()
        .map((s) => s.id)
        .join('\n'),
    );
  }

  /** Sources in import order. */
  listSources(): SourceMeta[] {
    return this.sources.list();
  }

  hasSource(id: string): boolean {
    return this.sources.has(id);
  }

  /** The sources as their folders are now: another process may have deleted, restored or imported some. */
  async syncSources(): Promise<SourceMeta[]> {
    await this.sources.sync();
    return this.listSources();
  }

  /** Renames a source; refused (conflict) when its title on disk is no longer `baseTitle`. */
  async renameSource(id: string, title: string, baseTitle: string): Promise<SourceMeta> {
    return lifecycle.renameSource(this.lifecycleParts(), id, title, baseTitle);
  }

  /** Moves a source to trash/ (source-lifecycle.ts); refused when its claims are no longer at `baseRevision`. */
  async deleteSource(id: string, baseRevision: string): Promise<TrashEntry> {
    return lifecycle.deleteSource(this.lifecycleParts(), id, baseRevision);
  }

  async listTrash(): Promise<TrashEntry[]> {
    return lifecycle.listTrash(this.lifecycleParts());
  }

  async restoreSource(id: string): Promise<SourceMeta> {
    return lifecycle.restoreSource(this.lifecycleParts(), id);
  }

  async purgeSource(id: string): Promise<void> {
    await lifecycle.purgeSource(this.lifecycleParts(), id);
  }

  private lifecycleParts(): lifecycle.LifecycleParts {
    return { root: this.root, locks: this.locks, sources: this.sources, annotations: this.annotations };
  }

  getMeta(id: string): SourceMeta {
    return this.sources.get(id);
  }

  async readText(id: string): Promise<string> {
    return this.sources.readText(id);
  }

  async readOriginal(id: string): Promise<Uint8Array> {
    return this.sources.readOriginal(id);
  }

  /** Adds a source: assembled in a hidden staging folder, then renamed into place in one step. */
  async addSource(source: NewSource, hooks?: StageHooks): Promise<SourceMeta> {
    if (this.readOnly) throw new WorkbenchError('file-corrupt', this.readOnly);
    return this.sources.add(source, hooks);
  }

  /** Replaces a source's stored text and metadata (after decoding it again), each file atomically. */
  async replaceSourceText(id: string, text: string, changes: Partial<SourceMeta>): Promise<SourceMeta> {
    return this.sources.replaceText(id, text, changes);
  }

  /** Changes some fields of a source's meta.json (atomically, serialized with the source's other writes). */
  async updateMeta(
    id: string,
    changes: Partial<SourceMeta> | ((meta: SourceMeta) => Partial<SourceMeta>),
  ): Promise<SourceMeta> {
    return this.sources.updateMeta(id, changes);
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
    return updateReview(this.root, id, patch, this.locks, () => this.sources.checkPresent(id));
  }

  /** Renames the workspace in workspace.json; `baseRevision` as for saveTags. */
  async rename(name: string, baseRevision: string): Promise<void> {
    await this.settings.saveName(name, baseRevision);
  }

  /** Saves the search alias list in workspace.json; `baseRevision` as for saveTags. */
  async saveAliases(aliases: string[][], baseRevision?: string): Promise<void> {
    await this.settings.saveAliases(aliases, baseRevision);
  }

  /** A text edit from read to commit, holding the source's files throughout (text-edit.ts). */
  async editSource<T>(id: string, edit: TextEdit<T>): Promise<T> {
    return runTextEdit(
      { root: this.root, locks: this.locks, sources: this.sources, annotations: this.annotations },
      id,
      edit,
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
}
