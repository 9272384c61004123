// The one API contract. The preload, the browser-mode bridge and the CLI all call the same service
// functions through it; every door validates arguments with these schemas, every client validates results.

import { z } from 'zod';
import type { ApiMethodName } from './methods.ts';
import { AnnotationSchema, type Annotation } from '../annotations/model.ts';
import { PASSAGE_KINDS } from '../review/passage-kinds.ts';
import { DIGIT_STYLES, PAPER_SIZES, REPORT_FONTS } from '../report/options.ts';
import {
  PROVENANCE_FIELDS,
  SettingsSchema,
  SourceMetaSchema,
  TagSchema,
  UiLanguageSchema,
  WorkspaceProblemSchema,
  type ProvenanceField,
  type Settings,
  type SourceMeta,
  type Tag,
  type UiLanguage,
} from '../workspace/model.ts';
import { ImportAnnotationsResultSchema, type ImportAnnotationsResult } from './annotation-import.ts';

export { type ImportAnnotationsResult } from './annotation-import.ts';

/** 20 MB: larger "text" files are almost always something else (a dump, a binary); refuse them clearly. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

const SourceIdSchema = z.string().regex(/^[a-z0-9-]{4,64}$/, 'not a source id');

/** Groups of words search treats as one (كندي = كيندي = كينيدي); kept in workspace.json. */
const AliasGroupsSchema = z.array(z.array(z.string().trim().min(1).max(100)).min(2).max(50)).max(2000);
type AliasGroups = z.infer<typeof AliasGroupsSchema>;

/** A file's revision (a hash of its bytes, 'absent' for no file): reads return it, writes name it. */
const RevisionSchema = z.string().min(1).max(64);

/** A workspace's name as the researcher types it: one line, not blank. */
const WorkspaceNameSchema = z
  .string()
  .trim()
  .min(1)
  .max(120)
  .refine((name) => !/[\r\n]/.test(name), 'a workspace name is one line');

const WorkspaceViewSchema = z.object({
  name: z.string(),
  /** workspace.json's revision, for renameWorkspace, updateTags and updateAliases. */
  revision: RevisionSchema,
  root: z.string(),
  tags: z.array(TagSchema),
  aliases: AliasGroupsSchema,
  sources: z.array(SourceMetaSchema),
  problems: z.array(WorkspaceProblemSchema),
});
export type WorkspaceView = z.infer<typeof WorkspaceViewSchema>;

/** What happened to each claim when the source text was edited (see shared/anchoring/reanchor.ts). */
const ReanchorOutcomeSchema = z.object({
  id: z.string(),
  status: z.enum(['kept', 'changed', 'moved', 'orphaned', 'still-orphan']),
});
export type ReanchorOutcome = z.infer<typeof ReanchorOutcomeSchema>;

/** What a text correction answers: the new text and meta, the re-anchored claims and what happened to each. */
const TextEditResultSchema = z.object({
  meta: SourceMetaSchema,
  text: z.string(),
  annotations: z.array(AnnotationSchema),
  outcomes: z.array(ReanchorOutcomeSchema),
});

const TagReassignmentSchema = z.record(z.string(), z.union([z.string(), z.null()]));

const ReportOptionsSchema = z.object({
  font: z.enum(REPORT_FONTS).optional(),
  paper: z.enum(PAPER_SIZES).optional(),
  digits: z.enum(DIGIT_STYLES).optional(),
  includeOrphans: z.boolean().optional(),
  /** Leave repeated passages and boilerplate out of the report's text (those without claims). */
  skipPassages: z.boolean().optional(),
});
export type ReportOptionsArg = z.infer<typeof ReportOptionsSchema>;

