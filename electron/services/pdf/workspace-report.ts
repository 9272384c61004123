// The report of a whole workspace, or of a chosen set of its sources, as one PDF: a title page with the table of
// sources (each one's provenance), then each source's annotated text from a new page under its title (the same
// body as the one-source report), then ONE claims table across sources with a source column, then the orphans.
// Claims are numbered across the report (each source's in text order, orphans after all of them), so a marker
// number and its row's destination are unique in the document.

import { shownWorkspaceName } from '../../../shared/workspace/names.ts';
import { renderBody } from './body.ts';
import { prepareClaims, type ReportClaim } from './claims.ts';
import { renderClaimsTable, WORKSPACE_COLUMNS } from './claims-table.ts';
import type { DrawContext, ReportContext } from './context.ts';
import { word, type ReportLanguage } from './labels.ts';
import { omittedBlocks } from './omissions.ts';
import { openReport, progressOf, runningHeader, type HeaderTitle } from './report-setup.ts';
import type { ReportInput, ReportOptions, ReportSummary, WorkspaceReportInput } from './report-types.ts';
import { renderWorkspaceTitlePage } from './workspace-title-page.ts';

/** What one source adds to the workspace report. */
type SourcePart = Pick<ReportContext, 'input' | 'claims' | 'orphans' | 'omissions'>;

export async function renderWorkspaceReport(
  input: WorkspaceReportInput,
  options: ReportOptions,
  sink?: (chunk: Uint8Array) => void,
): Promise<{ pdf: Uint8Array; summary: ReportSummary }> {
  // Arabic when every source is right-to-left: most of the report is their text.
  const rtl = input.sources.every((s) => s.source.direction === 'rtl');
  const title = (language: ReportLanguage) =>
    `${shownWorkspaceName(input.workspaceName, language)} — ${word('workspaceTitle', language)}`;
  const base = await openReport(options, { title, ...(rtl ? { lang: 'ar' } : {}) }, sink);
  const { flow } = base;
  const name = shownWorkspaceName(input.workspaceName, base.language);
  const parts = prepareSources(input, options.skipPassages ?? false);
  const claims = parts.flatMap((p) => p.claims);
  const orphans = parts.flatMap((p) => p.orphans);
  const textLength = parts.reduce((n, p) => n + p.input.source.text.length, 0);
  const progress = options.onProgress && progressOf(textLength, claims.length + orphans.length, options.onProgress);
  const ctx: DrawContext = { ...base, ...(progress ? { progress } : {}) };
  let header: HeaderTitle = { text: name, direction: ctx.direction };
  flow.hooks = { onPageStart: runningHeader(ctx, () => header), onPageEnd: () => ctx.highlights.flush(flow.doc) };
  renderWorkspaceTitlePage(ctx, input, { claims, orphans });
  const sections: NonNullable<ReportSummary['sections']> = [];
  let textBefore = 0;
  for (const part of parts) {
    const { title, direction } = part.input.source;
    header = { text: title, direction };
    const first = flow.page + 1;
    const offset = textBefore;
    const sourceProgress = progress && { text: (at: number) => progress.text(offset + at), row: progress.row };
    renderBody({ ...ctx, ...part, ...(sourceProgress ? { progress: sourceProgress } : {}) }, { heading: true });
    textBefore += part.input.source.text.length;
    sections.push({ title, first, last: flow.page });
  }
  header = { text: name, direction: ctx.direction };
  renderClaimsTable(ctx, claims, 'table', { columns: WORKSPACE_COLUMNS, empty: 'noClaimsAll' });
  if ((options.includeOrphans ?? true) && orphans.length > 0)
    renderClaimsTable(ctx, orphans, 'orphans', { intro: 'orphansNote', columns: WORKSPACE_COLUMNS });
  const pages = flow.page;
  const pdf = await flow.finish();
  const bodyPages = { first: sections[0]?.first ?? 2, last: sections.at(-1)?.last ?? 1 };
  const summary = { pages, bodyPages, sections, claims: claims.length, bytes: flow.bytes };
  return { pdf, summary: { ...summary, orphans: orphans.map((o) => ({ id: o.id, quote: o.quote })) } };
}

/** Each source's claims as its own report has them, then numbered across the report and told their source. */
function prepareSources(input: WorkspaceReportInput, skipPassages: boolean): SourcePart[] {
  const parts = input.sources.map((source): SourcePart => {
    const sourceInput: ReportInput = { ...source, workspaceName: input.workspaceName, tags: input.tags };
    const { claims, orphans } = prepareClaims(source.annotations, source.source.text, input.tags);
    for (const claim of [...claims, ...orphans]) claim.source = { title: source.source.title };
    const omissions = skipPassages ? omittedBlocks(source.source.text, source.passages ?? [], claims) : [];
    return { input: sourceInput, claims, orphans, omissions };
  });
  let number = 0;
  const renumber = (claim: ReportClaim) => (claim.number = ++number);
  for (const part of parts) part.claims.forEach(renumber);
  for (const part of parts) part.orphans.forEach(renumber);
  return parts;
}
