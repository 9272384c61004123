// The app's PDF export: the report of one source, from the workspace, through the same engine as the CLI.
// Where it goes is the door's business: a save dialog (Electron) or the bytes back to the page (browser mode).

import type { ReportOptionsArg, ReportResult, WorkbenchApi } from '../../shared/api/contract.ts';
import type { UiLanguage } from '../../shared/workspace/model.ts';
import { exportReportToFile, renderReport, type ReportInput } from './pdf/report.ts';
import { safeFileStem } from './file-names.ts';

export interface ReportDoor {
  /** Asks where to save (null: cancelled). Absent where the door cannot show a dialog. */
  chooseSavePath?: (suggestedName: string) => Promise<string | null>;
  /** Shows the written file in the system's file manager. */
  revealFile?: (path: string) => void;
  /** Where a packaged app keeps the report's font files (it has no node_modules); see pdf/font-files.ts. */
  fontDir?: string;
}

/**
 * Everything the report shows of a source, read through the service (also used by the CLI). With `passages`,
 * also its repeated passages and boilerplate with the researcher's kept flags (for options.skipPassages).
 */
export async function reportInputFor(
  service: WorkbenchApi,
  sourceId: string,
  opts: { passages?: boolean } = {},
): Promise<ReportInput> {
  const [view, { meta, text }, { annotations }, found] = await Promise.all([
    service.getWorkspace({}),
    service.getSource({ sourceId }),
    service.getAnnotations({ sourceId }),
    opts.passages ? service.getPassages({ sourceId }) : undefined,
  ]);
  const source = { title: meta.title, text, direction: meta.direction, meta };
  // Found on the text just read (the service caches them per text revision, so they match it).
  const passages = found?.passages.map(({ start, end, kind, kept }) => ({ start, end, kind, kept }));
  return { workspaceName: view.name, source, annotations, tags: view.tags, ...(passages ? { passages } : {}) };
}

export async function exportReport(
  service: WorkbenchApi,
  args: { sourceId: string; options: ReportOptionsArg },
  language: UiLanguage,
  door: ReportDoor,
): Promise<ReportResult> {
  const input = await reportInputFor(service, args.sourceId, { passages: args.options.skipPassages === true });
  const options = { ...args.options, language, ...(door.fontDir ? { fontDir: door.fontDir } : {}) };
  const fileName = `${safeFileStem(input.source.title)}.report.pdf`;
  if (door.chooseSavePath) {
    const path = await door.chooseSavePath(fileName);
    if (!path) return { fileName, cancelled: true, claims: 0, orphans: 0, pages: 0 };
    const summary = await exportReportToFile(input, options, path);
    door.revealFile?.(path);
    return {
      fileName,
      cancelled: false,
      savedTo: path,
      claims: summary.claims,
      orphans: summary.orphans.length,
      pages: summary.pages,
    };
  }
  const { pdf, summary } = await renderReport(input, options);
  return {
    fileName,
    cancelled: false,
    dataBase64: Buffer.from(pdf).toString('base64'),
    claims: summary.claims,
    orphans: summary.orphans.length,
    pages: summary.pages,
  };
}