const ReportResultSchema = z.object({
  fileName: z.string(),
  /** The user closed the save dialog: nothing was written. */
  cancelled: z.boolean(),
  /** Where the PDF was written (Electron, after a save dialog). */
  savedTo: z.string().optional(),
  /** The PDF itself, where the door cannot write files for the user (browser mode downloads it). */
  dataBase64: z.string().optional(),
  /** Browser mode's report: the server path the page GETs it from, once, with the launch token. */
  downloadPath: z.string().optional(),
  claims: z.number().int(),
  orphans: z.number().int(),
  pages: z.number().int(),
});
export type ReportResult = z.infer<typeof ReportResultSchema>;

/** Chosen by the caller of exportReport, so it can poll and cancel the export while that call is pending. */
const ExportJobIdSchema = z.string().regex(/^[A-Za-z0-9-]{1,64}$/, 'not an export job id');

const ExportProgressSchema = z.object({
  /** pending: not started (or unknown); running; done, failed or cancelled for a minute after it ended. */
  state: z.enum(['pending', 'running', 'done', 'failed', 'cancelled']),
  /** Share of the work done, 0 to 1. */
  fraction: z.number().min(0).max(1),
});
type ExportProgress = z.infer<typeof ExportProgressSchema>;

// --- Sources as researchers have them (issue 15): the annotated original PDF, pasted text. ---

/** Saved like the report (a save dialog, or the bytes back to the page); counts highlights instead of pages. */
const AnnotatedOriginalResultSchema = ReportResultSchema.omit({ pages: true }).extend({
  /** /Highlight annotations written (a claim across a page break has one per page). */
  highlights: z.number().int(),
});
export type AnnotatedOriginalResult = z.infer<typeof AnnotatedOriginalResultSchema>;

/** 5 MB of pasted text or HTML: more is not a paste. */
const MAX_PASTE_CHARS = 5 * 1024 * 1024;

const PasteArgsSchema = z.object({
  /** The clipboard's text/plain. */
  text: z.string().max(MAX_PASTE_CHARS).optional(),
  /** The clipboard's text/html, preferred when present (its paragraphs and title survive). */
  html: z.string().max(MAX_PASTE_CHARS).optional(),
  title: z.string().trim().max(200).optional(),
});
export type PasteArgs = z.infer<typeof PasteArgsSchema>;

const SpanSchema = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() });

const SearchHitSchema = z.object({
  sourceId: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  /** A few words of the hit's line on each side, for a result list (empty at a line's edge). */
  before: z.string(),
  after: z.string(),
  /**
   * How it matches the query (shared/search/forms.ts): its own form, an alias, the word with other proclitics,
   * another inflection, or a spelling variant.
   */
  form: z.enum(['exact', 'alias', 'other-form', 'inflection', 'variant']).optional(),
});
export type SearchHitView = z.infer<typeof SearchHitSchema>;

const SearchArgsSchema = z.object({
  query: z.string().max(500),
  /** Opt-in spelling variants (one edit, see shared/text/words.ts). */
  variants: z.boolean().optional(),
  /** Only these sources (Ctrl+F searches one); all when absent. */
  sourceIds: z.array(SourceIdSchema).max(100_000).optional(),
  /** Also hits inside repeated passages and boilerplate that the researcher has not kept (default false). */
  includePassages: z.boolean().optional(),
  /** Most hits returned (default 100). */
  limit: z.number().int().min(1).max(100_000).optional(),
});
export type SearchArgs = z.infer<typeof SearchArgsSchema>;

const PassageSchema = z.object({
  /** Stable across edits elsewhere in the text (kind and the passage's opening words). */
  key: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  kind: z.enum(PASSAGE_KINDS),
  reason: z.object({ en: z.string(), ar: z.string() }),
  /** The first copy, for repeated and near-duplicate passages. */
  of: SpanSchema.optional(),
  /** The researcher said this is content after all: shown normally, searched, printed. */
  kept: z.boolean(),
});
export type Passage = z.infer<typeof PassageSchema>;

