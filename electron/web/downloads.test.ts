// Browser mode's report download: the export's answer names a path instead of carrying the PDF; the page GETs
// it once, under the same rules as the API (launch token, loopback host, same origin), and it is then gone.

import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { request } from 'node:http';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { tempDir } from '../../tests/support/temp.ts';
import { openWorkbench } from '../services/app-context.ts';
import { MemorySettingsStore } from '../services/settings/settings-store.ts';
import type { WorkbenchApi } from '../../shared/api/contract.ts';
import { Downloads } from './downloads.ts';
import { startWebServer, type WebServer } from './server.ts';

let server: WebServer;
let service: WorkbenchApi;
let staging: string;

before(async () => {
  const dir = await tempDir();
  const staticDir = join(dir, 'static');
  await mkdir(staticDir, { recursive: true });
  await writeFile(join(staticDir, 'index.html'), '<!doctype html><title>t</title>');
  staging = join(dir, 'export-staging');
  const downloads = new Downloads();
  const reports = { stagingDir: staging, keepForDownload: downloads.keep.bind(downloads) };
  ({ service } = await openWorkbench({
    workspaceDir: join(dir, 'ws'),
    userDataDir: dir,
    settings: new MemorySettingsStore(),
    reports,
  }));
  server = await startWebServer({ service, staticDir, downloads });
});
after(() => server.close());

function get(path: string, headers: Record<string, string>): Promise<{ status: number; type: string; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode!, type: String(res.headers['content-type']), body: Buffer.concat(chunks) }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

async function exported(): Promise<string> {
  const text = 'قال المتحدث إن المشروع بدأ عام 2011.\n\nThe project started in 2011.';
  const meta = await service.importSource({ fileName: 'خبر.txt', dataBase64: Buffer.from(text).toString('base64') });
  const result = await service.exportReport({ sourceId: meta.id, options: {} });
  assert.equal(result.dataBase64, undefined, 'the PDF is not in the answer');
  assert.match(result.downloadPath ?? '', /^\/download\/[\w-]{20,}$/);
  return result.downloadPath!;
}

const staged = () => (existsSync(staging) ? readdirSync(staging) : []);

test('the report is fetched once with the launch token, then nothing is left on the server', async () => {
  const path = await exported();
  assert.equal(staged().length, 1, 'kept until fetched');
  const token = { 'x-workbench-token': server.token };
  const reply = await get(path, token);
  assert.equal(reply.status, 200);
  assert.equal(reply.type, 'application/pdf');
  assert.equal(reply.body.subarray(0, 5).toString('latin1'), '%PDF-');
  assert.match(reply.body.subarray(-1024).toString('latin1'), /%%EOF\s*$/);
  assert.deepEqual(staged(), [], 'removed by the time the answer ends');
  assert.equal((await get(path, token)).status, 404, 'good for one fetch');
});

test('the download is held to the API rules: token, loopback host, same origin', async () => {
  const path = await exported();
  const token = server.token;
  assert.equal((await get(path, {})).status, 401);
  assert.equal((await get(path, { 'x-workbench-token': `${token}x` })).status, 401);
  assert.equal((await get(path, { 'x-workbench-token': token, host: 'evil.example:80' })).status, 421);
  const cross = { 'x-workbench-token': token, origin: 'http://evil.example' };
  assert.equal((await get(path, cross)).status, 403);
  const site = { 'x-workbench-token': token, 'sec-fetch-site': 'cross-site' };
  assert.equal((await get(path, site)).status, 403);
  assert.equal((await get(path, { 'x-workbench-token': token })).status, 200, 'still there for the page');
  assert.equal((await get('/download/nope', { 'x-workbench-token': token })).status, 404);
});
