// The report worker: makes one PDF report off the main thread, so the app's main process and the browser-mode
// server keep answering while it runs, and a report too big for memory ends this thread, not the app.
// Started by export-jobs.ts from the file beside it (report-worker.ts from source, .cjs/.js in the builds).

import { parentPort, workerData } from 'node:worker_threads';
import { WorkbenchError } from '../../../shared/errors.ts';
import { exportReportToFile } from '../pdf/report.ts';
import type { ReportJobMessage, ReportJobRequest } from './worker-protocol.ts';

/** Progress is posted at most this often: a 10 MB text has thousands of progress points. */
const PROGRESS_EVERY_MS = 100;

class Cancelled extends Error {}

const post = (message: ReportJobMessage) => parentPort!.postMessage(message);

async function run({ input, options, outPath, tmpPath, cancelFlag }: ReportJobRequest): Promise<void> {
  const flag = new Int32Array(cancelFlag);
  let last = 0;
  const onProgress = (fraction: number) => {
    // Thrown from inside the layout: exportReportToFile closes and removes its temp file on the way out.
    if (Atomics.load(flag, 0) === 1) throw new Cancelled('cancelled');
    const now = Date.now();
    if (now - last < PROGRESS_EVERY_MS) return;
    last = now;
    post({ type: 'progress', fraction });
  };
  try {
    const summary = await exportReportToFile(input, { ...options, onProgress }, outPath, tmpPath);
    post({ type: 'done', summary });
  } catch (error) {
    const cancelled = error instanceof Cancelled;
    const code = error instanceof WorkbenchError ? error.code : undefined;
    post({ type: 'failed', cancelled, ...(code ? { code } : {}), message: (error as Error).message });
  }
}

if (parentPort) void run(workerData as ReportJobRequest);
