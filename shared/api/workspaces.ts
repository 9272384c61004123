// Which workspaces the researcher has and which one is open: the recent list (settings) and switching.

import { z } from 'zod';

const RecentWorkspaceSchema = z.object({
  root: z.string(),
  /** Its name from workspace.json; null when the folder is gone or holds no readable workspace now. */
  name: z.string().nullable(),
});
export type RecentWorkspace = z.infer<typeof RecentWorkspaceSchema>;

export const WorkspaceListSchema = z.object({
  /** The workspace open now (first in `recent` too). */
  current: z.string(),
  recent: z.array(RecentWorkspaceSchema),
  /** The door has a folder chooser (Electron's native dialog): openWorkspace may be called without a root. */
  canChooseFolder: z.boolean(),
});
export type WorkspaceList = z.infer<typeof WorkspaceListSchema>;

export const OpenWorkspaceArgsSchema = z.object({
  /** An absolute folder path; absent: the door's folder chooser asks (canChooseFolder). */
  root: z.string().min(1).max(4096).optional(),
  /** Make a new workspace there (the folder missing or empty); without it the folder must hold one. */
  create: z.boolean().optional(),
});

export const OpenWorkspaceResultSchema = z.object({
  /** The chooser was closed: nothing changed. */
  cancelled: z.boolean(),
  /** The workspace open now. */
  root: z.string(),
});
