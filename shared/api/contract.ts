// The one API contract. The preload, the browser-mode bridge and the CLI all call the same service
// functions through it; every door validates arguments with these schemas, every client validates results.

import { z } from 'zod';
import type { ApiMethodName } from './methods.ts';
import { AnnotationSchema } from '../annotations/model.ts';
import {
  PROVENANCE_FIELDS,
  SettingsSchema,
  SourceMetaSchema,
  TagSchema,
  TextSizeSchema,
  UiLanguageSchema,
} from '../workspace/model.ts';
import { ImportAnnotationsArgsSchema, ImportAnnotationsResultSchema } from './annotation-import.ts';
import { ClaimTagChangesSchema, UnreadableClaimsSchema, WorkspaceClaimSchema } from './claims-list.ts';
import { AnnotatedOriginalResultSchema, ExportFormatSchema, exportApi } from './report-export.ts';
import { AlsoInSchema, PassageSchema, SearchArgsSchema, SearchResultSchema } from './search-review.ts';
import { workspacesApi } from './workspaces.ts';
import { EncodingPreviewSchema, ImportSourceArgsSchema, PasteArgsSchema, TextEditResultSchema } from './source-text.ts';
import { sourceLifecycleApi } from './trash.ts';
import {
  AliasGroupsSchema,
  RevisionSchema,
  SourceIdSchema,
  TagReassignmentSchema,
  WorkspaceNameSchema,
  WorkspaceViewSchema,
} from './workspace-view.ts';

export { type ImportAnnotationsResult } from './annotation-import.ts';
export { type WorkspaceClaim } from './claims-list.ts';
export { ExportFormatSchema };
export type { AnnotatedOriginalResult, ExportFormat, ReportOptionsArg, ReportResult } from './report-export.ts';
export { type AlsoIn, type Passage, type SearchArgs, type SearchHitView } from './search-review.ts';
export { MAX_IMPORT_BYTES, type PasteArgs, type ReanchorOutcome } from './source-text.ts';
export { type WorkspaceView } from './workspace-view.ts';

