// Which workspaces the researcher has and which one is open: the recent list (settings) and switching.

import { z } from 'zod';

const RecentWorkspaceSchema = z.object({
  root: z.string(),
  /** Its name from workspace.json; null when the folder is gone or holds no readable workspace now. */
  name: z.string().nullable(),
});
export type RecentWorkspace = z.infer<typeof RecentWorkspaceSchema>;

const WorkspaceListSchema = z.object({
  /** The workspace open now (first in `recent` too). */
  current: z.string(),
  recent: z.array(RecentWorkspaceSchema),
  /** The door has a folder chooser (Electron's native dialog): openWorkspace may be called without a root. */
  canChooseFolder: z.boolean(),
});
export type WorkspaceList = z.infer<typeof WorkspaceListSchema>;

const OpenWorkspaceArgsSchema = z.object({
  /** An absolute folder path; absent: the door's folder chooser asks (canChooseFolder). */
  root: z.string().min(1).max(4096).optional(),
  /** Make a new workspace there (the folder missing or empty); without it the folder must hold one. */
  create: z.boolean().optional(),
});

const OpenWorkspaceResultSchema = z.object({
  /** The chooser was closed: nothing changed. */
  cancelled: z.boolean(),
  /** The workspace open now. */
  root: z.string(),
});

/** The contract's methods for choosing the workspace (spread into contract.ts's `api`). */
export const workspacesApi = {
  /** The recent workspaces (the open one first) with their names, and whether the door can choose a folder. */
  listWorkspaces: { args: z.object({}), result: WorkspaceListSchema },
  /**
   * Opens another workspace (or makes a new one with `create`): every call from then on is about it, except
   * those naming a source of a workspace opened before (a second window still on it saves there). Refused
   * with not-found for a folder without a workspace, invalid-argument for a relative path or, with `create`,
   * a folder that holds other files.
   */
  openWorkspace: { args: OpenWorkspaceArgsSchema, result: OpenWorkspaceResultSchema },
} as const;
