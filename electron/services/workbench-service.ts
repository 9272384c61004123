// The service behind every door: the one implementation of the WorkbenchApi contract.
// It never imports 'electron'; the doors (IPC, HTTP bridge, CLI) validate arguments before calling it.

import type { ExportFormat, WorkbenchApi, WorkspaceView } from '../../shared/api/contract.ts';
import { exportAnnotationCollection } from '../../shared/annotations/export.ts';
import { annotationsToCsv } from '../../shared/annotations/csv.ts';
import { sourceIri } from '../../shared/annotations/model.ts';
import { WorkbenchError } from '../../shared/errors.ts';
import type { SourceMeta, Tag } from '../../shared/workspace/model.ts';
import { safeFileStem } from './file-names.ts';
import { checkExternalUrl } from '../../shared/api/external-url.ts';
import { isDocumentFile, prepareImport, prepareSource } from './import/index.ts';
import { importAnnotations } from './annotation-import/index.ts';
import { exportReport, savingOutside, type ReportDoor } from './report-export.ts';
import { ExportJobs } from './export/export-jobs.ts';
import { exportAnnotatedOriginal } from './original/original-export.ts';
import { importPasted } from './import/paste.ts';
import { applyCorrection, editSourceText } from './source-edit.ts';
import { provenanceFor, refreshProvenance, setProvenance, withProvenance } from './provenance.ts';
import { updateTags } from './tag-edit.ts';
import { listWorkspaceClaims, retagClaims } from './workspace-claims.ts';
import { withLastSource, type SettingsStore } from './settings/settings-store.ts';
import { AlsoInLinks } from './review/also-in.ts';
import { SourceReview } from './review/source-review.ts';
import { WorkspaceSearch } from './review/workspace-search.ts';
import { SerialQueue } from './workspace/serial-queue.ts';
import type { Workspace } from './workspace/workspace.ts';

export interface ServiceDeps {
  workspace: Workspace;
  settings: SettingsStore;
  /** Opens a checked http(s) URL in the system browser; absent where the door cannot (browser mode, CLI). */
  openExternal?: (url: string) => Promise<void>;
  /** Save dialog and reveal-in-folder for exported reports (Electron only). */
  reports?: ReportDoor;
}

export function createWorkbenchService({
  workspace,
  settings,
  openExternal,
  reports: door = {},
}: ServiceDeps): WorkbenchApi {
  const reports = savingOutside(door, workspace.root);
  const review = new SourceReview(workspace);
  const search = new WorkspaceSearch(workspace, review);
  const alsoIn = new AlsoInLinks(workspace);
  const exportJobs = new ExportJobs();
  const settingsWrites = new SerialQueue();
  const service: WorkbenchApi = {
    async getWorkspace() {
      await workspace.syncSources();
      return describeWorkspace(workspace);
    },
    async importSource({ fileName, dataBase64, encoding }) {
      return importBytes(workspace, fileName, decodeBase64(dataBase64), encoding);
    },
    async getSource({ sourceId }) {
      const text = await workspace.readText(sourceId);
      return { meta: await withProvenance(workspace, sourceId, text), text };
    },
    async setSourceEncoding({ sourceId, encoding }) {
      if (await workspace.hasAnnotations(sourceId)) {
        throw new WorkbenchError(
          'conflict',
          'This source already has claims; decoding it again could move them. Remove its claims first.',
        );
      }
      const meta = workspace.getMeta(sourceId);
      if (isDocumentFile(meta.originalFileName)) {
        throw new WorkbenchError(
          'invalid-argument',
          `${meta.originalFileName} is a document: it has no encoding to change.`,
        );
      }
      const prepared = prepareImport(meta.originalFileName, await workspace.readOriginal(sourceId), { encoding });
      return workspace.replaceSourceText(sourceId, prepared.text, {
        encoding: prepared.encoding,
        direction: prepared.direction,
        provenance: provenanceFor(prepared.text, meta.provenance),
      });
    },
    async getAnnotations({ sourceId }) {
      return workspace.readAnnotationsAt(sourceId);
    },
    async saveAnnotations({ sourceId, annotations, baseRevision }) {
      const outcome = await workspace.saveAnnotations(sourceId, annotations, baseRevision);
      return { savedAt: new Date().toISOString(), ...outcome };
    },
    async getRevisions({ sourceId }) {
      return workspace.revisions(sourceId);
    },
    async importAnnotations({ dataBase64, ...args }) {
      return importAnnotations(workspace, { ...args, bytes: decodeBase64(dataBase64) });
    },
    async exportAnnotations({ sourceId, format }) {
      const meta = workspace.getMeta(sourceId);
      const annotations = await workspace.readAnnotations(sourceId);
      const { language } = await settings.read();
      const text = await workspace.readText(sourceId);
      return renderExport(meta, annotations, format, text, { tags: workspace.tags, language });
    },
    async exportReport(args) {
      return exportReport(service, args, (await settings.read()).language, reports, exportJobs);
    },
    async getExportProgress({ jobId }) {
      return exportJobs.progress(jobId);
    },
    async cancelExport({ jobId }) {
      return { cancelled: exportJobs.cancel(jobId) };
    },
    async editSourceText(args) {
      const result = await editSourceText(workspace, args);
      return { ...result, meta: await refreshProvenance(workspace, args.sourceId, result.text) };
    },
    async applyCorrection(args) {
      return applyCorrection(workspace, args);
    },
    async updateTags({ tags, reassign, baseRevision }) {
      await updateTags(workspace, tags, reassign, new Date().toISOString(), baseRevision);
      return describeWorkspace(workspace);
    },
    async openExternal({ url }) {
      const checked = checkExternalUrl(url);
      if (!openExternal) return { opened: false };
      await openExternal(checked);
      return { opened: true };
    },
    async getDismissedSuspicions({ sourceId }) {
      return { dismissed: (await workspace.readReview(sourceId)).dismissed };
    },
    async setDismissedSuspicions({ sourceId, dismissed }) {
      return { dismissed: (await workspace.updateReview(sourceId, { dismissed })).dismissed };
    },
    async updateAliases({ aliases, baseRevision }) {
      await workspace.saveAliases(aliases, baseRevision);
      return describeWorkspace(workspace);
    },
    async renameWorkspace({ name, baseRevision }) {
      await workspace.rename(name, baseRevision);
      return describeWorkspace(workspace);
    },
    async restoreWorkspaceFile({ keptAs }) {
      await workspace.restoreWorkspaceFile(keptAs);
      return describeWorkspace(workspace);
    },
    async search(args) {
      await workspace.syncSources();
      return search.search(args);
    },
    async getPassages({ sourceId }) {
      return { passages: await review.passagesOf(sourceId) };
    },
    async setKeptPassages({ sourceId, kept }) {
      await workspace.updateReview(sourceId, { keptPassages: kept });
      return { passages: await review.passagesOf(sourceId) };
    },
    async getAlsoIn({ sourceId }) {
      // Another process may have deleted a source it would compare with: the list as the folders are now.
      await workspace.syncSources();
      return { links: await alsoIn.of(sourceId) };
    },
    async exportAnnotatedOriginal({ sourceId }) {
      return exportAnnotatedOriginal(workspace, sourceId, (await settings.read()).language, reports);
    },
    async importPasted(args) {
      const { fileName, bytes } = importPasted(args);
      return importBytes(workspace, fileName, bytes);
    },
    async setProvenance({ sourceId, fields }) {
      return setProvenance(workspace, sourceId, fields);
    },
    async listClaims({ tag }) {
      await workspace.syncSources();
      return listWorkspaceClaims(workspace, tag);
    },
    async retagClaims({ changes }) {
      return retagClaims(workspace, changes, new Date().toISOString());
    },
    async renameSource({ sourceId, title, baseTitle }) {
      return workspace.renameSource(sourceId, title, baseTitle);
    },
    async deleteSource({ sourceId, baseRevision }) {
      return workspace.deleteSource(sourceId, baseRevision);
    },
    async listTrash() {
      return { entries: await workspace.listTrash() };
    },
    async restoreSource({ sourceId }) {
      return workspace.restoreSource(sourceId);
    },
    async purgeSource({ sourceId }) {
      await workspace.purgeSource(sourceId);
      return { purged: sourceId };
    },
    async getSettings() {
      return settings.read();
    },
    async updateSettings({ lastSourceId, ...patch }) {
      // One at a time: a language switch and a source change at once must both be kept.
      return settingsWrites.run('settings', async () => {
        const changed = { ...(await settings.read()), ...definedOnly(patch) };
        const next = lastSourceId ? withLastSource(changed, workspace.root, lastSourceId) : changed;
        await settings.write(next);
        return next;
      });
    },
  };
  return service;
}

