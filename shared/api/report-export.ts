// What the contract's exports take and answer: the PDF report's options and result, an export job's progress,
// the annotated original and the annotation file formats. Apart from contract.ts to keep that file small.

import { z } from 'zod';
import { DIGIT_STYLES, PAPER_SIZES, REPORT_FONTS } from '../report/options.ts';
import { SourceIdSchema } from './workspace-view.ts';

const ReportOptionsSchema = z.object({
  font: z.enum(REPORT_FONTS).optional(),
  paper: z.enum(PAPER_SIZES).optional(),
  digits: z.enum(DIGIT_STYLES).optional(),
  includeOrphans: z.boolean().optional(),
  /** Leave repeated passages and boilerplate out of the report's text (those without claims). */
  skipPassages: z.boolean().optional(),
});
export type ReportOptionsArg = z.infer<typeof ReportOptionsSchema>;

const ReportResultSchema = z.object({
  fileName: z.string(),
  /** The user closed the save dialog: nothing was written. */
  cancelled: z.boolean(),
  /** Where the PDF was written (Electron, after a save dialog). */
  savedTo: z.string().optional(),
  /** The PDF itself, where the door cannot write files for the user (browser mode downloads it). */
  dataBase64: z.string().optional(),
  /** Browser mode's report: the server path the page GETs it from, once, with the launch token. */
  downloadPath: z.string().optional(),
  claims: z.number().int(),
  orphans: z.number().int(),
  pages: z.number().int(),
});
export type ReportResult = z.infer<typeof ReportResultSchema>;

/** Chosen by the caller of exportReport, so it can poll and cancel the export while that call is pending. */
const ExportJobIdSchema = z.string().regex(/^[A-Za-z0-9-]{1,64}$/, 'not an export job id');

const WorkspaceReportArgsSchema = z.object({
  /** The sources to report on, in this order; absent: every source of the workspace, in its order. */
  sourceIds: z.array(SourceIdSchema).min(1).optional(),
  options: ReportOptionsSchema,
  jobId: ExportJobIdSchema.optional(),
});

const ExportProgressSchema = z.object({
  /** pending: not started (or unknown); running; done, failed or cancelled for a minute after it ended. */
  state: z.enum(['pending', 'running', 'done', 'failed', 'cancelled']),
  /** Share of the work done, 0 to 1. */
  fraction: z.number().min(0).max(1),
});

// --- Sources as researchers have them (issue 15): the annotated original PDF. ---

/** Saved like the report (a save dialog, or the bytes back to the page); counts highlights instead of pages. */
export const AnnotatedOriginalResultSchema = ReportResultSchema.omit({ pages: true }).extend({
  /** /Highlight annotations written (a claim across a page break has one per page). */
  highlights: z.number().int(),
});
export type AnnotatedOriginalResult = z.infer<typeof AnnotatedOriginalResultSchema>;

export const ExportFormatSchema = z.enum(['jsonld', 'csv']);
export type ExportFormat = z.infer<typeof ExportFormatSchema>;

/** The contract's export methods (spread into contract.ts's `api`; kept here beside their schemas). */
export const exportApi = {
  /** A source's annotations as W3C JSON-LD or as CSV, for the user to save. */
  exportAnnotations: {
    args: z.object({ sourceId: SourceIdSchema, format: ExportFormatSchema }),
    result: z.object({ fileName: z.string(), mimeType: z.string(), content: z.string() }),
  },
  /**
   * The annotated PDF report of a source (electron/services/pdf). In Electron the user picks where to
   * save it, then the file is shown in its folder; in browser mode the PDF comes back for the page to download.
   * Written atomically: a failed export leaves no file. Made in a worker thread: every other call is answered
   * meanwhile. With a `jobId`, getExportProgress tells how far it got and cancelExport stops it (the answer is
   * then `cancelled: true` and nothing is written).
   */
  exportReport: {
    args: z.object({ sourceId: SourceIdSchema, options: ReportOptionsSchema, jobId: ExportJobIdSchema.optional() }),
    result: ReportResultSchema,
  },
  /**
   * One PDF of the workspace or of the chosen sources (a title page with their provenance, each source's text, one
   * claims table across them, orphans); saved, made, followed and cancelled like exportReport. An unknown source
   * id fails with not-found, naming it, before anything is made.
   */
  exportWorkspaceReport: { args: WorkspaceReportArgsSchema, result: ReportResultSchema },
  /** How far the export with this jobId got ('pending' before it starts). */
  getExportProgress: {
    args: z.object({ jobId: ExportJobIdSchema }),
    result: ExportProgressSchema,
  },
  /**
   * Stops the export with this jobId; its exportReport answers cancelled and leaves no file. Answers true if it
   * was running or had not started yet (it then answers cancelled as it starts), false if it had already ended.
   */
  cancelExport: {
    args: z.object({ jobId: ExportJobIdSchema }),
    result: z.object({ cancelled: z.boolean() }),
  },
} as const;
