// Shapes of the workspace folder's files and of what the app shows about them.
// Every file carries a schemaVersion; readers refuse versions newer than they know.

import { z } from 'zod';

export const WORKSPACE_SCHEMA_VERSION = 1;
export const SOURCE_META_SCHEMA_VERSION = 1;

const TagIdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'a tag id is lower-case letters, digits and dashes (at most 40)');

export const TagSchema = z.looseObject({
  id: TagIdSchema,
  label: z.object({ ar: z.string().min(1), en: z.string().min(1) }),
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a color is #rrggbb'),
  /** One key that applies the tag in the reading view. */
  shortcut: z.string().max(1).optional(),
});
export type Tag = z.infer<typeof TagSchema>;

export const DEFAULT_TAGS: Tag[] = [
  { id: 'sourced', label: { ar: 'موثّق', en: 'Sourced' }, color: '#2e9d5b', shortcut: '1' },
  { id: 'disputed', label: { ar: 'محلّ خلاف', en: 'Disputed' }, color: '#d9822b', shortcut: '2' },
  { id: 'likely-typo', label: { ar: 'خطأ مطبعي محتمل', en: 'Likely typo' }, color: '#c23b7a', shortcut: '3' },
];

export const WorkspaceFileSchema = z.looseObject({
  schemaVersion: z.number().int().positive(),
  name: z.string().min(1),
  createdAt: z.string(),
  tags: z.array(TagSchema),
  /** Alias groups for search (see AliasGroupsSchema in shared/api/workspace-view.ts); absent in older files. */
  aliases: z.array(z.array(z.string())).default([]),
});
export type WorkspaceFile = z.infer<typeof WorkspaceFileSchema>;

const SourceFormatSchema = z.enum([
  'txt',
  'html',
  'md',
  // Documents (issue 15): their text is extracted, not decoded; the original is kept as imported.
  'pdf',
  'docx',
  'odt',
  'mhtml',
]);
export type SourceFormat = z.infer<typeof SourceFormatSchema>;

/** 'document': the format itself fixes the encoding (PDF, DOCX, ODT are not decoded as text). */
const DetectedBySchema = z.enum(['bom', 'utf-8', 'detector', 'user', 'document']);

export const EncodingInfoSchema = z.object({
  /** A WHATWG encoding label TextDecoder accepts, e.g. 'utf-8', 'windows-1256'. */
  name: z.string().min(1),
  /** 0..1; 1 for a BOM or valid UTF-8, the detector's own figure otherwise. */
  confidence: z.number().min(0).max(1),
  detectedBy: DetectedBySchema,
  /** Invalid byte sequences the decoder replaced with U+FFFD, and the byte offset of the first; absent if none. */
  replaced: z.object({ count: z.number().int().positive(), firstOffset: z.number().int().nonnegative() }).optional(),
});
export type EncodingInfo = z.infer<typeof EncodingInfoSchema>;

/**
 * The source's own provenance: when it was published and last updated, who wrote it, which outlet, where it
 * came from, its language. Each field says where its value came from: read from the text (`detected`, with
 * the raw offsets it was read at) or set by the researcher (`researcher`: confirmed as detected, edited, or
 * cleared with an empty value, which detection then leaves alone). Loose objects, so later versions (issue
 * 13: provenance of whole workspaces) can add fields and keys without older files failing to read.
 */
export const PROVENANCE_FIELDS = ['publishedAt', 'updatedAt', 'author', 'outlet', 'url', 'language'] as const;
export type ProvenanceField = (typeof PROVENANCE_FIELDS)[number];

const ProvenanceValueSchema = z.looseObject({
  /** Dates: YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM (as written, no time zone); '' = none. */
  value: z.string().max(500),
  from: z.enum(['detected', 'researcher']),
  /** Raw offsets in text.txt (at the source's textRevision) where a detected value was read. */
  at: z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() }).optional(),
  /** When the researcher set it (ISO time). */
  setAt: z.string().optional(),
});

