// The claims table — the report's ENDNOTES: each marker number in the text leads to its row (number, page, tag,
// quote, note, correction, citation), and the number links back to the highlight. Endnotes rather than footnotes
// because a page's notes would have to be known before its text is broken into lines; the full note of each claim
// is also in its highlight annotation on the page itself. The same table lists orphaned claims in the appendix.
// The workspace report has one such table across its sources, with a source column (WORKSPACE_COLUMNS).

import { correctionPair, type ReportClaim } from './claims.ts';
import { BODY_SIZE, type DrawContext } from './context.ts';
import { Grid, type CellParagraph, type GridColumn } from './grid.ts';
import { digits, word, type Word } from './labels.ts';
import { destination, linkTarget } from './pdf-annotations.ts';
import { joinList } from '../../../shared/text/list.ts';

/** Shares of the width; the number column holds five digits on one line (claim 10000 did not wrap to "1000 0"). */
const SOURCE_COLUMNS: readonly GridColumn[] = [
  ['number', 0.07],
  ['page', 0.075],
  ['tag', 0.12],
  ['quote', 0.225],
  ['note', 0.22],
  ['correction', 0.12],
  ['citation', 0.17],
];
/**
 * The workspace report's one table across sources: which source each claim is in, its citations left to the
 * highlight's annotation (the row would be too narrow for them).
 */
export const WORKSPACE_COLUMNS: readonly GridColumn[] = [
  ['number', 0.065],
  ['source', 0.13],
  ['page', 0.07],
  ['tag', 0.105],
  ['quote', 0.25],
  ['note', 0.25],
  ['correction', 0.13],
];
/** Longer fields are cut in the table; the whole text is in the claim's annotation. */
const MAX_FIELD = 480;

export function renderClaimsTable(
  ctx: DrawContext,
  claims: readonly ReportClaim[],
  heading: Word,
  {
    intro,
    columns = SOURCE_COLUMNS,
    empty = 'noClaims',
  }: { intro?: Word; columns?: readonly GridColumn[]; empty?: Word } = {},
): void {
  const { flow, ts } = ctx;
  const block = { left: flow.left, width: flow.contentWidth, direction: ctx.direction } as const;
  flow.newPage();
  const sect = flow.structure.section(word(heading, ctx.language));
  const p = (type: string) => ({ parent: sect, type });
  ts.paragraph(word(heading, ctx.language), { ...block, size: 15, bold: true, leading: 1.7, struct: p('H1') });
  if (intro) ts.paragraph(word(intro, ctx.language), { ...block, size: BODY_SIZE - 1, struct: p('P') });
  flow.y += 6;
  if (claims.length === 0) {
    ts.paragraph(word(empty, ctx.language), { ...block, size: BODY_SIZE, struct: p('P') });
    return;
  }
  const grid = new Grid(ctx, sect, columns, 'tag');
  for (const claim of claims) {
    const cells = cellsOf(ctx, claim);
    grid.row(
      columns.map(([key]) => cells[key] ?? []),
      claim.color,
    );
    ctx.progress?.row();
  }
}

function cellsOf(ctx: DrawContext, claim: ReportClaim): Partial<Record<Word, CellParagraph[]>> {
  const { fields } = claim;
  const tagText =
    joinList(
      claim.tags.map((t) => t[ctx.language]),
      ctx.language,
    ) || word('untagged', ctx.language);
  const citations = fields.citations.flatMap((c) => {
    const url = linkTarget(c.url);
    return [...(c.text ? [{ text: c.text }] : []), ...(c.url ? [{ text: c.url, ...(url ? { url } : {}) }] : [])];
  });
  const pages = ctx.highlights.pages(claim.id).map((n) => digits(n, ctx.digits));
  const pageText = pages.length === 0 ? '—' : pages.join(ctx.digits === 'western' ? ', ' : '، ');
  const anchored = claim.start !== undefined;
  return {
    number: [{ text: digits(claim.number, ctx.digits), ...(anchored ? { goTo: destination(claim) } : {}) }],
    source: claim.source ? [{ text: claim.source.title }] : [],
    page: [{ text: pageText }],
    tag: [{ text: tagText }],
    quote: paragraphs(claim.quote),
    note: paragraphs(fields.note),
    correction: correctionCell(ctx, claim),
    citation: citations,
  };
}

/**
 * "2011 › 2001", and "(applied)" once applied to the text. Neither font has arrows; "›" is a mirrored character,
 * so in a right-to-left cell it is drawn as "‹" and points the way Arabic reads (2011 first, on the right).
 */
function correctionCell(ctx: DrawContext, claim: ReportClaim): CellParagraph[] {
  const pair = correctionPair(claim);
  if (!pair) return [];
  const applied = claim.applied ? [{ text: `(${word('applied', ctx.language)})` }] : [];
  return [...paragraphs(`${pair.from} › ${pair.to}`), ...applied];
}

function paragraphs(text: string): CellParagraph[] {
  const cut = text.length > MAX_FIELD ? `${text.slice(0, MAX_FIELD)}…` : text;
  return cut
    .split(/\n+/)
    .filter((p) => p.trim() !== '')
    .map((p) => ({ text: p }));
}
