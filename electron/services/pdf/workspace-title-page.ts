// Page 1 of the workspace report: the workspace, the export date and counts, the table of its sources with each
// one's provenance (title, author / outlet, publication date, URL; a value read from the text, not confirmed by
// the researcher, says so), and the legend of highlight colours over every source's claims.

import { shownWorkspaceName } from '../../../shared/workspace/names.ts';
import type { ReportClaim } from './claims.ts';
import type { DrawContext } from './context.ts';
import { Grid, type CellParagraph, type GridColumn } from './grid.ts';
import { digits, isoDay, word } from './labels.ts';
import { linkTarget } from './pdf-annotations.ts';
import type { ReportInput, WorkspaceReportInput } from './report-types.ts';
import { labelRows, openTitlePage, provenanceValue, renderLegend } from './title-page.ts';
import type { ProvenanceField } from '../../../shared/workspace/model.ts';

const SOURCE_TABLE: readonly GridColumn[] = [
  ['sourceTitle', 0.34],
  ['byline', 0.24],
  ['published', 0.14],
  ['url', 0.28],
];

export function renderWorkspaceTitlePage(
  ctx: DrawContext,
  input: WorkspaceReportInput,
  all: { claims: readonly ReportClaim[]; orphans: readonly ReportClaim[] },
): void {
  const name = shownWorkspaceName(input.workspaceName, ctx.language);
  const block = openTitlePage(ctx, word('workspaceTitle', ctx.language), { title: name, direction: ctx.direction });
  labelRows(
    ctx,
    [
      ['exported', isoDay(ctx.now, ctx.digits)],
      ['sources', digits(input.sources.length, ctx.digits)],
      ['claims', digits(all.claims.length, ctx.digits)],
      ['orphans', all.orphans.length > 0 ? digits(all.orphans.length, ctx.digits) : undefined],
    ],
    block,
  );
  ctx.flow.y += 12;
  const heading = block(13, { bold: true });
  ctx.ts.paragraph(word('sources', ctx.language), heading);
  ctx.flow.y += 4;
  const grid = new Grid(ctx, heading.struct!.parent, SOURCE_TABLE);
  for (const source of input.sources) grid.row(sourceRow(ctx, source));
  renderLegend(ctx, input.tags, all.claims, block);
}

function sourceRow(ctx: DrawContext, { source }: ReportInput): CellParagraph[][] {
  const meta = source.meta ?? {};
  const value = (field: ProvenanceField, legacy?: string): CellParagraph[] => {
    const v = provenanceValue(ctx, meta, field, legacy);
    if (!v) return [];
    const url = field === 'url' ? linkTarget(v.shown) : undefined;
    const detected = v.detected ? [{ text: `(${word('detected', ctx.language)})` }] : [];
    return [{ text: v.shown, ...(url ? { url } : {}) }, ...detected];
  };
  return [
    [{ text: source.title }],
    [...value('author'), ...value('outlet', meta.publisher)],
    value('publishedAt', meta.publishedAt),
    value('url', meta.url),
  ];
}
