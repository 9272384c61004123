// Exports in a worker thread, through the service as every door calls it: other calls are answered while a
// report is made, progress can be polled, and a cancelled export answers cancelled and leaves no file — neither
// the report nor its temp file, beside a chosen path (Electron) or in the staging folder (browser mode).

import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import type { WorkbenchApi } from '../../shared/api/contract.ts';
import { openWorkbench } from '../../electron/services/app-context.ts';
import type { ReportDoor } from '../../electron/services/report-export.ts';
import { MemorySettingsStore } from '../../electron/services/settings/settings-store.ts';
import { corpusFile } from '../e2e/helpers/env.ts';
import { tempDir } from '../support/temp.ts';

/** About 1 MB of Arabic on ONE line: a report that takes seconds, long enough to be seen running. */
async function longSource(reports: ReportDoor): Promise<{ service: WorkbenchApi; sourceId: string }> {
  const dir = await tempDir();
  const { service } = await openWorkbench({
    workspaceDir: join(dir, 'ws'),
    userDataDir: dir,
    settings: new MemorySettingsStore(),
    reports,
  });
  const base = (await readFile(corpusFile('003_fc528dca72532d73.txt'), 'utf8')).replace(/\s+/g, ' ');
  const text = Array.from({ length: 25 }, () => base).join(' ');
  const meta = await service.importSource({ fileName: 'long.txt', dataBase64: Buffer.from(text).toString('base64') });
  return { service, sourceId: meta.id };
}

async function untilRunning(service: WorkbenchApi, jobId: string): Promise<void> {
  for (;;) {
    const { state } = await service.getExportProgress({ jobId });
    if (state === 'running') return;
    assert.equal(state, 'pending', 'the export has not ended before it was seen running');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

test('other calls are answered while an export runs; its progress is polled; the PDF comes back whole', async () => {
  const staging = join(await tempDir(), 'staging');
  const { service, sourceId } = await longSource({ stagingDir: staging });
  const exporting = service.exportReport({ sourceId, options: {}, jobId: 'job-1' });
  let exported = false;
  void exporting.then(() => (exported = true));
  await untilRunning(service, 'job-1');
  const view = await service.getWorkspace({});
  assert.equal(view.sources.length, 1);
  assert.equal(exported, false, 'getWorkspace answered while the export was still running');
  const result = await exporting;
  assert.equal(result.cancelled, false);
  assert.match(Buffer.from(result.dataBase64!, 'base64').subarray(0, 5).toString('latin1'), /^%PDF-/);
  assert.ok(result.pages > 100, `${result.pages} pages`);
  assert.deepEqual(await service.getExportProgress({ jobId: 'job-1' }), { state: 'done', fraction: 1 });
  assert.deepEqual(readdirSync(staging), [], 'the staging folder is empty again');
});

test('a cancelled export answers cancelled and leaves no file beside the chosen path', async () => {
  const folder = await tempDir();
  const target = join(folder, 'report.pdf');
  const { service, sourceId } = await longSource({ chooseSavePath: async () => target });
  const exporting = service.exportReport({ sourceId, options: {}, jobId: 'job-2' });
  await untilRunning(service, 'job-2');
  assert.deepEqual(await service.cancelExport({ jobId: 'job-2' }), { cancelled: true });
  const result = await exporting;
  assert.equal(result.cancelled, true);
  assert.equal(existsSync(target), false);
  assert.deepEqual(readdirSync(folder), [], 'no temp file either');
  assert.equal((await service.getExportProgress({ jobId: 'job-2' })).state, 'cancelled');
  assert.deepEqual(await service.cancelExport({ jobId: 'job-2' }), { cancelled: false }, 'it had already ended');
});

test('an export cancelled before it starts answers cancelled at once', async () => {
  const staging = join(await tempDir(), 'staging');
  const { service, sourceId } = await longSource({ stagingDir: staging });
  assert.deepEqual(await service.cancelExport({ jobId: 'job-3' }), { cancelled: true });
  const result = await service.exportReport({ sourceId, options: {}, jobId: 'job-3' });
  assert.equal(result.cancelled, true);
  assert.deepEqual(readdirSync(staging), []);
});

test('a save path picked inside the workspace data is refused and nothing there changes; its exports/ folder is fine', async () => {
  let target = '';
  const { service, sourceId } = await longSource({ chooseSavePath: async () => target });
  const { root } = await service.getWorkspace({});
  const workspaceFile = join(root, 'workspace.json');
  const before = await readFile(workspaceFile);
  for (const inside of [workspaceFile, join(root, 'sources', 'report.pdf')]) {
    target = inside;
    await assert.rejects(service.exportReport({ sourceId, options: {} }), (error: Error & { code?: string }) => {
      assert.equal(error.code, 'invalid-argument');
      assert.match(error.message, /inside the workspace/);
      return true;
    });
  }
  assert.deepEqual(await readFile(workspaceFile), before, 'workspace.json untouched');
  assert.equal(existsSync(join(root, 'sources', 'report.pdf')), false);
  // A save dialog picks an existing folder.
  await mkdir(join(root, 'exports'));
  target = join(root, 'exports', 'report.pdf');
  const saved = await service.exportReport({ sourceId, options: {} });
  assert.equal(saved.savedTo, target);
  assert.match((await readFile(target)).subarray(0, 5).toString('latin1'), /^%PDF-/);
});

test('the workspace report is a job too: cancelled it leaves no file; done it is saved where chosen, under the workspace name', async () => {
  const folder = await tempDir();
  let target = join(folder, 'workspace.pdf');
  const { service, sourceId } = await longSource({ chooseSavePath: async (name) => (target = join(folder, name)) });
  const small = await service.importSource({
    fileName: 'short.txt',
    dataBase64: Buffer.from('نص قصير عن الأزمة.\n').toString('base64'),
  });
  const exporting = service.exportWorkspaceReport({ options: {}, jobId: 'ws-1' });
  await untilRunning(service, 'ws-1');
  assert.deepEqual(await service.cancelExport({ jobId: 'ws-1' }), { cancelled: true });
  const result = await exporting;
  assert.equal(result.cancelled, true);
  assert.deepEqual(readdirSync(folder), [], 'neither the report nor its temp file');
  assert.equal((await service.getExportProgress({ jobId: 'ws-1' })).state, 'cancelled');

  const done = await service.exportWorkspaceReport({ sourceIds: [small.id], options: {}, jobId: 'ws-2' });
  const { name } = await service.getWorkspace({});
  assert.equal(done.fileName, `${name}.workspace-report.pdf`);
  assert.equal(done.savedTo, target);
  assert.equal(done.pages, 3, 'title page, the one source chosen, the claims table');
  assert.match((await readFile(target)).subarray(0, 5).toString('latin1'), /^%PDF-/);
  assert.deepEqual(await service.getExportProgress({ jobId: 'ws-2' }), { state: 'done', fraction: 1 });
  await assert.rejects(service.exportWorkspaceReport({ sourceIds: [sourceId, 'gone-1'], options: {} }), {
    code: 'not-found',
    message: /no source "gone-1"/,
  });
});
