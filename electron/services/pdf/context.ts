// What every part of the report (title page, annotated text, claims table) draws with.

import type { ReportClaim } from './claims.ts';
import type { DigitStyle, ReportLanguage } from './labels.ts';
import type { Omission } from './omissions.ts';
import type { HighlightCollector } from './pdf-annotations.ts';
import type { PageFlow } from './page-flow.ts';
import type { ReportInput } from './report-types.ts';
import type { Typesetter } from './typesetter.ts';

export interface ReportContext {
  input: ReportInput;
  flow: PageFlow;
  ts: Typesetter;
  claims: ReportClaim[];
  orphans: ReportClaim[];
  highlights: HighlightCollector;
  language: ReportLanguage;
  /** The report's own direction (its language's), for labels and tables. */
  direction: 'rtl' | 'ltr';
  digits: DigitStyle;
  now: Date;
  /** Set-aside passages left out of the printed text (options.skipPassages), in text order. */
  omissions: readonly Omission[];
  /** Told how far the text (code units) and the claims table (rows) got: the export's progress. */
  progress?: { text(offset: number): void; row(): void };
}

/** What the report's tables and running headers draw with: no one source's input, claims or omissions. */
export type DrawContext = Omit<ReportContext, 'input' | 'claims' | 'orphans' | 'omissions'>;

/** Body text size; the rest of the report is set relative to it. */
export const BODY_SIZE = 11;
