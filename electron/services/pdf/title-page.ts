// Page 1: what this report is about (workspace, source and its metadata, export date), how many claims each tag
// has, and the legend of highlight colors.

import type { ReportClaim } from './claims.ts';
import { BODY_SIZE, type DrawContext, type ReportContext } from './context.ts';
import { digits, isoDay, word, type Word } from './labels.ts';
import type { BlockOptions } from './typesetter.ts';
import type { ProvenanceField, SourceMeta, Tag } from '../../../shared/workspace/model.ts';
import { shownWorkspaceName } from '../../../shared/workspace/names.ts';

const SWATCH = 11;

export function renderTitlePage(ctx: ReportContext): void {
  const { input, language } = ctx;
  const meta = input.source.meta ?? {};
  const block = openTitlePage(ctx, word('title', language), input.source);
  const rows: [Word, string | undefined, string?][] = [
    ['workspace', input.workspaceName && shownWorkspaceName(input.workspaceName, language)],
    ['file', meta.originalFileName],
    ...provenanceRows(ctx, meta),
    ['imported', meta.importedAt && isoDay(meta.importedAt, ctx.digits)],
    ['length', digits(input.source.text.length, ctx.digits)],
    ['exported', isoDay(ctx.now, ctx.digits)],
    ['claims', digits(ctx.claims.length, ctx.digits)],
    ['orphans', ctx.orphans.length > 0 ? digits(ctx.orphans.length, ctx.digits) : undefined],
  ];
  labelRows(ctx, rows, block);
  renderLegend(ctx, input.tags, ctx.claims, block);
}

type BlockStyle = (size: number, extra?: Partial<BlockOptions>) => BlockOptions;

/** Page 1's section, its heading and the title under it; answers the style of the page's blocks. */
export function openTitlePage(
  ctx: DrawContext,
  heading: string,
  title: { title: string; direction: 'rtl' | 'ltr' },
): BlockStyle {
  const { flow, ts } = ctx;
  flow.newPage();
  const sect = flow.structure.section(heading);
  const block: BlockStyle = (size, extra = {}) => ({
    size,
    left: flow.left,
    width: flow.contentWidth,
    direction: ctx.direction,
    struct: { parent: sect, type: extra.bold ? (size >= 17 ? 'H1' : 'H2') : 'P' },
    ...extra,
  });
  flow.y += 30;
  ts.paragraph(heading, block(22, { bold: true, align: 'center', leading: 1.6 }));
  flow.y += 4;
  ts.paragraph(title.title, block(17, { bold: true, align: 'center', leading: 1.6, direction: title.direction }));
  flow.y += 18;
  return block;
}

/** "label: value" lines, those without a value left out. */
export function labelRows(ctx: DrawContext, rows: readonly [Word, string | undefined, string?][], block: BlockStyle) {
  // A detected value says so in its label, in the report's language: in the value it would reorder (bidi).
  for (const [key, value, note] of rows) {
    const label = note ? `${word(key, ctx.language)} (${note}):` : `${word(key, ctx.language)}:`;
    if (value) labelValue(ctx, label, value, block(BODY_SIZE - 0.5, { leading: 1.7 }));
  }
}

/** The legend of highlight colours under its heading: every tag with how many of `claims` have it. */
export function renderLegend(
  ctx: DrawContext,
  tags: readonly Tag[],
  claims: readonly ReportClaim[],
  block: BlockStyle,
): void {
  ctx.flow.y += 16;
  ctx.ts.paragraph(word('legend', ctx.language), block(13, { bold: true }));
  ctx.flow.y += 4;
  for (const entry of legendEntries(ctx, tags, claims)) legendRow(ctx, entry, block(BODY_SIZE - 0.5, { leading: 1.9 }));
}

/** The source's provenance (issue 12): the researcher's values as they are, detected ones marked as such. */
function provenanceRows(ctx: ReportContext, meta: Partial<SourceMeta>): [Word, string | undefined, string?][] {
  const row = (key: Word, field: ProvenanceField, legacy?: string): [Word, string | undefined, string?] => {
    const v = provenanceValue(ctx, meta, field, legacy);
    return v?.detected ? [key, v.shown, word('detected', ctx.language)] : [key, v?.shown];
  };
  return [
    row('published', 'publishedAt', meta.publishedAt),
    row('updated', 'updatedAt'),
    row('author', 'author'),
    row('publisher', 'outlet', meta.publisher),
    row('url', 'url', meta.url),
    row('language', 'language'),
  ];
}

