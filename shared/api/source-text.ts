// A source's text as the contract carries it: the size limits of an import, a paste, and what a text
// correction answers. Apart from contract.ts to keep that file small.

import { z } from 'zod';
import { AnnotationSchema } from '../annotations/model.ts';
import { EncodingInfoSchema, SourceMetaSchema } from '../workspace/model.ts';

/** 20 MB: larger "text" files are almost always something else (a dump, a binary); refuse them clearly. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export const ImportSourceArgsSchema = z.object({
  fileName: z.string().min(1).max(255),
  // No length limit here: the service measures the decoded bytes and answers import-too-large.
  dataBase64: z.string(),
  encoding: z.string().min(1).optional(),
});

// --- Sources as researchers have them (issue 15): pasted text. ---

/** 5 MB of pasted text or HTML: more is not a paste. */
const MAX_PASTE_CHARS = 5 * 1024 * 1024;

export const PasteArgsSchema = z.object({
  /** The clipboard's text/plain. */
  text: z.string().max(MAX_PASTE_CHARS).optional(),
  /** The clipboard's text/html, preferred when present (its paragraphs and title survive). */
  html: z.string().max(MAX_PASTE_CHARS).optional(),
  title: z.string().trim().max(200).optional(),
});
export type PasteArgs = z.infer<typeof PasteArgsSchema>;

/** What happened to each claim when the source text was edited (see shared/anchoring/reanchor.ts). */
const ReanchorOutcomeSchema = z.object({
  id: z.string(),
  status: z.enum(['kept', 'changed', 'moved', 'orphaned', 'still-orphan']),
});
export type ReanchorOutcome = z.infer<typeof ReanchorOutcomeSchema>;

/** What a text correction answers: the new text and meta, the re-anchored claims and what happened to each. */
export const TextEditResultSchema = z.object({
  meta: SourceMetaSchema,
  text: z.string(),
  annotations: z.array(AnnotationSchema),
  outcomes: z.array(ReanchorOutcomeSchema),
});

/** What "Decode as" would make of a text source, before anything is written (previewSourceEncoding). */
export const EncodingPreviewSchema = z.object({
  /** The encoding as it would be stored, with the bytes it could not read (`replaced`). */
  encoding: EncodingInfoSchema,
  /** False when the text reads the same either way. */
  changed: z.boolean(),
  /** 1-based line of the current text where the samples start: the first line that reads differently. */
  fromLine: z.number().int().positive(),
  /** The current text from that line, and the same stretch as the other encoding reads it. */
  before: z.string(),
  after: z.string(),
  /** Why decoding again would be refused: the source has claims, or its text was corrected. */
  blocked: z.enum(['has-claims', 'text-corrected']).optional(),
});
export type EncodingPreview = z.infer<typeof EncodingPreviewSchema>;