const AlsoInSchema = z.object({
  /** A sentence of this source (raw offsets)… */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** …and where the same sentence (normalized, near-duplicate) stands in other sources. */
  alsoIn: z.array(
    z.object({ sourceId: z.string(), start: z.number().int().nonnegative(), end: z.number().int().nonnegative() }),
  ),
});
export type AlsoIn = z.infer<typeof AlsoInSchema>;

/** One claim of the workspace, as the claims view and `workbench claims` list it (issue 13). */
const WorkspaceClaimSchema = z.object({
  id: z.string(),
  sourceId: z.string(),
  sourceTitle: z.string(),
  /** The source's publication date (its provenance, else the older meta field); '' when unknown. */
  sourceDate: z.string(),
  /** Tag ids, as stored. */
  tags: z.array(z.string()),
  quote: z.string(),
  note: z.string(),
  hasCitation: z.boolean(),
  hasCorrection: z.boolean(),
  /** Lost its place when the text was corrected (listed apart in the source, never moved silently). */
  orphaned: z.boolean(),
  /** The stored position (raw offsets of the stored text), for text order; absent when the claim has none. */
  start: z.number().int().nonnegative().optional(),
  end: z.number().int().nonnegative().optional(),
});
export type WorkspaceClaim = z.infer<typeof WorkspaceClaimSchema>;

/** A source whose claims could not be read (a corrupt or newer file): the others are still listed. */
const UnreadableClaimsSchema = z.object({ sourceId: z.string(), code: z.string(), message: z.string() });

export const ExportFormatSchema = z.enum(['jsonld', 'csv']);
export type ExportFormat = z.infer<typeof ExportFormatSchema>;

