// Where each piece of a workspace lives on disk. A workspace is a plain folder, friendly to git and sync:
//   workspace.json · sources/<id>/{meta.json,text.txt,original.<ext>} · annotations/<id>.json

import { join } from 'node:path';

const WORKSPACE_FILE = 'workspace.json';
export const SOURCES_DIR = 'sources';
export const ANNOTATIONS_DIR = 'annotations';
/** Imports are assembled in a hidden folder and renamed into place, so a crash leaves no half source. */
export const IMPORT_STAGING_PREFIX = '.import-';

export function workspaceFile(root: string): string {
  return join(root, WORKSPACE_FILE);
}
export function sourceDir(root: string, id: string): string {
  return join(root, SOURCES_DIR, id);
}
export function sourceMetaFile(root: string, id: string): string {
  return join(sourceDir(root, id), 'meta.json');
}
export function sourceTextFile(root: string, id: string): string {
  return join(sourceDir(root, id), 'text.txt');
}
export function originalFileName(ext: string): string {
  return `original.${ext}`;
}
export function annotationFile(root: string, id: string): string {
  return join(root, ANNOTATIONS_DIR, `${id}.json`);
}
/** Workspace-relative path with forward slashes, for messages and problem reports. */
export function relativeTo(root: string, path: string): string {
  return path
    .slice(root.length + 1)
    .split('\\')
    .join('/');
}
