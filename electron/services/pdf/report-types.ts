// The report's public input and options (what the CLI and, later, the app's File → Export PDF pass in).

import type { Annotation } from '../../../shared/annotations/model.ts';
import type { SourceMeta, Tag } from '../../../shared/workspace/model.ts';
import type { FontChoice } from './fonts.ts';
import type { DigitStyle, ReportLanguage } from './labels.ts';
import type { PaperSize } from './page-flow.ts';
import type { PassageKind } from '../../../shared/review/passage-kinds.ts';

export interface ReportInput {
  workspaceName?: string;
  source: {
    title: string;
    /** The stored text (NFC, LF): the offsets of the annotations' position selectors count its code units. */
    text: string;
    /** For paragraphs without a strong character of their own. */
    direction: 'rtl' | 'ltr';
    meta?: Partial<SourceMeta>;
  };
  annotations: readonly Annotation[];
  /** Labels and colors of the tag ids the claims use; unknown ids show as themselves in grey. */
  tags: readonly Tag[];
  /**
   * Repeated passages and boilerplate of the text (shared/review/passages.ts); those not kept are left out of
   * the printed text when `skipPassages` is on (unless they hold a claim).
   */
  passages?: readonly ReportPassage[];
}

/** The workspace report: a title page with every source's provenance, each source's text, one claims table. */
export interface WorkspaceReportInput {
  workspaceName: string;
  tags: readonly Tag[];
  /** In the order the report shows them; each source's own tags and name are not read (the workspace's are). */
  sources: readonly ReportInput[];
}

/** Either report, as the export jobs and their worker take it. */
export type AnyReportInput = ReportInput | WorkspaceReportInput;

export function isWorkspaceInput(input: AnyReportInput): input is WorkspaceReportInput {
  return 'sources' in input;
}

/** What a failure says the report was of. */
export function reportTitle(input: AnyReportInput): string {
  return isWorkspaceInput(input) ? input.workspaceName : input.source.title;
}

export interface ReportPassage {
  start: number;
  end: number;
  kind: PassageKind;
  /** The researcher kept it as content: always printed. */
  kept?: boolean;
}

export interface ReportOptions {
  /** Default 'vazirmatn' (fastest, best text extraction); 'amiri' is a classic Naskh. */
  font?: FontChoice;
  paper?: PaperSize;
  /** Digits of page numbers, note numbers and counts (the source text is never changed). Default 'western'. */
  digits?: DigitStyle;
  /** Add an appendix listing the claims whose text was not found. Default true. */
  includeOrphans?: boolean;
  /** Language of the report's own headings and labels. Default 'ar'. */
  language?: ReportLanguage;
  /** Where Amiri's WOFF files are unpacked to TTF once (default: a folder in the OS temp dir). */
  fontCacheDir?: string;
  /**
   * A folder with the font files under their npm file names (Vazirmatn-Regular.ttf, Vazirmatn-Bold.ttf,
   * amiri-{arabic,latin,latin-ext}-{400,700}-normal.woff); default: read from the npm packages. For a packaged
   * app, which ships no node_modules.
   */
  fontDir?: string;
  /** The export date shown and stored (default: now). */
  now?: Date;
  /**
   * Leave the passages of `input.passages` that are not kept and hold no claim out of the text, one dimmed line
   * "[… 12 lines left out: repeated passage]" in their place. Default false.
   */
  skipPassages?: boolean;
  /** Hears the share of the work done (0 to 1) now and then while the report is made. */
  onProgress?: (fraction: number) => void;
}

export interface ReportSummary {
  pages: number;
  /** The pages holding the source text, 1-based and inclusive. */
  bodyPages: { first: number; last: number };
  claims: number;
  /** Claims not found in the text (listed in the appendix when includeOrphans). */
  orphans: { id: string; quote: string }[];
  bytes: number;
  /** The workspace report: each source's pages (its text), in the report's order. */
  sections?: { title: string; first: number; last: number }[];
}
