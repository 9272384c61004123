// Report exports as jobs in a worker thread (report-worker.ts): the caller's thread stays free, so every other
// API call is answered while a report is made; each job has a progress any door can poll and can be cancelled.
// A cancelled or failed job leaves no file: the worker writes a temp file and renames it only when complete,
// and removes it when it stops; if it does not stop, it is terminated and the temp file removed here.

import { rmSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { isErrorCode, WorkbenchError } from '../../../shared/errors.ts';
import { reportTempPath, type AnyReportInput, type ReportOptions, type ReportSummary } from '../pdf/report.ts';
import { reportTitle } from '../pdf/report-types.ts';
import type { ReportJobMessage, ReportJobRequest } from './worker-protocol.ts';

type JobState = 'pending' | 'running' | 'done' | 'failed' | 'cancelled';

export interface JobProgress {
  state: JobState;
  /** Share of the work done, 0 to 1. */
  fraction: number;
}

/** The worker's heap: more than any report needs (a 10 MB one-line text keeps < 160 MB live), and a bound. */
const WORKER_HEAP_MB = 384;
/** A cancelled worker that has not stopped by then (inside one long step) is terminated. */
const CANCEL_GRACE_MS = 3000;
/** How long a finished job's state stays readable for a last poll. */
const KEEP_FINISHED_MS = 60_000;

/** The worker file beside this module's own file: report-worker.ts from source, .cjs / .js in the bundles. */
function workerFile(): URL {
  const here = fileURLToPath(import.meta.url);
  return pathToFileURL(join(dirname(here), `report-worker${extname(here)}`));
}

interface Job extends JobProgress {
  cancel?: () => void;
}

export class ExportJobs {
  private readonly jobs = new Map<string, Job>();

  progress(jobId: string): JobProgress {
    const job = this.jobs.get(jobId);
    return job ? { state: job.state, fraction: job.fraction } : { state: 'pending', fraction: 0 };
  }

  /** True if the job was running (or not started yet: it will answer cancelled as soon as it starts). */
  cancel(jobId: string): boolean {
    const job = this.jobs.get(jobId);
    if (!job) {
      this.finish(jobId, { state: 'cancelled', fraction: 0 });
      return true;
    }
    if (job.state !== 'running') return false;
    job.cancel?.();
    return true;
  }

  /** Writes the report to `outPath`; resolves with its summary, or null when cancelled. */
  async run(
    jobId: string | undefined,
    input: AnyReportInput,
    options: ReportOptions,
    outPath: string,
  ): Promise<ReportSummary | null> {
    if (jobId !== undefined && this.jobs.get(jobId)?.state === 'cancelled') return null;
    const job: Job = { state: 'running', fraction: 0 };
    if (jobId !== undefined) this.jobs.set(jobId, job);
    try {
      const summary = await runInWorker(input, options, outPath, job);
      this.finish(jobId, { state: summary ? 'done' : 'cancelled', fraction: summary ? 1 : job.fraction });
      return summary;
    } catch (error) {
      this.finish(jobId, { state: 'failed', fraction: job.fraction });
      throw error;
    }
  }

  private finish(jobId: string | undefined, state: JobProgress): void {
    if (jobId === undefined) return;
    this.jobs.set(jobId, state);
    setTimeout(() => this.jobs.get(jobId) === state && this.jobs.delete(jobId), KEEP_FINISHED_MS).unref();
  }
}

/** One report in one worker; `job` is kept up to date and given its cancel. */
export function runInWorker(
  input: AnyReportInput,
  { onProgress, ...options }: ReportOptions,
  outPath: string,
  job: Job = { state: 'running', fraction: 0 },
): Promise<ReportSummary | null> {
  const tmpPath = reportTempPath(outPath);
  const cancelFlag = new SharedArrayBuffer(4);
  const request: ReportJobRequest = { input, options, outPath, tmpPath, cancelFlag };
  const worker = new Worker(workerFile(), {
    workerData: request,
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
  });
  return new Promise((resolve, reject) => {
    let settled = false;
    let cancelled = false;
    const settle = (finish: () => void) => {
      if (settled) return;
      settled = true;
      finish();
      void worker.terminate();
    };
    job.cancel = () => {
      cancelled = true;
      Atomics.store(new Int32Array(cancelFlag), 0, 1);
      setTimeout(() => {
        if (settled) return;
        rmSync(tmpPath, { force: true });
        settle(() => resolve(null));
      }, CANCEL_GRACE_MS).unref();
    };
    worker.on('message', (message: ReportJobMessage) => {
      if (message.type === 'progress') {
        job.fraction = message.fraction;
        onProgress?.(message.fraction);
      } else if (message.type === 'done') {
        settle(() => resolve(message.summary));
      } else if (message.cancelled) {
        settle(() => resolve(null));
      } else {
        const code = isErrorCode(message.code) ? message.code : 'internal';
        settle(() => reject(new WorkbenchError(code, message.message)));
      }
    });
    worker.on('error', (error: Error & { code?: string }) => {
      rmSync(tmpPath, { force: true });
      const reason =
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? `the report of "${reportTitle(input)}" needs more memory than an export may use (${WORKER_HEAP_MB} MB)`
          : `the report of "${reportTitle(input)}" could not be made: ${error.message}`;
      settle(() => reject(new WorkbenchError('internal', `${reason}; nothing was written to ${outPath}.`)));
    });
    worker.on('exit', (exitCode) => {
      rmSync(tmpPath, { force: true });
      if (cancelled) settle(() => resolve(null));
      const reason = `the report worker stopped (exit code ${exitCode}); nothing was written to ${outPath}.`;
      settle(() => reject(new WorkbenchError('internal', reason)));
    });
  });
}
