// What both reports (one source's, report.ts; the workspace's, workspace-report.ts) start from: the fonts, the
// page flow with its typesetter, the progress of the work and the running header of every page but the first.

import type { DrawContext, ReportContext } from './context.ts';
import { loadFontChain } from './fonts.ts';
import { digits, type ReportLanguage } from './labels.ts';
import { HighlightCollector } from './pdf-annotations.ts';
import { PageFlow } from './page-flow.ts';
import type { ReportOptions } from './report-types.ts';
import { Typesetter } from './typesetter.ts';

/**
 * The document (its /Info title and /Lang) with both fonts loaded and what every part draws with; with a sink its
 * bytes go there as they are made. `lang` is the document's language, the report's own when not given.
 */
export async function openReport(
  options: ReportOptions,
  info: { title: (language: ReportLanguage) => string; lang?: string },
  sink?: (chunk: Uint8Array) => void,
): Promise<DrawContext> {
  const language = options.language ?? 'ar';
  const now = options.now ?? new Date();
  const font = options.font ?? 'vazirmatn';
  const [regular, bold] = await Promise.all([
    loadFontChain(font, 'regular', options.fontCacheDir, options.fontDir),
    loadFontChain(font, 'bold', options.fontCacheDir, options.fontDir),
  ]);
  const flow = new PageFlow(
    options.paper ?? 'A4',
    {
      Title: info.title(language),
      Creator: 'Claim Workbench',
      Producer: 'Claim Workbench (pdfkit)',
      CreationDate: now,
    },
    { lang: info.lang ?? language, ...(sink ? { sink } : {}) },
  );
  return {
    flow,
    ts: new Typesetter(flow, { regular, bold }),
    highlights: new HighlightCollector(language),
    language,
    direction: language === 'ar' ? 'rtl' : 'ltr',
    digits: options.digits ?? 'western',
    now,
  };
}

/** A table row weighs about as much work as this many code units of text. */
const ROW_WEIGHT = 400;

export function progressOf(
  textLength: number,
  rows: number,
  report: (fraction: number) => void,
): NonNullable<ReportContext['progress']> {
  const total = Math.max(1, textLength + rows * ROW_WEIGHT);
  let rowsDone = 0;
  return {
    text: (offset) => report(Math.min(1, offset / total)),
    row: () => report(Math.min(1, (textLength + ++rowsDone * ROW_WEIGHT) / total)),
  };
}

/** What the running header shows on the page being started. */
export interface HeaderTitle {
  text: string;
  direction: 'rtl' | 'ltr';
}

/** Every page after the title page: a title at the top (`title()` at the page's start), the page number below. */
export function runningHeader(ctx: DrawContext, title: () => HeaderTitle) {
  const { flow, ts } = ctx;
  const size = 8;
  const options = { size, leading: 1.4, left: flow.left, width: flow.contentWidth, color: '#666666' } as const;
  const laidOut = new Map<string, ReturnType<Typesetter['layout']>>();
  return (_flow: PageFlow, page: number) => {
    if (page === 1) return;
    const { text, direction } = title();
    let layout = laidOut.get(text);
    if (!layout) laidOut.set(text, (layout = ts.layout(text.replace(/\s+/g, ' '), { ...options, direction })));
    const oneLine = { ...layout, lines: layout.lines.slice(0, 1) };
    flow.structure.artifact(() => {
      ts.drawBlock(oneLine, { ...options, direction, align: 'center' }, 30);
      flow.doc.save();
      flow.doc.moveTo(flow.left, 47).lineTo(flow.right, 47).lineWidth(0.4).stroke('#bbbbbb');
      flow.doc.restore();
      const number = ts.layout(digits(page, ctx.digits), { ...options, direction: ctx.direction });
      ts.drawBlock(number, { ...options, direction: ctx.direction, align: 'center' }, flow.height - 40);
    }, 'Pagination');
  };
}
