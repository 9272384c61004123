// What a workspace could not use, listed for the window's banner: opening reports every unreadable file at once
// (open-checks.ts), and later reads report a corrupt file they kept aside. Nothing listed was destroyed; each
// entry names the file, workspace-relative, and where a corrupt one was kept.

import type { WorkspaceProblem } from '../../../shared/workspace/model.ts';
import { WORKSPACE_FILE, relativeTo } from './layout.ts';

export type ReportProblem = (path: string, kind: WorkspaceProblem['kind'], message: string, keptAs?: string) => void;

export class WorkspaceProblems {
  private readonly problems: WorkspaceProblem[] = [];

  constructor(private readonly root: string) {}

  /** A problem already in its final form (workspace-file.ts says why workspace.json made it read-only). */
  add(problem: WorkspaceProblem): void {
    this.problems.push(problem);
  }

  /** Records a problem with the file at `path` (and its kept copy at `keptAs`), both absolute. */
  readonly report: ReportProblem = (path, kind, message, keptAs) => {
    const problem: WorkspaceProblem = { file: relativeTo(this.root, path), kind, message };
    if (keptAs) problem.keptAs = relativeTo(this.root, keptAs);
    this.problems.push(problem);
  };

  /** A corrupt file moved aside to `kept`, so it is no longer read but nothing of it is lost. */
  reportKeptAside(path: string, message: string, kept: string): void {
    this.report(path, 'corrupt', `${message}. The file was kept as ${relativeTo(this.root, kept)}.`, kept);
  }

  /** Drops workspace.json's problems once it has been restored. */
  clearWorkspaceFile(): void {
    const rest = this.problems.filter((p) => p.file !== WORKSPACE_FILE);
    this.problems.splice(0, this.problems.length, ...rest);
  }

  list(): WorkspaceProblem[] {
    return [...this.problems];
  }
}
