import assert from 'node:assert/strict';
import { request } from 'node:http';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { tempDir } from '../../tests/support/temp.ts';
import { openWorkbench } from '../services/app-context.ts';
import { MemorySettingsStore } from '../services/settings/settings-store.ts';
import { startWebServer, type WebServer } from './server.ts';

let server: WebServer;

before(async () => {
  const dir = await tempDir();
  const staticDir = join(dir, 'static');
  await mkdir(join(staticDir, 'assets'), { recursive: true });
  await writeFile(join(staticDir, 'index.html'), '<!doctype html><title>t</title>');
  await writeFile(join(staticDir, 'assets', 'app.js'), 'console.log(1)');
  await writeFile(join(dir, 'secret.txt'), 'outside the static folder');
  const { service } = await openWorkbench({
    workspaceDir: join(dir, 'ws'),
    userDataDir: dir,
    settings: new MemorySettingsStore(),
  });
  server = await startWebServer({ service, staticDir });
});
after(() => server.close());

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function send(
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: server.port, path, method: options.method ?? 'GET', headers: options.headers },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

function api(method: string, args: unknown, headers: Record<string, string> = {}): Promise<Reply> {
  return send(`/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-workbench-token': server.token, ...headers },
    body: JSON.stringify(args),
  });
}

test('listens on loopback only and prints a URL carrying the token in its fragment', () => {
  assert.match(server.origin, /^http:\/\/127\.0\.0\.1:\d+$/);
  assert.equal(server.url, `${server.origin}/#token=${server.token}`);
  assert.ok(server.token.length >= 32);
});

test('serves the renderer with a strict CSP and no remote origins', async () => {
  const reply = await send('/');
  assert.equal(reply.status, 200);
  const csp = String(reply.headers['content-security-policy']);
  assert.match(csp, /default-src 'none'/);
  assert.match(csp, /script-src 'self'/);
  assert.doesNotMatch(csp, /https?:|\*/);
  assert.equal(reply.headers['x-content-type-options'], 'nosniff');
  assert.equal((await send('/assets/app.js')).headers['content-type'], 'text/javascript; charset=utf-8');
});

test('does not serve files outside the renderer folder', async () => {
  assert.equal((await send('/../secret.txt')).status, 404);
  assert.equal((await send('/%2e%2e/secret.txt')).status, 404);
  assert.equal((await send('/..%2fsecret.txt')).status, 404);
});

test('answers API calls that carry the launch token', async () => {
  const reply = await api('getWorkspace', {});
  assert.equal(reply.status, 200);
  const envelope = JSON.parse(reply.body);
  assert.equal(envelope.ok, true);
  assert.equal(envelope.value.name, 'ws');
});

test('refuses API calls without the token or with a wrong one', async () => {
  const missing = await send('/api/getWorkspace', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{}',
  });
  assert.equal(missing.status, 401);
  assert.equal(JSON.parse(missing.body).error.code, 'unauthorized');
  assert.equal((await api('getWorkspace', {}, { 'x-workbench-token': 'x'.repeat(32) })).status, 401);
});

test('refuses other Host names (DNS rebinding) and other origins', async () => {
  assert.equal((await api('getWorkspace', {}, { host: `evil.example:${server.port}` })).status, 421);
  assert.equal((await api('getWorkspace', {}, { origin: 'http://evil.example' })).status, 403);
  assert.equal((await api('getWorkspace', {}, { origin: `http://127.0.0.1:${server.port + 1}` })).status, 403);
  assert.equal((await api('getWorkspace', {}, { 'sec-fetch-site': 'cross-site' })).status, 403);
  assert.equal((await api('getWorkspace', {}, { origin: server.origin, 'sec-fetch-site': 'same-origin' })).status, 200);
  assert.equal((await api('getWorkspace', {}, { host: `localhost:${server.port}` })).status, 200);
});

test('refuses simple (non-JSON) requests, other verbs and unknown methods', async () => {
  const form = await send('/api/getWorkspace', {
    method: 'POST',
    headers: { 'content-type': 'text/plain', 'x-workbench-token': server.token },
    body: '{}',
  });
  assert.equal(form.status, 415);
  assert.equal((await send('/api/getWorkspace')).status, 405);
  const unknown = JSON.parse((await api('deleteEverything', {})).body);
  assert.deepEqual(unknown.error.code, 'not-found');
  const bad = JSON.parse((await api('getSource', { sourceId: '../../etc' })).body);
  assert.equal(bad.error.code, 'invalid-argument');
});

test('imports through the bridge and reads the source back', async () => {
  const text = 'قال المتحدث في 3 أبريل 2001 إن "Water for Life" بدأ.';
  const imported = JSON.parse(
    (await api('importSource', { fileName: 'خبر.txt', dataBase64: Buffer.from(text).toString('base64') })).body,
  );
  assert.equal(imported.ok, true);
  assert.equal(imported.value.direction, 'rtl');
  const source = JSON.parse((await api('getSource', { sourceId: imported.value.id })).body);
  assert.equal(source.value.text, text);
});

test('a malformed URL answers 400, not 500', async () => {
  for (const path of ['/%E0%A4%A', '/assets/%ZZ.js', '/api/%E0%A4%A']) {
    const reply = await send(path, path.startsWith('/api/') ? { method: 'POST' } : {});
    assert.equal(reply.status, 400, path);
  }
  assert.equal((await send('/')).status, 200, 'the server still answers');
});

test('a body nested too deep or too large answers invalid-argument, before any validation', async () => {
  const post = (body: string) =>
    send('/api/saveAnnotations', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-workbench-token': server.token },
      body,
    });
  const deep = await post(`{"sourceId":"abcd","annotations":${'['.repeat(100_000)}${']'.repeat(100_000)}}`);
  assert.equal(deep.status, 400);
  const deepError = JSON.parse(deep.body).error;
  assert.equal(deepError.code, 'invalid-argument');
  assert.match(deepError.message, /nests deeper than 200 levels/);
  // Brackets inside strings are text, not nesting.
  const brackets = await api('getSource', { sourceId: `${'['.repeat(300)}` });
  assert.equal(JSON.parse(brackets.body).error.code, 'invalid-argument');
  assert.doesNotMatch(JSON.parse(brackets.body).error.message, /nests deeper/);

  const big = await post(`{"pad":"${'x'.repeat(29 * 1024 * 1024)}"}`);
  assert.equal(big.status, 413);
  assert.equal(JSON.parse(big.body).error.code, 'invalid-argument');
  assert.equal((await api('getWorkspace', {})).status, 200, 'the server still answers');
});
