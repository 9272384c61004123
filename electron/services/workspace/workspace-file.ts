// workspace.json: reading it at open and restoring it. A corrupt one is kept aside and never replaced by
// defaults (that would lose the custom tags and aliases): the workspace opens read-only, with a problem that
// says how to recover, until a good file is restored, either a workspace.json put back by hand (or by a sync
// client that had briefly written a half file) or the kept copy, once fixed by hand.

import { readdir, rename } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { WorkbenchError } from '../../../shared/errors.ts';
import {
  DEFAULT_TAGS,
  WORKSPACE_SCHEMA_VERSION,
  WorkspaceFileSchema,
  type WorkspaceFile,
  type WorkspaceProblem,
} from '../../../shared/workspace/model.ts';
import { syncFolder, writeFileAtomic } from '../fs/atomic.ts';
import { checkSchemaVersion, moveAside, readJsonFile, toJson } from './json-file.ts';
import { WORKSPACE_FILE, relativeTo, workspaceFile } from './layout.ts';

/** The names moveAside gives a corrupt workspace.json (its ISO time with ':' and '.' as '-'). */
const KEPT_COPY = /^workspace\.json\.corrupt-[0-9TZ-]+$/;

export interface OpenedWorkspaceFile {
  file: WorkspaceFile;
  /** Set when workspace.json could not be used: the workspace opens read-only and this says why. */
  readOnly?: WorkspaceProblem;
}

export function parseWorkspaceFile(json: unknown): WorkspaceFile {
  checkSchemaVersion(json, WORKSPACE_SCHEMA_VERSION, WORKSPACE_FILE);
  return WorkspaceFileSchema.parse(json);
}

/** The name in a workspace's workspace.json, or null when it has none readable (nothing is moved or written). */
export async function readWorkspaceName(root: string): Promise<string | null> {
  const result = await readJsonFile(workspaceFile(root), parseWorkspaceFile);
  return result.kind === 'ok' ? result.value.name : null;
}

/**
 * Reads workspace.json. Missing: a new one (with `create`), or, when a corrupt copy was kept earlier, read-only
 * again (never fresh defaults over lost tags). Corrupt: kept aside, read-only. Newer: refused, untouched.
 */
export async function readWorkspaceFile(
  root: string,
  options: { create?: boolean; name?: string },
): Promise<OpenedWorkspaceFile> {
  const path = workspaceFile(root);
  const result = await readJsonFile(path, parseWorkspaceFile);
  if (result.kind === 'ok') return { file: result.value };
  if (result.kind === 'newer-version') throw new WorkbenchError('file-newer-version', result.message);
  if (result.kind === 'corrupt') {
    const kept = relativeTo(root, await moveAside(path));
    return readOnly(root, `${result.message}. It was kept as ${kept}`, kept);
  }
  const kept = await latestKeptCopy(root);
  if (kept) return readOnly(root, `${WORKSPACE_FILE} is missing; its last corrupt copy was kept as ${kept}`, kept);
  if (!options.create) {
    throw new WorkbenchError('not-found', `${root} is not a workspace (it has no ${WORKSPACE_FILE}).`);
  }
  const fresh = defaults(options.name ?? 'Workspace');
  await writeFileAtomic(path, toJson(fresh));
  return { file: fresh };
}

/**
 * Puts a good workspace.json back: the one now in place if it is valid again, else the kept copy `keptAs`
 * (by default the latest), validated, then renamed back in one atomic step. Throws, changing nothing, when
 * neither is a valid workspace file, saying which file to fix.
 */
export async function restoreWorkspaceFile(root: string, keptAs?: string): Promise<WorkspaceFile> {
  const path = workspaceFile(root);
  const current = await readJsonFile(path, parseWorkspaceFile);
  if (current.kind === 'ok') return current.value;
  if (current.kind === 'newer-version') throw new WorkbenchError('file-newer-version', current.message);
  if (current.kind === 'corrupt') {
    throw new WorkbenchError(
      'file-corrupt',
      `${WORKSPACE_FILE} is back in the workspace folder but is not valid (${current.message}). Fix it or remove it, then restore again.`,
    );
  }
  const name = keptAs ?? (await latestKeptCopy(root));
  if (name === undefined)
    throw new WorkbenchError('not-found', `There is no kept copy of ${WORKSPACE_FILE} to restore.`);
  if (!KEPT_COPY.test(name)) {
    throw new WorkbenchError('invalid-argument', `"${name}" is not a kept copy of ${WORKSPACE_FILE}.`);
  }
  const kept = await readJsonFile(join(root, name), parseWorkspaceFile);
  if (kept.kind === 'missing') throw new WorkbenchError('not-found', `The kept copy ${name} is no longer there.`);
  if (kept.kind === 'newer-version') throw new WorkbenchError('file-newer-version', kept.message);
  if (kept.kind === 'corrupt') {
    throw new WorkbenchError(
      'file-corrupt',
      `The kept copy ${name} is still not a valid workspace file (${kept.message}). Fix it in a text editor, then restore again.`,
    );
  }
  await rename(join(root, name), path);
  await syncFolder(root);
  return kept.value;
}

function readOnly(root: string, what: string, keptAs: string): OpenedWorkspaceFile {
  const message =
    `${what}; nothing was written over it. The workspace is open read-only, showing the default tags, until it ` +
    `is restored: fix ${keptAs} in a text editor (or put a good ${WORKSPACE_FILE} back in the folder), then ` +
    `choose "Restore" (or rename the fixed copy back to ${WORKSPACE_FILE}).`;
  return {
    file: defaults(basename(root) || 'Workspace'),
    readOnly: { file: WORKSPACE_FILE, kind: 'corrupt', message, keptAs },
  };
}

function defaults(name: string): WorkspaceFile {
  return {
    schemaVersion: WORKSPACE_SCHEMA_VERSION,
    name,
    createdAt: new Date().toISOString(),
    tags: DEFAULT_TAGS,
    aliases: [],
  };
}

/** The newest kept copy's name (moveAside's stamps sort in time order), if any. */
async function latestKeptCopy(root: string): Promise<string | undefined> {
  const names = (await readdir(root)).filter((n) => KEPT_COPY.test(n)).sort();
  return names[names.length - 1];
}
