// What an annotation import takes and answers (the contract's importAnnotations): the file and the tags to create;
// counts, every skipped annotation with its reason, and the tags the workspace does not have. Apart from
// contract.ts to keep that file small.

import { z } from 'zod';
import { TagSchema } from '../workspace/model.ts';
import { SourceIdSchema } from './workspace-view.ts';

export const ImportAnnotationsArgsSchema = z.object({
  sourceId: SourceIdSchema,
  fileName: z.string().min(1).max(255),
  dataBase64: z.string(),
  dryRun: z.boolean().optional(),
  createTags: z.array(z.string().max(200)).max(500).optional(),
});

/** Why one annotation of an imported file was not taken (electron/services/annotation-import/convert.ts). */
const ImportSkipReasonSchema = z.enum([
  'not-an-annotation',
  'reply',
  'page-note',
  'no-text-selector',
  'other-document',
  'quote-not-found',
  'invalid',
  'unknown-context',
  'duplicate-id',
]);

export const ImportAnnotationsResultSchema = z.object({
  /** What the file was: W3C JSON-LD, or Hypothesis's export, search result or single annotation. */
  shape: z.string(),
  /** The document the file's annotations are about, taken to be this source. */
  document: z.string().optional(),
  total: z.number().int().nonnegative(),
  added: z.number().int().nonnegative(),
  updated: z.number().int().nonnegative(),
  /** Already there as they are (or stored later than the file's version, which then wins). */
  unchanged: z.number().int().nonnegative(),
  skipped: z.array(
    z.object({
      /** 0-based position in the file. */
      index: z.number().int().nonnegative(),
      id: z.string().optional(),
      reason: ImportSkipReasonSchema,
      detail: z.string(),
    }),
  ),
  /** Tag labels that match no tag of the workspace (offered for creation). */
  unknownTags: z.array(z.string()),
  createdTags: z.array(TagSchema),
  /** Nothing was written: a preview. */
  dryRun: z.boolean(),
});
export type ImportAnnotationsResult = z.infer<typeof ImportAnnotationsResultSchema>;