export const api = {
  getWorkspace: { args: z.object({}), result: WorkspaceViewSchema },
  importSource: {
    args: z.object({
      fileName: z.string().min(1).max(255),
      // No length limit here: the service measures the decoded bytes and answers import-too-large.
      dataBase64: z.string(),
      encoding: z.string().min(1).optional(),
    }),
    result: SourceMetaSchema,
  },
  getSource: {
    args: z.object({ sourceId: SourceIdSchema }),
    result: z.object({ meta: SourceMetaSchema, text: z.string() }),
  },
  setSourceEncoding: {
    args: z.object({ sourceId: SourceIdSchema, encoding: z.string().min(1) }),
    result: SourceMetaSchema,
  },
  getAnnotations: {
    args: z.object({ sourceId: SourceIdSchema }),
    result: z.object({ annotations: z.array(AnnotationSchema), revision: RevisionSchema }),
  },
  saveAnnotations: {
    args: z.object({
      sourceId: SourceIdSchema,
      annotations: z.array(AnnotationSchema),
      baseRevision: RevisionSchema,
    }),
    result: z.object({
      savedAt: z.string(),
      revision: RevisionSchema,
      merged: z.array(AnnotationSchema).nullable(),
    }),
  },
  getRevisions: {
    args: z.object({ sourceId: SourceIdSchema.optional() }),
    result: z.object({ workspace: RevisionSchema, annotations: RevisionSchema.nullable() }),
  },
  importAnnotations: {
    args: z.object({
      sourceId: SourceIdSchema,
      fileName: z.string().min(1).max(255),
      dataBase64: z.string(),
      dryRun: z.boolean().optional(),
      createTags: z.array(z.string().max(200)).max(500).optional(),
    }),
    result: ImportAnnotationsResultSchema,
  },
  exportAnnotations: {
    args: z.object({ sourceId: SourceIdSchema, format: ExportFormatSchema }),
    result: z.object({ fileName: z.string(), mimeType: z.string(), content: z.string() }),
  },
  exportReport: {
    args: z.object({ sourceId: SourceIdSchema, options: ReportOptionsSchema, jobId: ExportJobIdSchema.optional() }),
    result: ReportResultSchema,
  },
  getExportProgress: {
    args: z.object({ jobId: ExportJobIdSchema }),
    result: ExportProgressSchema,
  },
  cancelExport: {
    args: z.object({ jobId: ExportJobIdSchema }),
    result: z.object({ cancelled: z.boolean() }),
  },
  editSourceText: {
    args: z.object({ sourceId: SourceIdSchema, baseRevision: z.number().int().nonnegative(), text: z.string() }),
    result: TextEditResultSchema,
  },
  applyCorrection: {
    args: z.object({
      sourceId: SourceIdSchema,
      baseRevision: z.number().int().nonnegative(),
      claimId: z.string().min(1).max(2000),
    }),
    result: TextEditResultSchema,
  },
  updateTags: {
    args: z.object({ tags: z.array(TagSchema), reassign: TagReassignmentSchema, baseRevision: RevisionSchema }),
    result: WorkspaceViewSchema,
  },
  openExternal: {
    args: z.object({ url: z.string().max(4096) }),
    result: z.object({ opened: z.boolean() }),
  },
  getDismissedSuspicions: {
    args: z.object({ sourceId: SourceIdSchema }),
    result: z.object({ dismissed: z.array(z.string()) }),
  },
  setDismissedSuspicions: {
    args: z.object({ sourceId: SourceIdSchema, dismissed: z.array(z.string().max(400)).max(10_000) }),
    result: z.object({ dismissed: z.array(z.string()) }),
  },
  updateAliases: {
    args: z.object({ aliases: AliasGroupsSchema, baseRevision: RevisionSchema }),
    result: WorkspaceViewSchema,
  },
  renameWorkspace: {
    args: z.object({ name: WorkspaceNameSchema, baseRevision: RevisionSchema }),
    result: WorkspaceViewSchema,
  },
  restoreWorkspaceFile: {
    args: z.object({ keptAs: z.string().max(200).optional() }),
    result: WorkspaceViewSchema,
  },
  search: {
    args: SearchArgsSchema,
    result: z.object({
      hits: z.array(SearchHitSchema),
      truncated: z.boolean(),
      /** Hits left out because they are in set-aside passages ("N more in set-aside passages"). */
      setAside: z.number().int().nonnegative().default(0),
    }),
  },
  getPassages: {
    args: z.object({ sourceId: SourceIdSchema }),
    result: z.object({ passages: z.array(PassageSchema) }),
  },
  setKeptPassages: {
    args: z.object({ sourceId: SourceIdSchema, kept: z.array(z.string().max(400)).max(10_000) }),
    result: z.object({ passages: z.array(PassageSchema) }),
  },
  getAlsoIn: {
    args: z.object({ sourceId: SourceIdSchema }),
    result: z.object({ links: z.array(AlsoInSchema) }),
  },
  exportAnnotatedOriginal: {
    args: z.object({ sourceId: SourceIdSchema }),
    result: AnnotatedOriginalResultSchema,
  },
  importPasted: { args: PasteArgsSchema, result: SourceMetaSchema },
  // Provenance (issue 12): the source's own dates, byline, outlet, URL and language.
  setProvenance: {
    args: z.object({
      sourceId: SourceIdSchema,
      fields: z.partialRecord(z.enum(PROVENANCE_FIELDS), z.string().max(2000)),
    }),
    result: SourceMetaSchema,
  },
  listClaims: {
    args: z.object({ tag: z.string().max(200).optional() }),
    result: z.object({ claims: z.array(WorkspaceClaimSchema), unreadable: z.array(UnreadableClaimsSchema) }),
  },
  retagClaims: {
    args: z.object({
      changes: z
        .array(
          z.object({
            sourceId: SourceIdSchema,
            claimId: z.string().min(1).max(2000),
            tags: z.array(z.string().max(200)).max(100),
          }),
        )
        .max(100_000),
    }),
    result: z.object({ changed: z.number().int().nonnegative() }),
  },
  getSettings: { args: z.object({}), result: SettingsSchema },
  updateSettings: {
    args: z.object({
      language: UiLanguageSchema.optional(),
      skipPassages: z.boolean().optional(),
      lastSourceId: SourceIdSchema.optional(),
    }),
    result: SettingsSchema,
  },
} as const;

