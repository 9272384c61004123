// The app's PDF export: the report of one source or of the workspace (all or chosen sources), from the workspace, through the same engine as the CLI, made
// in a worker thread (export/export-jobs.ts) so the app answers other calls meanwhile, with progress and cancel.
// Where it goes is the door's business: a save dialog (Electron) or the bytes back to the page (browser mode).

import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ReportOptionsArg, ReportResult, WorkbenchApi, WorkspaceView } from '../../shared/api/contract.ts';
import { WorkbenchError } from '../../shared/errors.ts';
import { shownWorkspaceName } from '../../shared/workspace/names.ts';
import type { UiLanguage } from '../../shared/workspace/model.ts';
import type { AnyReportInput, ReportInput } from './pdf/report.ts';
import type { WorkspaceReportInput } from './pdf/report-types.ts';
import { safeFileStem } from './file-names.ts';
import type { ExportJobs } from './export/export-jobs.ts';
import { refuseOutInsideWorkspace } from './workspace/out-path.ts';

export interface ReportDoor {
  /** Asks where to save (null: cancelled). Absent where the door cannot show a dialog. */
  chooseSavePath?: (suggestedName: string) => Promise<string | null>;
  /** Shows the written file in the system's file manager. */
  revealFile?: (path: string) => void;
  /** Where a packaged app keeps the report's font files (it has no node_modules); see pdf/font-files.ts. */
  fontDir?: string;
  /** Without a save dialog: the folder where a report is made before its bytes go back (default: the OS's). */
  stagingDir?: string;
  /**
   * Browser mode: takes over the finished report (its file and its own folder) and answers the path the page
   * fetches it from, so the bytes never go through the API's JSON. Without it they come back as base64.
   */
  keepForDownload?: (path: string, fileName: string, dir: string) => string;
}

/**
 * The door with its save dialog checked: a path the researcher picks inside the workspace's own data (its
 * workspace.json, a source, a claim file) is refused, as the CLI refuses such an --out, before anything is made.
 */
export function savingOutside(door: ReportDoor, workspaceRoot: string): ReportDoor {
  const choose = door.chooseSavePath;
  if (!choose) return door;
  return {
    ...door,
    chooseSavePath: async (name) => {
      const path = await choose(name);
      if (path) await refuseOutInsideWorkspace(workspaceRoot, path);
      return path;
    },
  };
}

/**
 * Everything the report shows of a source, read through the service (also used by the CLI). With `passages`,
 * also its repeated passages and boilerplate with the researcher's kept flags (for options.skipPassages).
 */
/** What a report reads of a source: the service of its workspace, or any door's API. */
export type ReportReads = Pick<WorkbenchApi, 'getWorkspace' | 'getSource' | 'getAnnotations' | 'getPassages'>;

export async function reportInputFor(
  service: ReportReads,
  sourceId: string,
  opts: { passages?: boolean } = {},
): Promise<ReportInput> {
  const [view, source] = await Promise.all([service.getWorkspace({}), sourceInputFor(service, sourceId, opts)]);
  return { workspaceName: view.name, tags: view.tags, ...source };
}

/** The workspace report's input: every source in the workspace's order, or the chosen ones in the order given. */
export async function workspaceReportInputFor(
  service: ReportReads,
  sourceIds: readonly string[] | undefined,
  opts: { passages?: boolean } = {},
): Promise<WorkspaceReportInput> {
  const view = await service.getWorkspace({});
  const ids = chosenSources(view, sourceIds);
  const sources = await Promise.all(
    ids.map(async (id) => ({
      workspaceName: view.name,
      tags: view.tags,
      ...(await sourceInputFor(service, id, opts)),
    })),
  );
  return { workspaceName: view.name, tags: view.tags, sources };
}

/**
 * The ids a workspace export covers: all (none chosen) or the chosen ones, once each. Any id the workspace
 * does not have is refused, naming them all, before anything is read or written.
 */
