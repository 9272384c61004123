// The workspace's claims as the contract lists them (issue 13): one row per claim across every source, and
// the sources whose claims could not be read. Apart from contract.ts to keep that file small.

import { z } from 'zod';
import { SourceIdSchema } from './workspace-view.ts';

/** One claim of the workspace, as the claims view and `workbench claims` list it (issue 13). */
export const WorkspaceClaimSchema = z.object({
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
export const UnreadableClaimsSchema = z.object({ sourceId: z.string(), code: z.string(), message: z.string() });

/** The claims view's bulk tag change: each claim's tags as they are to be. */
export const ClaimTagChangesSchema = z
  .array(
    z.object({
      sourceId: SourceIdSchema,
      claimId: z.string().min(1).max(2000),
      tags: z.array(z.string().max(200)).max(100),
    }),
  )
  .max(100_000);