export type ApiMethod = keyof typeof api;
export type ApiArgs<M extends ApiMethod> = z.input<(typeof api)[M]['args']>;
export type ApiResult<M extends ApiMethod> = z.output<(typeof api)[M]['result']>;

/** What the renderer and the CLI program against. Each door provides exactly this. */
export interface WorkbenchApi {
  /** The open workspace: its tags, its sources (metadata only) and any files it could not read. */
  getWorkspace(args: Record<string, never>): Promise<WorkspaceView>;
  /**
   * Imports one file given as bytes: text (txt, html, htm, md; the encoding is detected unless given) or a
   * document (pdf, docx, docm, odt, mhtml, mht; its text extracted, a PDF's page map kept beside it).
   * Fails with import-empty, import-binary, import-too-large, import-unsupported, and for documents
   * import-protected, import-damaged, import-no-text or import-over-limit; nothing is written then.
   */
  importSource(args: { fileName: string; dataBase64: string; encoding?: string }): Promise<SourceMeta>;
  /** A source's metadata and its stored text (NFC, LF line ends). */
  getSource(args: { sourceId: string }): Promise<{ meta: SourceMeta; text: string }>;
  /** Decodes the original bytes again with another encoding. Refused (conflict) once the source has claims. */
  setSourceEncoding(args: { sourceId: string; encoding: string }): Promise<SourceMeta>;
  /** A source's annotations. Fails with file-corrupt or file-newer-version; the file is kept. */
  getAnnotations(args: { sourceId: string }): Promise<{ annotations: Annotation[]; revision: string }>;
  /**
   * Saves a source's annotations; resolves only once the file is durably on disk. `baseRevision` is the
   * revision the caller read (or its last save answered). When the file changed since (another window, the
   * CLI, a sync client), the two sides are merged by claim id and `merged` is the list now on disk, which the
   * caller adopts; claims changed differently on both sides fail with conflict, writing nothing.
   */
  saveAnnotations(args: { sourceId: string; annotations: Annotation[]; baseRevision: string }): Promise<{
    savedAt: string;
    revision: string;
    merged: Annotation[] | null;
  }>;
  /** Revisions of workspace.json and a source's annotation file: polled to notice changes made elsewhere. */
  getRevisions(args: { sourceId?: string }): Promise<{ workspace: string; annotations: string | null }>;
  /**
   * Merges another tool's annotation file (W3C JSON-LD — Hypothesis, Recogito, Annotorious, INCEpTION … — or
   * Hypothesis's API JSON) into a source's claims by annotation id, each annotation anchored on the source's text
   * or skipped with its reason. Tags are matched by id or by either label; `createTags` adds unknown ones. With
   * `dryRun` nothing is written. Fails (invalid-argument) only for a file that is not annotations at all.
   */
  importAnnotations(args: {
    sourceId: string;
    fileName: string;
    dataBase64: string;
    dryRun?: boolean;
    createTags?: string[];
  }): Promise<ImportAnnotationsResult>;
  /** A source's annotations as W3C JSON-LD or as CSV, for the user to save. */
  exportAnnotations(args: {
    sourceId: string;
    format: ExportFormat;
  }): Promise<{ fileName: string; mimeType: string; content: string }>;
  /**
   * The annotated PDF report of a source (electron/services/pdf). In Electron the user picks where to
   * save it, then the file is shown in its folder; in browser mode the PDF comes back for the page to download.
   * Written atomically: a failed export leaves no file. Made in a worker thread: every other call is answered
   * meanwhile. With a `jobId`, getExportProgress tells how far it got and cancelExport stops it (the answer is
   * then `cancelled: true` and nothing is written).
   */
  exportReport(args: { sourceId: string; options: ReportOptionsArg; jobId?: string }): Promise<ReportResult>;
  /** How far the export with this jobId got ('pending' before it starts). */
  getExportProgress(args: { jobId: string }): Promise<ExportProgress>;
  /**
   * Stops the export with this jobId; its exportReport answers cancelled and leaves no file. Answers true if it
   * was running or had not started yet (it then answers cancelled as it starts), false if it had already ended.
   */
  cancelExport(args: { jobId: string }): Promise<{ cancelled: boolean }>;
  /**
   * Replaces a source's text with the researcher's corrected version. The service diffs it against the stored
   * text, keeps the edits in the source's history, re-anchors every claim (kept, changed, moved or orphaned;
   * never silently attached elsewhere) and saves text and claims. Fails with conflict when `baseRevision` is
   * not the stored text's revision (edited elsewhere meanwhile).
   */
  editSourceText(args: { sourceId: string; baseRevision: number; text: string }): Promise<{
    meta: SourceMeta;
    text: string;
    annotations: Annotation[];
    outcomes: ReanchorOutcome[];
  }>;
  /**
   * Applies one claim's suggested correction to the text (only the part of its quote the correction stands for:
   * the year in "14 يوليو 2011") as a text edit like editSourceText, and records on the claim's correction body
   * the words it replaced and the text revision it applied to, so "2011 → 2001 (applied)" stays readable. Fails
   * with conflict for a stale baseRevision, a claim without correction or not in the text, or one already applied.
   */
  applyCorrection(args: { sourceId: string; baseRevision: number; claimId: string }): Promise<{
    meta: SourceMeta;
    text: string;
    annotations: Annotation[];
    outcomes: ReanchorOutcome[];
  }>;
  /**
   * Saves the workspace's tag set. Renaming and recoloring touch no claim; `reassign` moves the claims of
   * removed tags to another tag (merge) or takes the tag off them (null). Claims are rewritten in every source.
   */
  updateTags(args: {
    tags: Tag[];
    reassign: Record<string, string | null>;
    /** WorkspaceView.revision as read: a tag set changed elsewhere meanwhile fails with conflict. */
    baseRevision: string;
  }): Promise<WorkspaceView>;
  /**
   * Opens an http(s) citation URL in the system browser, after checking it against the allow-list. Answers
   * opened: false where the door cannot open one (browser mode: the page opens it in a new tab itself).
   */
  openExternal(args: { url: string }): Promise<{ opened: boolean }>;
  /** Keys of the suspicions the researcher dismissed in a source (shared/review/suspicion-key.ts). */
  getDismissedSuspicions(args: { sourceId: string }): Promise<{ dismissed: string[] }>;
  /** Replaces them; kept in review/<id>.json, written atomically. */
  setDismissedSuspicions(args: { sourceId: string; dismissed: string[] }): Promise<{ dismissed: string[] }>;
  /** Saves the workspace's alias list (workspace.json); search uses it from the next query on. */
  updateAliases(args: { aliases: AliasGroups; baseRevision: string }): Promise<WorkspaceView>;
  /** Renames the workspace (workspace.json's name; its folder stays where it is). */
  renameWorkspace(args: { name: string; baseRevision: string }): Promise<WorkspaceView>;
  /**
   * After a corrupt workspace.json (kept aside, the workspace open read-only): puts a good one back, either the
   * workspace.json now in place if it is valid again, or the kept copy `keptAs` (default: the latest) once it
   * is valid (fixed by hand), and makes the workspace writable. Fails with file-corrupt naming the file still to
   * fix, changing nothing.
   */
  restoreWorkspaceFile(args: { keptAs?: string }): Promise<WorkspaceView>;
  /**
   * Arabic-aware search (shared/search) over the workspace's sources, or some of them: normalized matching,
   * proclitics stripped from the query as from the text, the alias list, optional spelling variants (only
   * where the texts' word frequencies allow them). Hits are raw offsets; across the workspace the query's own
   * forms come first, then other forms, each in source and text order; within given sources, text order. By
   * default hits inside repeated passages and boilerplate are left out unless the researcher kept them, and
   * counted in `setAside`.
   */
  search(args: SearchArgs): Promise<{ hits: SearchHitView[]; truncated: boolean; setAside: number }>;
  /** A source's repeated passages, near-duplicate paragraphs and boilerplate (shared/review/passages.ts). */
  getPassages(args: { sourceId: string }): Promise<{ passages: Passage[] }>;
  /** Replaces the keys of the passages the researcher kept as content (review/<id>.json). */
  setKeptPassages(args: { sourceId: string; kept: string[] }): Promise<{ passages: Passage[] }>;
  /** Sentences of a source that also appear in other sources of the workspace ("also in" links). */
  getAlsoIn(args: { sourceId: string }): Promise<{ links: AlsoIn[] }>;
  /**
   * For a source imported from a PDF: the original file with every claim as a /Highlight annotation on its
   * words (QuadPoints, /Contents, /NM = claim id, the tag's colour) and citation URLs as links, appended as an
   * incremental update so the original bytes and page content stay as they were. Saved like exportReport.
   * Claims on a corrected text are mapped back through the edit history to the words the PDF shows.
   * Fails with invalid-argument for other sources and encrypted PDFs.
   */
  exportAnnotatedOriginal(args: { sourceId: string }): Promise<AnnotatedOriginalResult>;
  /**
   * Imports pasted clipboard content as a new source: the HTML flavour when given (its visible text, as for an
   * .html file), else the plain text. Fails with import-empty when nothing readable is left.
   */
  importPasted(args: PasteArgs): Promise<SourceMeta>;
  /**
   * Sets provenance fields of a source as the researcher's (confirming a detected value, editing it, or '' for
   * "none", which detection then leaves alone); the rest keep what was detected. Stored in meta.json. Fails with
   * invalid-argument, writing nothing, when a value is not a date (YYYY[-MM[-DD[THH:MM]]]), an http(s) URL, a
   * language code, or is too long.
   */
  setProvenance(args: { sourceId: string; fields: Partial<Record<ProvenanceField, string>> }): Promise<SourceMeta>;
  /**
   * Every claim of the workspace with its source's title and date, tags, quote, note and what it carries
   * (citation, correction, orphaned), in source order then text order; only those with tag id `tag` when given.
   * Each source's annotation file is read once and no text is read. A source whose file cannot be read is named
   * in `unreadable` and the others are listed.
   */
  listClaims(args: { tag?: string }): Promise<{
    claims: WorkspaceClaim[];
    unreadable: { sourceId: string; code: string; message: string }[];
  }>;
  /**
   * Sets the tags of many claims in many sources at once (the claims view's bulk tag change; its undo is the
   * same call with the tags as they were). Every source is checked before anything is written; fails with
   * not-found for an unknown source or claim, writing nothing.
   */
  retagClaims(args: { changes: { sourceId: string; claimId: string; tags: string[] }[] }): Promise<{ changed: number }>;
  /** Application settings (UI language, recent workspaces). */
  getSettings(args: Record<string, never>): Promise<Settings>;
  /** Changes settings and returns them as stored; `lastSourceId` is remembered for this workspace's folder. */
  updateSettings(args: { language?: UiLanguage; skipPassages?: boolean; lastSourceId?: string }): Promise<Settings>;
}

/** The method names, for doors that need them at run time (the preload cannot bundle zod cheaply). */
// Compile-time proof that the interface and the schemas describe the same API, in both directions.
type FromSchemas = { [M in ApiMethod]: (args: ApiArgs<M>) => Promise<ApiResult<M>> };
type Assert<T extends true> = T;
type _ContractMatchesSchemas = Assert<WorkbenchApi extends FromSchemas ? true : false>;
type _SchemasMatchContract = Assert<FromSchemas extends WorkbenchApi ? true : false>;

type SameKeys = Assert<
  [ApiMethod] extends [ApiMethodName] ? ([ApiMethodName] extends [ApiMethod] ? true : false) : false
>;
type _MethodListMatchesContract = SameKeys;