export function chosenSources(view: WorkspaceView, sourceIds: readonly string[] | undefined): string[] {
  const known = new Set(view.sources.map((s) => s.id));
  const ids = sourceIds ? [...new Set(sourceIds)] : [...known];
  const unknown = ids.filter((id) => !known.has(id));
  if (unknown.length > 0) {
    const list = unknown.map((id) => `"${id}"`).join(', ');
    throw new WorkbenchError('not-found', `This workspace has no source ${list}; nothing was exported.`);
  }
  if (ids.length === 0) throw new WorkbenchError('invalid-argument', 'This workspace has no sources to export.');
  return ids;
}

async function sourceInputFor(
  service: ReportReads,
  sourceId: string,
  opts: { passages?: boolean },
): Promise<Omit<ReportInput, 'workspaceName' | 'tags'>> {
  const [{ meta, text }, { annotations }, found] = await Promise.all([
    service.getSource({ sourceId }),
    service.getAnnotations({ sourceId }),
    opts.passages ? service.getPassages({ sourceId }) : undefined,
  ]);
  const source = { title: meta.title, text, direction: meta.direction, meta };
  // Found on the text just read (the service caches them per text revision, so they match it).
  const passages = found?.passages.map(({ start, end, kind, kept }) => ({ start, end, kind, kept }));
  return { source, annotations, ...(passages ? { passages } : {}) };
}

export async function exportReport(
  service: ReportReads,
  args: { sourceId: string; options: ReportOptionsArg; jobId?: string },
  language: UiLanguage,
  door: ReportDoor,
  jobs: ExportJobs,
): Promise<ReportResult> {
  const input = await reportInputFor(service, args.sourceId, { passages: args.options.skipPassages === true });
  return deliver(input, `${safeFileStem(input.source.title)}.report.pdf`, args, language, door, jobs);
}

/** The report of the workspace, or of the sources chosen, saved or handed back as exportReport's is. */
export async function exportWorkspaceReport(
  service: ReportReads,
  args: { sourceIds?: string[]; options: ReportOptionsArg; jobId?: string },
  language: UiLanguage,
  door: ReportDoor,
  jobs: ExportJobs,
): Promise<ReportResult> {
  const passages = args.options.skipPassages === true;
  const input = await workspaceReportInputFor(service, args.sourceIds, { passages });
  const name = shownWorkspaceName(input.workspaceName, language);
  return deliver(input, `${safeFileStem(name)}.workspace-report.pdf`, args, language, door, jobs);
}

/** Makes the report in a worker and puts it where the door says: a path it chose, a download, or the bytes. */
async function deliver(
  input: AnyReportInput,
  fileName: string,
  args: { options: ReportOptionsArg; jobId?: string },
  language: UiLanguage,
  door: ReportDoor,
  jobs: ExportJobs,
): Promise<ReportResult> {
  const options = { ...args.options, language, ...(door.fontDir ? { fontDir: door.fontDir } : {}) };
  const cancelled = { fileName, cancelled: true, claims: 0, orphans: 0, pages: 0 };
  if (door.chooseSavePath) {
    const path = await door.chooseSavePath(fileName);
    if (!path) return cancelled;
    const summary = await jobs.run(args.jobId, input, options, path);
    if (!summary) return cancelled;
    door.revealFile?.(path);
    return { fileName, cancelled: false, savedTo: path, ...counts(summary) };
  }
  // Made in a folder of its own, then handed to the download door or read back, and removed unless handed on:
  // nothing stays behind, whatever happens.
  const staging = door.stagingDir ?? tmpdir();
  await mkdir(staging, { recursive: true });
  const dir = await mkdtemp(join(staging, 'report-'));
  let handedOn = false;
  try {
    const path = join(dir, fileName);
    const summary = await jobs.run(args.jobId, input, options, path);
    if (!summary) return cancelled;
    if (door.keepForDownload) {
      const downloadPath = door.keepForDownload(path, fileName, dir);
      handedOn = true;
      return { fileName, cancelled: false, downloadPath, ...counts(summary) };
    }
    const dataBase64 = (await readFile(path)).toString('base64');
    return { fileName, cancelled: false, dataBase64, ...counts(summary) };
  } finally {
    if (!handedOn) await rm(dir, { recursive: true, force: true });
  }
}

function counts(summary: { claims: number; orphans: unknown[]; pages: number }) {
  return { claims: summary.claims, orphans: summary.orphans.length, pages: summary.pages };
}
