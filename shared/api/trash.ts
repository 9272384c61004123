// Renaming and deleting sources (issue 13): a deleted source is moved whole into the workspace's trash/ folder,
// listed there and restorable exactly as it was, or deleted permanently. Apart from contract.ts to keep it small.

import { z } from 'zod';
import { SourceMetaSchema } from '../workspace/model.ts';
import { RevisionSchema, SourceIdSchema } from './workspace-view.ts';

/** A source's title as the researcher types it: one line, not blank. */
export const SourceTitleSchema = z
  .string()
  .trim()
  .min(1)
  .max(300)
  .refine((title) => !/[\r\n]/.test(title), 'a title is one line');

/** A deleted source as the trash lists it (trash/<id>/deleted.json). */
export const TrashEntrySchema = z.looseObject({
  id: SourceIdSchema,
  title: z.string(),
  /** ISO time of the delete. */
  deletedAt: z.string(),
  /** How many claims it had when deleted (they are kept with it). */
  claims: z.number().int().nonnegative(),
});
export type TrashEntry = z.infer<typeof TrashEntrySchema>;

export const sourceLifecycleApi = {
  /**
   * Renames a source (its title in meta.json: the sidebar, the header, reports and exports show it). `baseTitle`
   * is the title the caller showed: when another window or the CLI renamed it meanwhile, fails with conflict,
   * writing nothing.
   */
  renameSource: {
    args: z.object({ sourceId: SourceIdSchema, title: SourceTitleSchema, baseTitle: z.string().max(2000) }),
    result: SourceMetaSchema,
  },
  /**
   * Deletes a source by moving its folder, its annotation file and its review file into trash/<id>/ (restorable
   * with restoreSource). `baseRevision` is its annotation file's revision as the caller read it (getAnnotations):
   * when its claims were saved elsewhere since, fails with conflict and nothing is moved. Afterwards the listing,
   * search, listClaims and exports no longer see it, and any read or save of it fails with source-in-trash.
   */
  deleteSource: {
    args: z.object({ sourceId: SourceIdSchema, baseRevision: RevisionSchema }),
    result: TrashEntrySchema,
  },
  /** The deleted sources in the workspace's trash, the most recently deleted first. */
  listTrash: { args: z.object({}), result: z.object({ entries: z.array(TrashEntrySchema) }) },
  /**
   * Puts a deleted source back exactly as it was (text, original, claims, history, provenance, review decisions).
   * Fails with conflict, moving nothing, when a source or annotation file with its id is in the workspace again;
   * with not-found when it is not in the trash.
   */
  restoreSource: { args: z.object({ sourceId: SourceIdSchema }), result: SourceMetaSchema },
  /** Deletes a source in the trash for good (its folder in trash/ is removed). Fails with not-found if it is not there. */
  purgeSource: { args: z.object({ sourceId: SourceIdSchema }), result: z.object({ purged: SourceIdSchema }) },
} as const;
