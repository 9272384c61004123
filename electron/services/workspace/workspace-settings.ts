// workspace.json as one process holds it: the tag set, aliases and name, its revision (a hash of its bytes), and
// whether the workspace is read-only because the file could not be used. Every change is a read-modify-write
// holding the file, applied to what is on disk then; a caller naming an older revision is refused (conflict).

import { WorkbenchError } from '../../../shared/errors.ts';
import {
  WorkspaceFileSchema,
  type Tag,
  type WorkspaceFile,
  type WorkspaceProblem,
} from '../../../shared/workspace/model.ts';
import { writeFileAtomic } from '../fs/atomic.ts';
import { parseJsonText, toJson } from './json-file.ts';
import { workspaceFile } from './layout.ts';
import type { FileLocks } from './locks.ts';
import { readWithRevision, revisionOf } from './revision.ts';
import { parseWorkspaceFile, restoreWorkspaceFile } from './workspace-file.ts';

export class WorkspaceSettings {
  private readOnlyReason: string | undefined;

  private constructor(
    private readonly root: string,
    private readonly locks: FileLocks,
    private file: WorkspaceFile,
    /** The revision of workspace.json as this process last read or wrote it. */
    private fileRevision: string,
  ) {}

  static async load(root: string, locks: FileLocks, file: WorkspaceFile): Promise<WorkspaceSettings> {
    return new WorkspaceSettings(root, locks, file, (await readWithRevision(workspaceFile(root))).revision);
  }

  get current(): WorkspaceFile {
    return this.file;
  }

  get revision(): string {
    return this.fileRevision;
  }

  /** Why nothing can be written (workspace.json could not be used), or undefined when writable. */
  get readOnly(): string | undefined {
    return this.readOnlyReason;
  }

  /** Refuses every write of the workspace (the locks refuse to hold anything) until restore(). */
  becomeReadOnly(problem: WorkspaceProblem): void {
    this.readOnlyReason =
      `The workspace is open read-only because its workspace.json could not be used (kept as ${problem.keptAs}); ` +
      `nothing can be changed until it is restored. ${problem.message}`;
    this.locks.closeWith(() => new WorkbenchError('file-corrupt', this.readOnlyReason!));
  }

  /** Puts back a valid workspace.json (workspace-file.ts) and makes the workspace writable again. */
  async restore(keptAs?: string): Promise<void> {
    this.file = await restoreWorkspaceFile(this.root, keptAs);
    this.readOnlyReason = undefined;
    this.locks.reopen();
    this.fileRevision = (await readWithRevision(workspaceFile(this.root))).revision;
  }

  async saveTags(tags: Tag[] | ((current: Tag[]) => Tag[]), baseRevision?: string): Promise<void> {
    await this.update((file) => ({ ...file, tags: typeof tags === 'function' ? tags(file.tags) : tags }), baseRevision);
  }

  async saveAliases(aliases: string[][], baseRevision?: string): Promise<void> {
    await this.update((file) => ({ ...file, aliases }), baseRevision);
  }

  async saveName(name: string, baseRevision: string): Promise<void> {
    await this.update((file) => ({ ...file, name }), baseRevision);
  }

  /** Refuses (conflict) when workspace.json is no longer at `baseRevision`, before a change starts. */
  async checkRevision(baseRevision: string): Promise<void> {
    await this.refresh();
    if (baseRevision !== this.fileRevision) throw this.stale();
  }

  /** Picks up workspace.json as changed on disk by another process, if it is readable. */
  async refresh(): Promise<void> {
    const { bytes, revision } = await readWithRevision(workspaceFile(this.root));
    if (bytes === null || revision === this.fileRevision) return;
    const read = parseJsonText(bytes.toString('utf8'), parseWorkspaceFile);
    // Unreadable (a sync client mid-way, a newer version): keep what was read; the next write re-checks.
    if (read.kind !== 'ok') return;
    this.file = read.value;
    this.fileRevision = revision;
  }

  private async update(change: (file: WorkspaceFile) => WorkspaceFile, baseRevision?: string): Promise<void> {
    await this.locks.hold(workspaceFile(this.root), async () => {
      await this.refresh();
      if (baseRevision !== undefined && baseRevision !== this.fileRevision) throw this.stale();
      const next = WorkspaceFileSchema.parse(change(this.file));
      const body = toJson(next);
      await writeFileAtomic(workspaceFile(this.root), body);
      this.file = next;
      this.fileRevision = revisionOf(body);
    });
  }

  private stale(): WorkbenchError {
    return new WorkbenchError(
      'conflict',
      `The name, tags or search aliases of workspace "${this.file.name}" were changed elsewhere meanwhile; they were reloaded. Apply your change again.`,
    );
  }
}
