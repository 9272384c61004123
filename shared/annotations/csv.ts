// Claims as a CSV table for spreadsheets: RFC 4180, UTF-8 with a BOM, one row per annotation.
// Cells that a spreadsheet would run as a formula are defused, because imported files can come from anyone.

import type { Tag } from '../workspace/model.ts';
import { readAppliedCorrection } from './applied-correction.ts';
import { readClaim } from './claim.ts';
import { positionSelector, quoteSelector, type Annotation } from './model.ts';

/** Excel reads a BOM-less CSV in the ANSI code page and turns Arabic into mojibake; the BOM makes it UTF-8. */
const BOM = '\uFEFF';
const CRLF = '\r\n';

export const CSV_COLUMNS = [
  'id',
  'start',
  'end',
  'exact',
  'tags',
  'note',
  'correction',
  'citation_texts',
  'citation_urls',
  'created',
  'modified',
  // Added later, at the end so that sheets reading the older columns by position keep working.
  'tag_labels',
  'source_title',
  'creator',
  'corrected_from',
  'correction_applied_to_revision',
  // The workspace export's rows come from many sources: this says which, where titles may repeat.
  'source_id',
] as const;

export interface CsvContext {
  /** The source text: stands in for a missing quote (see exactOf). */
  text?: string;
  /** The workspace's tags, for readable tag labels (a tag the set lacks is shown by its id). */
  tags?: readonly Tag[];
  /** Which label of each tag (default English). */
  language?: 'ar' | 'en';
  sourceTitle?: string;
  sourceId?: string;
}

/** Tag ids hold no semicolons, so "; " reads well and splits back unambiguously. */
const TAG_SEPARATOR = '; ';
/** Citations are bibliographic text full of semicolons; one per line keeps texts and URLs in step line by line. */
const CITATION_SEPARATOR = '\n';

/**
 * OWASP's formula triggers (= + - @ tab CR) and their full-width forms, looked for after any leading spaces,
 * line feeds and invisible format marks (an RLM before "=" is common in Arabic text and hides the trigger).
 */
const FORMULA_START = /^[\p{Zs}\p{Cf}\n]*[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/u;
/** A plain decimal like "-5" or "-0.5" cannot run anything; left alone it stays a number in the sheet. */
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/**
 * One row per annotation, in the order given. `exact` is the stored quote; when an annotation has none, the
 * position selector's slice of `text` (if given and in range) stands in.
 */
export function annotationsToCsv(annotations: Annotation[], context: string | CsvContext = {}): string {
  return sourcesToCsv([{ annotations, context: typeof context === 'string' ? { text: context } : context }]);
}

/** Several sources' annotations as one table: one header, then each source's rows with its own context. */
export function sourcesToCsv(sources: readonly { annotations: readonly Annotation[]; context: CsvContext }[]): string {
  const rows = [
    [...CSV_COLUMNS],
    ...sources.flatMap(({ annotations, context }) => annotations.map((a) => rowOf(a, context))),
  ];
  return BOM + rows.map((row) => row.map(csvCell).join(',') + CRLF).join('');
}

function rowOf(annotation: Annotation, ctx: CsvContext): string[] {
  const { text } = ctx;
  const claim = readClaim(annotation);
  const position = positionSelector(annotation);
  const applied = readAppliedCorrection(annotation);
  const label = (id: string) => ctx.tags?.find((t) => t.id === id)?.label[ctx.language ?? 'en'] ?? id;
  return [
    annotation.id,
    position === undefined ? '' : String(position.start),
    position === undefined ? '' : String(position.end),
    exactOf(annotation, text),
    claim.tags.join(TAG_SEPARATOR),
    claim.note,
    claim.correction,
    joinLines(claim.citations.map((c) => c.text)),
    joinLines(claim.citations.map((c) => c.url ?? '')),
    annotation.created ?? '',
    annotation.modified ?? '',
    claim.tags.map(label).join(TAG_SEPARATOR),
    ctx.sourceTitle ?? '',
    creatorName(annotation),
    applied?.original ?? '',
    applied ? String(applied.revision) : '',
    ctx.sourceId ?? '',
  ];
}

function creatorName(annotation: Annotation): string {
  const creator = annotation.creator;
  return typeof creator === 'string' ? creator : (creator?.name ?? '');
}

function exactOf(annotation: Annotation, text: string | undefined): string {
  const quote = quoteSelector(annotation);
  if (quote !== undefined) return quote.exact;
  const position = positionSelector(annotation);
  if (text === undefined || position === undefined || position.end > text.length) return '';
  return text.slice(position.start, position.end);
}

/** Empty when every line is empty, so a column without any URL stays blank instead of holding line feeds. */
function joinLines(lines: string[]): string {
  return lines.some((line) => line !== '') ? lines.join(CITATION_SEPARATOR) : '';
}

/** Defuse first, then quote: the apostrophe must sit inside the quotes to be the cell's first character. */
export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
