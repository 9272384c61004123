// Where each piece of a workspace lives on disk, in one place so no module spells a path of its own. A workspace
// is a plain folder, friendly to git and sync:
//   workspace.json · sources/<id>/{meta.json,text.txt,original.<ext>,history.json} · annotations/<id>.json ·
//   review/<id>.json · trash/<id>/{deleted.json,source/,annotations.json,review.json} (deleted sources, whole) ·
//   exports/ (the researcher's, never read or written by the workbench itself)

import { join } from 'node:path';

export const WORKSPACE_FILE = 'workspace.json';
const SOURCES_DIR = 'sources';
const ANNOTATIONS_DIR = 'annotations';
const REVIEW_DIR = 'review';
const TRASH_DIR = 'trash';
/** The one folder inside a workspace that exports may be written to (out-path.ts). */
export const EXPORTS_DIR = 'exports';
/** Imports are assembled in a hidden folder and renamed into place, so a crash leaves no half source. */
export const IMPORT_STAGING_PREFIX = '.import-';
/** The files of a source's folder, by name (an import stages them before the folder has its final path). */
export const SOURCE_META_FILE = 'meta.json';
export const SOURCE_TEXT_FILE = 'text.txt';
export const SOURCE_HISTORY_FILE = 'history.json';

export function workspaceFile(root: string): string {
  return join(root, WORKSPACE_FILE);
}
export function sourcesDir(root: string): string {
  return join(root, SOURCES_DIR);
}
export function annotationsDir(root: string): string {
  return join(root, ANNOTATIONS_DIR);
}
export function reviewDir(root: string): string {
  return join(root, REVIEW_DIR);
}
export function sourceMetaFile(root: string, id: string): string {
  return sourceFile(root, id, SOURCE_META_FILE);
}
export function sourceTextFile(root: string, id: string): string {
  return sourceFile(root, id, SOURCE_TEXT_FILE);
}
export function sourceHistoryFile(root: string, id: string): string {
  return sourceFile(root, id, SOURCE_HISTORY_FILE);
}
export function originalFileName(ext: string): string {
  return `original.${ext}`;
}
export function originalFile(root: string, id: string, ext: string): string {
  return sourceFile(root, id, originalFileName(ext));
}
/** A file of a source's folder named by the module that writes it (an import's extra files: pdf-map.ts). */
export function sourceFile(root: string, id: string, name: string): string {
  return join(sourceDir(root, id), name);
}
export function annotationFile(root: string, id: string): string {
  return join(annotationsDir(root), `${id}.json`);
}
export function reviewFile(root: string, id: string): string {
  return join(reviewDir(root), `${id}.json`);
}
/** Deleted sources, each in its own folder named by its id, restorable as they were. */
export function trashDir(root: string): string {
  return join(root, TRASH_DIR);
}
export function trashEntryDir(root: string, id: string): string {
  return join(trashDir(root), id);
}
/** When it was deleted, its title and claim count (what the trash view lists without reading the rest). */
export function trashInfoFile(root: string, id: string): string {
  return join(trashEntryDir(root, id), 'deleted.json');
}
/** Where a deleted source's folder, annotation file and review file are kept (moved, not copied). */
export function trashedSourceDir(root: string, id: string): string {
  return join(trashEntryDir(root, id), 'source');
}
export function trashedAnnotationFile(root: string, id: string): string {
  return join(trashEntryDir(root, id), 'annotations.json');
}
export function trashedReviewFile(root: string, id: string): string {
  return join(trashEntryDir(root, id), 'review.json');
}
/** A source's folder (sources/<id>): a delete moves it whole. */
export function sourceDir(root: string, id: string): string {
  return join(sourcesDir(root), id);
}
/** Workspace-relative path with forward slashes, for messages and problem reports. */
export function relativeTo(root: string, path: string): string {
  return path
    .slice(root.length + 1)
    .split('\\')
    .join('/');
}
