import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { RENDERER_CSP } from '../../shared/api/csp.ts';
import { tempDir } from '../../tests/support/temp.ts';
import { APP_INDEX_URL, APP_ORIGIN, rendererFileHandler } from './app-protocol.ts';

async function rendererFolder(): Promise<{ root: string; renderer: string }> {
  const root = await tempDir();
  const renderer = join(root, 'renderer');
  await mkdir(join(renderer, 'assets'), { recursive: true });
  await writeFile(join(renderer, 'index.html'), '<!doctype html><title>t</title>');
  await writeFile(join(renderer, 'assets', 'main.js'), 'console.log(1)');
  await writeFile(join(root, 'secret.txt'), 'not for the page');
  return { root, renderer };
}

test('serves the renderer files with their type and the CSP', async () => {
  const { renderer } = await rendererFolder();
  const handle = rendererFileHandler(renderer);
  const index = await handle(new Request(APP_INDEX_URL));
  assert.equal(index.status, 200);
  assert.equal(index.headers.get('content-type'), 'text/html; charset=utf-8');
  assert.equal(index.headers.get('content-security-policy'), RENDERER_CSP);
  assert.equal(await index.text(), '<!doctype html><title>t</title>');
  const script = await handle(new Request(`${APP_ORIGIN}/assets/main.js?v=1#x`));
  assert.equal(script.status, 200);
  assert.equal(script.headers.get('content-type'), 'text/javascript; charset=utf-8');
  assert.equal((await handle(new Request(`${APP_ORIGIN}/`))).status, 200, 'the root is index.html');
});

test('nothing outside the renderer folder, from another host, or other than GET', async () => {
  const { renderer } = await rendererFolder();
  const handle = rendererFileHandler(renderer);
  const refused = [
    new Request(`${APP_ORIGIN}/../secret.txt`),
    new Request(`${APP_ORIGIN}/%2e%2e/secret.txt`),
    new Request(`${APP_ORIGIN}/assets/%2e%2e%2f%2e%2e%2fsecret.txt`),
    new Request(`${APP_ORIGIN}/%E0%A4%A`),
    new Request(`${APP_ORIGIN}/index.html%00.js`),
    new Request(`${APP_ORIGIN}/missing.js`),
    new Request('app://elsewhere/index.html'),
    new Request(`${APP_ORIGIN}/index.html`, { method: 'POST', body: 'x' }),
  ];
  for (const request of refused) {
    const response = await handle(request);
    assert.equal(response.status, 404, `${request.method} ${request.url}`);
    assert.doesNotMatch(await response.text(), /not for the page/);
  }
});
