// The workspace as the contract answers it, and the ids, revisions, names and alias groups its calls take.
// Apart from contract.ts to keep that file small.

import { z } from 'zod';
import { SourceMetaSchema, TagSchema, WorkspaceProblemSchema } from '../workspace/model.ts';

export const SourceIdSchema = z.string().regex(/^[a-z0-9-]{4,64}$/, 'not a source id');

/** Groups of words search treats as one (كندي = كيندي = كينيدي); kept in workspace.json. */
export const AliasGroupsSchema = z.array(z.array(z.string().trim().min(1).max(100)).min(2).max(50)).max(2000);

/** A file's revision (a hash of its bytes, 'absent' for no file): reads return it, writes name it. */
export const RevisionSchema = z.string().min(1).max(64);

/** A workspace's name as the researcher types it: one line, not blank. */
export const WorkspaceNameSchema = z
  .string()
  .trim()
  .min(1)
  .max(120)
  .refine((name) => !/[\r\n]/.test(name), 'a workspace name is one line');

export const WorkspaceViewSchema = z.object({
  name: z.string(),
  /** workspace.json's revision, for renameWorkspace, updateTags and updateAliases. */
  revision: RevisionSchema,
  root: z.string(),
  tags: z.array(TagSchema),
  aliases: AliasGroupsSchema,
  sources: z.array(SourceMetaSchema),
  /** The list of sources' revision, as getRevisions answers it: a window polls it to see imports, deletes and restores made elsewhere. */
  sourcesRevision: RevisionSchema,
  problems: z.array(WorkspaceProblemSchema),
});
export type WorkspaceView = z.infer<typeof WorkspaceViewSchema>;

export const TagReassignmentSchema = z.record(z.string(), z.union([z.string(), z.null()]));
