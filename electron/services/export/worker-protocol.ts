// What the main thread and the report worker (report-worker.ts) say to each other. The worker gets everything
// in its workerData and only ever answers: progress now and then, then one done or failed.

import type { AnyReportInput, ReportOptions, ReportSummary } from '../pdf/report-types.ts';

export interface ReportJobRequest {
  /** One source's report or the workspace's. */
  input: AnyReportInput;
  /** Without onProgress: a function does not cross to a worker. */
  options: Omit<ReportOptions, 'onProgress'>;
  outPath: string;
  /** The temp file the worker writes before renaming it to outPath; the main thread removes it if all fails. */
  tmpPath: string;
  /** One Int32: set to 1 by the main thread to cancel; the worker stops at its next progress point. */
  cancelFlag: SharedArrayBuffer;
}

export type ReportJobMessage =
  | { type: 'progress'; fraction: number }
  | { type: 'done'; summary: ReportSummary }
  | { type: 'failed'; cancelled: boolean; code?: string; message: string };
