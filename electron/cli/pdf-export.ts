// `workbench export --format pdf`: the annotated PDF report of one source, from a workspace or from a text file
// plus any W3C annotation file. Claims whose text is not found are orphans: a warning each on stderr, exit 0.
// --skip-passages leaves repeated passages and boilerplate out of the text (those kept as content, and those
// holding a claim, stay), as the app's setting does.

import { basename } from 'node:path';
import { findPassages } from '../../shared/review/passages.ts';
import { DIGIT_STYLES, PAPER_SIZES, REPORT_FONTS, REPORT_LANGUAGES } from '../../shared/report/options.ts';
import { DEFAULT_TAGS } from '../../shared/workspace/model.ts';
import type { ReportInput, ReportOptions, ReportSummary } from '../services/pdf/report.ts';
import { runInWorker } from '../services/export/export-jobs.ts';
import { reportInputFor } from '../services/report-export.ts';
import { requireOption, UsageError, type ParsedArgs } from './args.ts';
import { openFor, outPathFor, readStandalone, type Output } from './command-inputs.ts';

const MAX_QUOTE_IN_WARNING = 40;

export async function exportPdfCommand(args: ParsedArgs, io: Output): Promise<number> {
  const out = await outPathFor(args);
  const options = pdfOptions(args);
  const input = args.options.workspace ? await fromWorkspace(args) : await fromFiles(args);
  // In a worker like the app's export: a report too big for memory is a clear error, not a crashed Node.
  const summary = await runInWorker(input, options, out);
  return tellWritten(args, io, out, summary, { annotations: input.annotations.length });
}

/** What was written (a line, or JSON with --json), and a warning for each claim not found in its text. */
export function tellWritten(
  args: ParsedArgs,
  io: Output,
  out: string,
  summary: ReportSummary | null,
  counts: { annotations: number; sources?: number },
): number {
  if (!summary) throw new Error(`the export of ${out} stopped before it was written`);
  for (const orphan of summary.orphans) {
    io.err(`workbench: warning: claim ${orphan.id} was not found in the text (orphan): "${short(orphan.quote)}"`);
  }
  const { claims, pages } = summary;
  const orphans = summary.orphans.length;
  if (args.options.json) io.out(JSON.stringify({ out, format: 'pdf', ...counts, claims, orphans, pages }));
  else io.out(`wrote ${out} (${claims} claims, ${orphans} orphans, ${pages} pages, pdf)`);
  return 0;
}

export function pdfOptions(args: ParsedArgs): ReportOptions {
  const { font, paper, digits, lang, orphans } = args.options;
  return {
    font: oneOf('font', font, REPORT_FONTS) ?? 'vazirmatn',
    paper: oneOf('paper', paper, PAPER_SIZES) ?? 'A4',
    digits: oneOf('digits', digits === 'arabic' ? 'arabic-indic' : digits, DIGIT_STYLES) ?? 'western',
    language: oneOf('lang', lang, REPORT_LANGUAGES) ?? 'ar',
    includeOrphans: orphans ?? true,
    skipPassages: args.options['skip-passages'] ?? false,
  };
}

function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  const found = allowed.find((a) => a.toLowerCase() === value.toLowerCase());
  if (!found) throw new UsageError(`--${name} must be ${allowed.join(' or ')}, not "${value}".`);
  return found;
}

async function fromWorkspace(args: ParsedArgs): Promise<ReportInput> {
  const { service } = await openFor(args);
  return reportInputFor(service, requireOption(args, 'source'), { passages: args.options['skip-passages'] ?? false });
}

/** Without a workspace the tag ids are read with the default tags' labels and colors. */
async function fromFiles(args: ParsedArgs): Promise<ReportInput> {
  const { fileName, prepared, annotations } = await readStandalone(args);
  // No workspace, so no kept overrides: every passage found is set aside.
  const passages = args.options['skip-passages']
    ? findPassages(prepared.text).map(({ start, end, kind }) => ({ start, end, kind }))
    : undefined;
  return {
    source: {
      title: prepared.title,
      text: prepared.text,
      direction: prepared.direction,
      meta: { originalFileName: basename(fileName) },
    },
    annotations,
    tags: DEFAULT_TAGS,
    ...(passages ? { passages } : {}),
  };
}

function short(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > MAX_QUOTE_IN_WARNING ? `${oneLine.slice(0, MAX_QUOTE_IN_WARNING)}…` : oneLine;
}