/**
 * One provenance field as the report shows it (dates with slashes, a language by its name), or the older meta
 * field `legacy` when the field was never set; undefined when cleared or unknown.
 */
export function provenanceValue(
  ctx: DrawContext,
  meta: Partial<SourceMeta>,
  field: ProvenanceField,
  legacy?: string,
): { shown: string; detected: boolean } | undefined {
  const v = meta.provenance?.[field];
  if (!v) return legacy ? { shown: legacy, detected: false } : undefined;
  if (v.value === '') return undefined;
  const shown =
    field === 'publishedAt' || field === 'updatedAt'
      ? dateValue(v.value, ctx.digits)
      : field === 'language'
        ? languageName(v.value, ctx.language)
        : v.value;
  return { shown, detected: v.from === 'detected' };
}

/** "ar" as "العربية" / "Arabic" (Intl.DisplayNames), the code itself when ICU does not know it. */
function languageName(code: string, language: DrawContext['language']): string {
  try {
    return new Intl.DisplayNames([language], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** "2019-03-15T14:15" as "2019/03/15 14:15" (slashes keep the date one left-to-right run; see isoDay). */
function dateValue(value: string, style: DrawContext['digits']): string {
  return digits(value.replace(/-/g, '/').replace('T', ' '), style);
}

/**
 * "label: value" as two blocks side by side, the value with its own direction: set as one paragraph, a file
 * name like "003.txt" after an Arabic label would read "txt.003" (UAX-9 makes its digits Arabic numbers).
 */
function labelValue(ctx: DrawContext, label: string, value: string, options: BlockOptions): void {
  const { flow, ts } = ctx;
  const rtl = ctx.direction === 'rtl';
  const labelLayout = ts.layout(label, options);
  const labelWidth = Math.max(...labelLayout.lines.map((l) => l.width)) + 5;
  const height = ts.lineHeight(options);
  flow.ensure(height);
  const top = flow.y;
  ts.drawBlock(labelLayout, { ...options, align: rtl ? 'right' : 'left' }, top);
  const valueBox = {
    ...options,
    left: rtl ? options.left : options.left + labelWidth,
    width: options.width - labelWidth,
  };
  const used = ts.drawBlock(
    ts.layout(value.replace(/\s+/g, ' '), valueBox),
    { ...valueBox, align: rtl ? 'right' : 'left' },
    top,
  );
  flow.y = top + Math.max(height, used);
}

interface LegendEntry {
  color: string;
  label: string;
  count: number;
}

/** Every workspace tag (even unused: the legend explains the colors), then unknown tags the claims use. */
function legendEntries(ctx: DrawContext, tags: readonly Tag[], claims: readonly ReportClaim[]): LegendEntry[] {
  const entries = new Map<string, LegendEntry>();
  const labelOf = (ar: string, en: string) => (ctx.language === 'ar' ? `${ar} — ${en}` : `${en} — ${ar}`);
  for (const tag of tags)
    entries.set(tag.id, { color: tag.color, label: labelOf(tag.label.ar, tag.label.en), count: 0 });
  for (const claim of claims) {
    for (const id of claim.tags.length > 0 ? claim.tags.map((t) => t.id) : ['']) {
      const entry = entries.get(id) ?? { color: claim.color, label: id || word('untagged', ctx.language), count: 0 };
      entry.count += 1;
      entries.set(id, entry);
    }
  }
  return [...entries.values()];
}

function legendRow(ctx: DrawContext, entry: LegendEntry, options: BlockOptions): void {
  const { flow, ts } = ctx;
  const rtl = ctx.direction === 'rtl';
  const height = ts.lineHeight(options);
  flow.ensure(height);
  const swatchX = rtl ? options.left + options.width - SWATCH : options.left;
  flow.structure.artifact(() => {
    flow.doc.save();
    flow.doc
      .rect(swatchX, flow.y + (height - SWATCH) / 2, SWATCH, SWATCH)
      .fillColor(entry.color, 0.6)
      .fill();
    flow.doc.restore();
  });
  const text = `${entry.label}: ${digits(entry.count, ctx.digits)}`;
  ts.paragraph(text, { ...options, left: options.left + (rtl ? 0 : SWATCH + 8), width: options.width - SWATCH - 8 });
}
