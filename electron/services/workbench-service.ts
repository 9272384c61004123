// The service behind every door for one workspace: the one implementation of the WorkbenchApi contract
// (workspace-switch.ts adds choosing which workspace).
// It never imports 'electron'; the doors (IPC, HTTP bridge, CLI) validate arguments before calling it.

import type { WorkbenchApi, WorkspaceView } from '../../shared/api/contract.ts';
import { WorkbenchError } from '../../shared/errors.ts';
import type { SourceMeta } from '../../shared/workspace/model.ts';
import { renderExport } from './annotation-export.ts';
import { checkExternalUrl } from '../../shared/api/external-url.ts';
import { prepareSource } from './import/index.ts';
import { importAnnotations } from './annotation-import/index.ts';
import { exportReport, exportWorkspaceReport, savingOutside, type ReportDoor } from './report-export.ts';
import { ExportJobs } from './export/export-jobs.ts';
import { exportAnnotatedOriginal } from './original/original-export.ts';
import { importPasted } from './import/paste.ts';
import { applyCorrection, editSourceText } from './source-edit.ts';
import { provenanceFor, refreshProvenance, setProvenance, withProvenance } from './provenance.ts';
import { updateTags } from './tag-edit.ts';
import { previewSourceEncoding, setSourceEncoding } from './source-encoding.ts';
import { listWorkspaceClaims, retagClaims } from './workspace-claims.ts';
import { withLastSource, type SettingsStore } from './settings/settings-store.ts';
import { AlsoInLinks } from './review/also-in.ts';
import { SourceReview } from './review/source-review.ts';
import { WorkspaceSearch } from './review/workspace-search.ts';
import { SerialQueue } from './workspace/serial-queue.ts';
import type { Workspace } from './workspace/workspace.ts';

/** Every method but choosing the workspace: this service is bound to one (workspace-switch.ts chooses). */
export type WorkspaceService = Omit<WorkbenchApi, 'listWorkspaces' | 'openWorkspace'>;

export interface ServiceDeps {
  workspace: Workspace;
  settings: SettingsStore;
  /** Opens a checked http(s) URL in the system browser; absent where the door cannot (browser mode, CLI). */
  openExternal?: (url: string) => Promise<void>;
  /** Save dialog and reveal-in-folder for exported reports (Electron only). */
  reports?: ReportDoor;
  /** Shared by the services of every workspace opened in this process: a job outlives a switch. */
  exportJobs?: ExportJobs;
  /** Settings are one file for all workspaces: their writes go one at a time whichever service makes them. */
  settingsWrites?: SerialQueue;
}

export function createWorkbenchService({
  workspace,
  settings,
  openExternal,
  reports: door = {},
  exportJobs = new ExportJobs(),
  settingsWrites = new SerialQueue(),
}: ServiceDeps): WorkspaceService {
  const reports = savingOutside(door, workspace.root);
  const review = new SourceReview(workspace);
  const search = new WorkspaceSearch(workspace, review);
  const alsoIn = new AlsoInLinks(workspace);
  const service: WorkspaceService = {
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
      return setSourceEncoding(workspace, sourceId, encoding);
    },
    async previewSourceEncoding({ sourceId, encoding }) {
      return previewSourceEncoding(workspace, sourceId, encoding);
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
    async exportWorkspaceReport(args) {
      return exportWorkspaceReport(service, args, (await settings.read()).language, reports, exportJobs);
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
