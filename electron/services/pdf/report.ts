// The annotated PDF report: title page (source, metadata, counts per tag, legend), the annotated text, the claims
// table (the endnotes) and, when asked, an appendix of orphaned claims. Entry points for the CLI and the app.

import { WorkbenchError } from '../../../shared/errors.ts';
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { syncFolder } from '../fs/atomic.ts';
import { renderBody } from './body.ts';
import { prepareClaims } from './claims.ts';
import { renderClaimsTable } from './claims-table.ts';
import type { ReportContext } from './context.ts';
import { word } from './labels.ts';
import { omittedBlocks } from './omissions.ts';
import {
  isWorkspaceInput,
  type AnyReportInput,
  type ReportInput,
  type ReportOptions,
  type ReportSummary,
} from './report-types.ts';
import { renderWorkspaceReport } from './workspace-report.ts';
import { renderTitlePage } from './title-page.ts';
import { openReport, progressOf, runningHeader } from './report-setup.ts';

export type { AnyReportInput, ReportInput, ReportOptions, ReportSummary } from './report-types.ts';

/** The whole report in memory, with what it holds (page ranges, orphans) for callers that report on it. */
export async function renderReport(
  input: ReportInput,
  options: ReportOptions = {},
): Promise<{ pdf: Uint8Array; summary: ReportSummary }> {
  return render(input, options);
}

/** With a sink the PDF's bytes go there as they are made and `pdf` is empty. */
async function render(
  input: ReportInput,
  options: ReportOptions,
  sink?: (chunk: Uint8Array) => void,
): Promise<{ pdf: Uint8Array; summary: ReportSummary }> {
  const base = await openReport(
    options,
    // The source's language: most of the report is its text (Arabic for a right-to-left source).
    {
      title: (language) => `${input.source.title} — ${word('title', language)}`,
      ...(input.source.direction === 'rtl' ? { lang: 'ar' } : {}),
    },
    sink,
  );
  const { flow } = base;
  const { claims, orphans } = prepareClaims(input.annotations, input.source.text, input.tags);
  const ctx: ReportContext = {
    ...base,
    input,
    claims,
    orphans,
    omissions: options.skipPassages ? omittedBlocks(input.source.text, input.passages ?? [], claims) : [],
    ...(options.onProgress
      ? { progress: progressOf(input.source.text.length, claims.length + orphans.length, options.onProgress) }
      : {}),
  };
  flow.hooks = {
    onPageStart: runningHeader(ctx, () => ({ text: input.source.title, direction: input.source.direction })),
    onPageEnd: () => ctx.highlights.flush(flow.doc),
  };
  renderTitlePage(ctx);
  const first = flow.page + 1;
  renderBody(ctx);
  const bodyPages = { first, last: flow.page };
  renderClaimsTable(ctx, claims, 'table');
  if ((options.includeOrphans ?? true) && orphans.length > 0)
    renderClaimsTable(ctx, orphans, 'orphans', { intro: 'orphansNote' });
  const pages = flow.page;
  const pdf = await flow.finish();
  return {
    pdf,
    summary: {
      pages,
      bodyPages,
      claims: claims.length,
      orphans: orphans.map((o) => ({ id: o.id, quote: o.quote })),
      bytes: flow.bytes,
    },
  };
}

/**
 * Renders either report (one source's, or the workspace's: workspace-report.ts) straight into a temp file beside `outPath`, then renames it: a failed export (bad input, full disk,
 * unwritable folder) leaves no partial file behind, and an existing file is replaced only by a complete one.
 * The PDF never sits whole in memory (43 MB for a 10 MB text).
 */
export async function exportReportToFile(
  input: AnyReportInput,
  options: ReportOptions,
  outPath: string,
  tmp = reportTempPath(outPath),
): Promise<ReportSummary> {
  let fd: number | undefined;
  try {
    fd = ioStep(outPath, () => openSync(tmp, 'wx'));
    const out = fd;
    const batch = new WriteBatch((bytes) => ioStep(outPath, () => writeFully(out, bytes)));
    const sink = (chunk: Uint8Array) => batch.add(chunk);
    const { summary } = await (isWorkspaceInput(input)
      ? renderWorkspaceReport(input, options, sink)
      : render(input, options, sink));
    batch.flush();
    ioStep(outPath, () => fsyncSync(out));
    closeSync(out);
    fd = undefined;
    ioStep(outPath, () => renameSync(tmp, outPath));
    await syncFolder(dirname(outPath));
    return summary;
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    rmSync(tmp, { force: true });
    throw error;
  }
}

/** A hidden name beside the report (a rename is atomic only within one file system). */
export function reportTempPath(outPath: string): string {
  return join(dirname(outPath), `.${basename(outPath)}.${randomBytes(6).toString('hex')}.tmp`);
}

/** Bytes gathered before one write: at most this much of the PDF is held in memory. */
const WRITE_BATCH_BYTES = 1024 * 1024;

/**
 * pdfkit hands out every object header, dictionary and "endobj" as a chunk of its own; one write per chunk was
 * more than a second of system calls for 10,000 claims.
 */
class WriteBatch {
  private chunks: Uint8Array[] = [];
  private size = 0;

  constructor(private readonly write: (bytes: Buffer) => void) {}

  add(chunk: Uint8Array): void {
    this.chunks.push(chunk);
    this.size += chunk.byteLength;
    if (this.size >= WRITE_BATCH_BYTES) this.flush();
  }

  flush(): void {
    if (this.size === 0) return;
    const bytes = Buffer.concat(this.chunks, this.size);
    this.chunks = [];
    this.size = 0;
    this.write(bytes);
  }
}

function writeFully(fd: number, chunk: Buffer): void {
  for (let done = 0; done < chunk.byteLength;) done += writeSync(fd, chunk, done);
}

function ioStep<T>(outPath: string, step: () => T): T {
  try {
    return step();
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new WorkbenchError('io', `cannot write ${outPath}: ${reason}`);
  }
}