const ProvenanceSchema = z.looseObject(
  Object.fromEntries(PROVENANCE_FIELDS.map((f) => [f, ProvenanceValueSchema.optional()])) as Record<
    ProvenanceField,
    z.ZodOptional<typeof ProvenanceValueSchema>
  >,
);
export type Provenance = z.infer<typeof ProvenanceSchema>;

export const SourceMetaSchema = z.looseObject({
  schemaVersion: z.number().int().positive(),
  id: z.string().regex(/^[a-z0-9-]{4,64}$/),
  title: z.string(),
  originalFileName: z.string(),
  /** Extension of the kept original bytes (sources/<id>/original.<ext>). */
  originalExt: z.string().regex(/^[a-z0-9]{1,10}$/),
  format: SourceFormatSchema,
  encoding: EncodingInfoSchema,
  importedAt: z.string(),
  /** Bytes of the original file as imported. */
  byteLength: z.number().int().nonnegative(),
  /** UTF-16 code units of the stored text (the unit of TextPositionSelector). */
  textLength: z.number().int().nonnegative(),
  sha256: z.string(),
  direction: z.enum(['rtl', 'ltr']),
  /** How many times the text was edited in the app (0 as imported); guards against overwriting newer edits. */
  textRevision: z.number().int().nonnegative().default(0),
  url: z.string().optional(),
  /** PDF sources: how many pages the original has (sources/<id>/pdf-map.json maps the text to them). */
  pageCount: z.number().int().positive().optional(),
  /** PDF sources that are encrypted (opened without a password): their original cannot be annotated. */
  encrypted: z.boolean().optional(),
  /** What the import left out on purpose, as codes the UI words: 'macros-not-run' (a Word file's macros). */
  importNotes: z.array(z.string()).optional(),
  publisher: z.string().optional(),
  publishedAt: z.string().optional(),
  /** Supersedes url / publisher / publishedAt above (kept for files that have them). */
  provenance: ProvenanceSchema.optional(),
});
export type SourceMeta = z.infer<typeof SourceMetaSchema>;

const ProblemKindSchema = z.enum(['corrupt', 'newer-version', 'invalid']);
export const WorkspaceProblemSchema = z.object({
  /** Path relative to the workspace root, with forward slashes. */
  file: z.string(),
  kind: ProblemKindSchema,
  message: z.string(),
  /** Where a corrupt file was moved aside to (relative path), when it was. */
  keptAs: z.string().optional(),
});
export type WorkspaceProblem = z.infer<typeof WorkspaceProblemSchema>;

export const UiLanguageSchema = z.enum(['ar', 'en']);
export type UiLanguage = z.infer<typeof UiLanguageSchema>;

/** The reading text's size steps, in percent of the default (Ctrl/Cmd +/− step through them, 0 resets). */
export const TEXT_SIZES = [80, 90, 100, 110, 125, 150, 175, 200] as const;
export const DEFAULT_TEXT_SIZE = 100;
export const TextSizeSchema = z
  .number()
  .refine((n) => (TEXT_SIZES as readonly number[]).includes(n), `one of ${TEXT_SIZES.join(', ')}`);

export const SettingsSchema = z.object({
  language: UiLanguageSchema,
  /** The reading text's size in percent (TEXT_SIZES); the rest of the window keeps its size. */
  textSize: TextSizeSchema.default(DEFAULT_TEXT_SIZE),
  recentWorkspaces: z.array(z.string()),
  /** Leave repeated passages and boilerplate (not kept as content) out of search and the PDF report. */
  skipPassages: z.boolean().default(true),
  /** Per workspace folder, the source open last: the window reopens it (not the first source). */
  lastSources: z.record(z.string(), z.string()).default({}),
});
export type Settings = z.infer<typeof SettingsSchema>;
export const DEFAULT_SETTINGS: Settings = {
  language: 'ar',
  textSize: DEFAULT_TEXT_SIZE,
  recentWorkspaces: [],
  skipPassages: true,
  lastSources: {},
};