export const api = {
  /** The open workspace: its tags, its sources (metadata only) and any files it could not read. */
  getWorkspace: { args: z.object({}), result: WorkspaceViewSchema },
  /**
   * Imports one file given as bytes: text (txt, html, htm, md; the encoding is detected unless given) or a
   * document (pdf, docx, docm, odt, mhtml, mht; its text extracted, a PDF's page map kept beside it).
   * Fails with import-empty, import-binary, import-too-large, import-unsupported, and for documents
   * import-protected, import-damaged, import-no-text or import-over-limit; nothing is written then.
   */
  importSource: { args: ImportSourceArgsSchema, result: SourceMetaSchema },
  /** A source's metadata and its stored text (NFC, LF line ends). */
  getSource: {
    args: z.object({ sourceId: SourceIdSchema }),
    result: z.object({ meta: SourceMetaSchema, text: z.string() }),
  },
  /**
   * Decodes the original bytes again with another encoding and stores that text. Refused (conflict) once the
   * source has claims or its text was corrected (EncodingPreview.blocked says which before asking).
   */
  setSourceEncoding: {
    args: z.object({ sourceId: SourceIdSchema, encoding: z.string().min(1) }),
    result: SourceMetaSchema,
  },
  /** What setSourceEncoding would make of the text, side by side with the text now; writes nothing. */
  previewSourceEncoding: {
    args: z.object({ sourceId: SourceIdSchema, encoding: z.string().min(1) }),
    result: EncodingPreviewSchema,
  },
  /** A source's annotations. Fails with file-corrupt or file-newer-version; the file is kept. */
  getAnnotations: {
    args: z.object({ sourceId: SourceIdSchema }),
    result: z.object({ annotations: z.array(AnnotationSchema), revision: RevisionSchema }),
  },
  /**
   * Saves a source's annotations; resolves only once the file is durably on disk. `baseRevision` is the
   * revision the caller read (or its last save answered). When the file changed since (another window, the
   * CLI, a sync client), the two sides are merged by claim id and `merged` is the list now on disk, which the
   * caller adopts; claims changed differently on both sides fail with conflict, writing nothing.
   */
  saveAnnotations: {
    args: z.object({ sourceId: SourceIdSchema, annotations: z.array(AnnotationSchema), baseRevision: RevisionSchema }),
    result: z.object({ savedAt: z.string(), revision: RevisionSchema, merged: z.array(AnnotationSchema).nullable() }),
  },
  /**
   * Revisions of workspace.json, of the list of sources (which changes when one is imported, deleted or restored
   * elsewhere) and of a source's annotation file: polled to notice changes made elsewhere.
   */
  getRevisions: {
    args: z.object({ sourceId: SourceIdSchema.optional() }),
    result: z.object({ workspace: RevisionSchema, sources: RevisionSchema, annotations: RevisionSchema.nullable() }),
  },
  /**
   * Merges another tool's annotation file (W3C JSON-LD — Hypothesis, Recogito, Annotorious, INCEpTION … — or
   * Hypothesis's API JSON) into a source's claims by annotation id, each annotation anchored on the source's text
   * or skipped with its reason. Tags are matched by id or by either label; `createTags` adds unknown ones. With
   * `dryRun` nothing is written. Fails (invalid-argument) only for a file that is not annotations at all.
   */
  importAnnotations: { args: ImportAnnotationsArgsSchema, result: ImportAnnotationsResultSchema },
  ...exportApi,
  /**
   * Replaces a source's text with the researcher's corrected version. The service diffs it against the stored
   * text, keeps the edits in the source's history, re-anchors every claim (kept, changed, moved or orphaned;
   * never silently attached elsewhere) and saves text and claims. Fails with conflict when `baseRevision` is
   * not the stored text's revision (edited elsewhere meanwhile).
   */
  editSourceText: {
    args: z.object({ sourceId: SourceIdSchema, baseRevision: z.number().int().nonnegative(), text: z.string() }),
    result: TextEditResultSchema,
  },
  /**
   * Applies one claim's suggested correction to the text (only the part of its quote the correction stands for:
   * the year in "14 يوليو 2011") as a text edit like editSourceText, and records on the claim's correction body
   * the words it replaced and the text revision it applied to, so "2011 → 2001 (applied)" stays readable. Fails
   * with conflict for a stale baseRevision, a claim without correction or not in the text, or one already applied.
   */
  applyCorrection: {
    args: z.object({
      sourceId: SourceIdSchema,
      baseRevision: z.number().int().nonnegative(),
      claimId: z.string().min(1).max(2000),
    }),
    result: TextEditResultSchema,
  },
  /**
   * Saves the workspace's tag set. Renaming and recoloring touch no claim; `reassign` moves the claims of
   * removed tags to another tag (merge) or takes the tag off them (null). Claims are rewritten in every source.
   */
  updateTags: {
    args: z.object({
      tags: z.array(TagSchema),
      reassign: TagReassignmentSchema,
      /** WorkspaceView.revision as read: a tag set changed elsewhere meanwhile fails with conflict. */
      baseRevision: RevisionSchema,
    }),
    result: WorkspaceViewSchema,
  },
  /**
   * Opens an http(s) citation URL in the system browser, after checking it against the allow-list. Answers
   * opened: false where the door cannot open one (browser mode: the page opens it in a new tab itself).
   */
  openExternal: {
    args: z.object({ url: z.string().max(4096) }),
    result: z.object({ opened: z.boolean() }),
  },
  /** Keys of the suspicions the researcher dismissed in a source (shared/review/suspicion-key.ts). */
  getDismissedSuspicions: {
    args: z.object({ sourceId: SourceIdSchema }),
    result: z.object({ dismissed: z.array(z.string()) }),
  },
  /** Replaces them; kept in review/<id>.json, written atomically. */
  setDismissedSuspicions: {
    args: z.object({ sourceId: SourceIdSchema, dismissed: z.array(z.string().max(400)).max(10_000) }),
    result: z.object({ dismissed: z.array(z.string()) }),
  },
  /** Saves the workspace's alias list (workspace.json); search uses it from the next query on. */
  updateAliases: {
    args: z.object({ aliases: AliasGroupsSchema, baseRevision: RevisionSchema }),
    result: WorkspaceViewSchema,
  },
  /** Renames the workspace (workspace.json's name; its folder stays where it is). */
  renameWorkspace: {
    args: z.object({ name: WorkspaceNameSchema, baseRevision: RevisionSchema }),
    result: WorkspaceViewSchema,
  },
  /**
   * After a corrupt workspace.json (kept aside, the workspace open read-only): puts a good one back, either the
   * workspace.json now in place if it is valid again, or the kept copy `keptAs` (default: the latest) once it
   * is valid (fixed by hand), and makes the workspace writable. Fails with file-corrupt naming the file still to
   * fix, changing nothing.
   */
  restoreWorkspaceFile: {
    args: z.object({ keptAs: z.string().max(200).optional() }),
    result: WorkspaceViewSchema,
  },
  /**
   * Arabic-aware search (shared/search) over the workspace's sources, or some of them: normalized matching,
   * proclitics stripped from the query as from the text, the alias list, optional spelling variants (only
   * where the texts' word frequencies allow them). Hits are raw offsets; across the workspace the query's own
   * forms come first, then other forms, each in source and text order; within given sources, text order. By
   * default hits inside repeated passages and boilerplate are left out unless the researcher kept them, and
   * counted in `setAside`.
   */
  search: { args: SearchArgsSchema, result: SearchResultSchema },
  /** A source's repeated passages, near-duplicate paragraphs and boilerplate (shared/review/passages.ts). */
  getPassages: {
    args: z.object({ sourceId: SourceIdSchema }),
    result: z.object({ passages: z.array(PassageSchema) }),
  },
  /** Replaces the keys of the passages the researcher kept as content (review/<id>.json). */
  setKeptPassages: {
    args: z.object({ sourceId: SourceIdSchema, kept: z.array(z.string().max(400)).max(10_000) }),
    result: z.object({ passages: z.array(PassageSchema) }),
  },
  /** Sentences of a source that also appear in other sources of the workspace ("also in" links). */
  getAlsoIn: {
    args: z.object({ sourceId: SourceIdSchema }),
    result: z.object({ links: z.array(AlsoInSchema) }),
  },
  /**
   * For a source imported from a PDF: the original file with every claim as a /Highlight annotation on its
   * words (QuadPoints, /Contents, /NM = claim id, the tag's colour) and citation URLs as links, appended as an
   * incremental update so the original bytes and page content stay as they were. Saved like exportReport.
   * Claims on a corrected text are mapped back through the edit history to the words the PDF shows.
   * Fails with invalid-argument for other sources and encrypted PDFs.
   */
  exportAnnotatedOriginal: {
    args: z.object({ sourceId: SourceIdSchema }),
    result: AnnotatedOriginalResultSchema,
  },
  /**
   * Imports pasted clipboard content as a new source: the HTML flavour when given (its visible text, as for an
   * .html file), else the plain text. Fails with import-empty when nothing readable is left.
   */
  importPasted: { args: PasteArgsSchema, result: SourceMetaSchema },
  // Provenance (issue 12): the source's own dates, byline, outlet, URL and language.
  /**
   * Sets provenance fields of a source as the researcher's (confirming a detected value, editing it, or '' for
   * "none", which detection then leaves alone); the rest keep what was detected. Stored in meta.json. Fails with
   * invalid-argument, writing nothing, when a value is not a date (YYYY[-MM[-DD[THH:MM]]]), an http(s) URL, a
   * language code, or is too long.
   */
  setProvenance: {
    args: z.object({
      sourceId: SourceIdSchema,
      fields: z.partialRecord(z.enum(PROVENANCE_FIELDS), z.string().max(2000)),
    }),
    result: SourceMetaSchema,
  },
  /**
   * Every claim of the workspace with its source's title and date, tags, quote, note and what it carries
   * (citation, correction, orphaned), in source order then text order; only those with tag id `tag` when given.
   * Each source's annotation file is read once and no text is read. A source whose file cannot be read is named
   * in `unreadable` and the others are listed.
   */
  listClaims: {
    args: z.object({ tag: z.string().max(200).optional() }),
    result: z.object({ claims: z.array(WorkspaceClaimSchema), unreadable: z.array(UnreadableClaimsSchema) }),
  },
  /**
   * Sets the tags of many claims in many sources at once (the claims view's bulk tag change; its undo is the
   * same call with the tags as they were). Every source is checked before anything is written; fails with
   * not-found for an unknown source or claim, writing nothing.
   */
  retagClaims: {
    args: z.object({ changes: ClaimTagChangesSchema }),
    result: z.object({ changed: z.number().int().nonnegative() }),
  },
  ...sourceLifecycleApi,
  /** Application settings (UI language, recent workspaces). */
  getSettings: { args: z.object({}), result: SettingsSchema },
  ...workspacesApi,
  /** Changes settings and returns them as stored; `lastSourceId` is remembered for this workspace's folder. */
  updateSettings: {
    args: z.object({
      language: UiLanguageSchema.optional(),
      textSize: TextSizeSchema.optional(),
      skipPassages: z.boolean().optional(),
      lastSourceId: SourceIdSchema.optional(),
    }),
    result: SettingsSchema,
  },
} as const;

export type ApiMethod = keyof typeof api;
export type ApiArgs<M extends ApiMethod> = z.input<(typeof api)[M]['args']>;
export type ApiResult<M extends ApiMethod> = z.output<(typeof api)[M]['result']>;

// `keyof typeof api` written out, not ApiMethod: only a mapped type over the object's own keys carries each
// entry's JSDoc over to the method, so editors show it where a door or the page calls it.
/** What the renderer and the CLI program against. Each door provides exactly this. */
export type WorkbenchApi = { [M in keyof typeof api]: (args: ApiArgs<M>) => Promise<ApiResult<M>> };

// Compile-time proof that methods.ts lists exactly the contract's methods, in both directions.
type Assert<T extends true> = T;
type _MethodListMatchesContract = Assert<
  [ApiMethod] extends [ApiMethodName] ? ([ApiMethodName] extends [ApiMethod] ? true : false) : false
>;