export async function importBytes(
  workspace: Workspace,
  fileName: string,
  bytes: Uint8Array,
  encoding?: string,
): Promise<SourceMeta> {
  const prepared = await prepareSource(fileName, bytes, encoding ? { encoding } : undefined);
  return workspace.addSource({
    text: prepared.text,
    originalBytes: bytes,
    originalExt: extensionOf(fileName),
    extraFiles: prepared.extraFiles,
    meta: {
      title: prepared.title,
      originalFileName: fileName,
      format: prepared.format,
      encoding: prepared.encoding,
      direction: prepared.direction,
      ...prepared.extraMeta,
      provenance: provenanceFor(prepared.text),
    },
  });
}

/** Tag labels in `language` (the UI's), the workspace's tag set; `now` dates the export. */
export function renderExport(
  meta: SourceMeta,
  annotations: Parameters<typeof annotationsToCsv>[0],
  format: ExportFormat,
  text: string,
  opts: { tags: readonly Tag[]; language: 'ar' | 'en'; now?: string },
): { fileName: string; mimeType: string; content: string } {
  const base = safeFileStem(meta.title);
  const { tags, language } = opts;
  if (format === 'csv') {
    const content = annotationsToCsv(annotations, { text, tags, language, sourceTitle: meta.title });
    return { fileName: `${base}.claims.csv`, mimeType: 'text/csv', content };
  }
  const id = `${sourceIri(meta.id)}/annotations`;
  const now = opts.now ?? new Date().toISOString();
  return {
    fileName: `${base}.annotations.jsonld`,
    mimeType: 'application/ld+json',
    content: exportAnnotationCollection(annotations, { id, label: meta.title, tags, language, now }),
  };
}

function describeWorkspace(workspace: Workspace): WorkspaceView {
  return {
    name: workspace.name,
    revision: workspace.revision,
    root: workspace.root,
    tags: workspace.tags,
    aliases: workspace.aliases,
    sources: workspace.listSources(),
    sourcesRevision: workspace.sourcesRevision,
    problems: workspace.listProblems(),
  };
}

function decodeBase64(data: string): Uint8Array {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(data)) {
    throw new WorkbenchError('invalid-argument', 'dataBase64 is not base64.');
  }
  return new Uint8Array(Buffer.from(data, 'base64'));
}

function extensionOf(fileName: string): string {
  const match = /\.([A-Za-z0-9]{1,10})$/.exec(fileName);
  return match?.[1] ? match[1].toLowerCase() : 'txt';
}

function definedOnly<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<T>;
}
