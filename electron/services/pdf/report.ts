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
import { loadFontChain } from './fonts.ts';
import { digits, word } from './labels.ts';
import { PageFlow } from './page-flow.ts';
import { omittedBlocks } from './omissions.ts';
import { HighlightCollector } from './pdf-annotations.ts';
import type { ReportInput, ReportOptions, ReportSummary } from './report-types.ts';
import { renderTitlePage } from './title-page.ts';
import { Typesetter } from './typesetter.ts';

export type { ReportInput, ReportOptions, ReportSummary } from './report-types.ts';

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
  const font = options.font ?? 'vazirmatn';
  const [regular, bold] = await Promise.all([
    loadFontChain(font, 'regular', options.fontCacheDir, options.fontDir),
    loadFontChain(font, 'bold', options.fontCacheDir, options.fontDir),
  ]);
  const language = options.language ?? 'ar';
  const now = options.now ?? new Date();
  const flow = new PageFlow(
    options.paper ?? 'A4',
    {
      Title: `${input.source.title} — ${word('title', language)}`,
      Creator: 'Claim Workbench',
      Producer: 'Claim Workbench (pdfkit)',
      CreationDate: now,
    },
    // The source's language: most of the report is its text (Arabic for a right-to-left source).
    { lang: input.source.direction === 'rtl' ? 'ar' : language, ...(sink ? { sink } : {}) },
  );
  const { claims, orphans } = prepareClaims(input.annotations, input.source.text, input.tags);
  const ctx: ReportContext = {
    input,
    flow,
    ts: new Typesetter(flow, { regular, bold }),
    claims,
    orphans,
    highlights: new HighlightCollector(language),
    language,
    direction: language === 'ar' ? 'rtl' : 'ltr',
    digits: options.digits ?? 'western',
    now,
    omissions: options.skipPassages ? omittedBlocks(input.source.text, input.passages ?? [], claims) : [],
    ...(options.onProgress
      ? { progress: progressOf(input.source.text.length, claims.length + orphans.length, options.onProgress) }
      : {}),
  };
  flow.hooks = {
    onPageStart: runningHeader(ctx),
    onPageEnd: () => ctx.highlights.flush(flow.doc),
  };
  renderTitlePage(ctx);
  const first = flow.page + 1;
  renderBody(ctx);
  const bodyPages = { first, last: flow.page };
  renderClaimsTable(ctx, claims, 'table');
  if ((options.includeOrphans ?? true) && orphans.length > 0) renderClaimsTable(ctx, orphans, 'orphans', 'orphansNote');
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
 * Renders straight into a temp file beside `outPath`, then renames it: a failed export (bad input, full disk,
 * unwritable folder) leaves no partial file behind, and an existing file is replaced only by a complete one.
 * The PDF never sits whole in memory (43 MB for a 10 MB text).
 */
export async function exportReportToFile(
  input: ReportInput,
  options: ReportOptions,
  outPath: string,
  tmp = reportTempPath(outPath),
): Promise<ReportSummary> {
  let fd: number | undefined;
  try {
    fd = ioStep(outPath, () => openSync(tmp, 'wx'));
    const out = fd;
    const batch = new WriteBatch((bytes) => ioStep(outPath, () => writeFully(out, bytes)));
    const { summary } = await render(input, options, (chunk) => batch.add(chunk));
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

/** A table row weighs about as much work as this many code units of text. */
const ROW_WEIGHT = 400;

function progressOf(textLength: number, rows: number, report: (fraction: number) => void): ReportContext['progress'] {
  const total = Math.max(1, textLength + rows * ROW_WEIGHT);
  let rowsDone = 0;
  return {
    text: (offset) => report(Math.min(1, offset / total)),
    row: () => report(Math.min(1, (textLength + ++rowsDone * ROW_WEIGHT) / total)),
  };
}

/** Every page after the title page: the source title at the top, the page number at the bottom. */
function runningHeader(ctx: ReportContext) {
  const { flow, ts } = ctx;
  const size = 8;
  const options = { size, leading: 1.4, left: flow.left, width: flow.contentWidth, color: '#666666' } as const;
  let title: ReturnType<Typesetter['layout']> | undefined;
  return (_flow: PageFlow, page: number) => {
    if (page === 1) return;
    title ??= ts.layout(ctx.input.source.title.replace(/\s+/g, ' '), {
      ...options,
      direction: ctx.input.source.direction,
    });
    const oneLine = { ...title, lines: title.lines.slice(0, 1) };
    flow.structure.artifact(() => {
      ts.drawBlock(oneLine, { ...options, direction: ctx.input.source.direction, align: 'center' }, 30);
      flow.doc.save();
      flow.doc.moveTo(flow.left, 47).lineTo(flow.right, 47).lineWidth(0.4).stroke('#bbbbbb');
      flow.doc.restore();
      const number = ts.layout(digits(page, ctx.digits), { ...options, direction: ctx.direction });
      ts.drawBlock(number, { ...options, direction: ctx.direction, align: 'center' }, flow.height - 40);
    }, 'Pagination');
  };
}
