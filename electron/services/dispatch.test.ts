import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { createApiClient } from '../../shared/api/client.ts';
import { API_METHODS } from '../../shared/api/methods.ts';
import type { WorkbenchBridge } from '../../shared/api/wire.ts';
import { WorkbenchError } from '../../shared/errors.ts';
import { tempDir } from '../../tests/support/temp.ts';
import { openWorkbench } from './app-context.ts';
import { dispatch } from './dispatch.ts';
import { MemorySettingsStore } from './settings/settings-store.ts';

/** The same wiring the preload and the HTTP bridge have, minus the transport. */
async function connectedClient() {
  const dir = await tempDir();
  const { service } = await openWorkbench({ userDataDir: dir, settings: new MemorySettingsStore() });
  const bridge = Object.fromEntries(
    API_METHODS.map((m) => [m, (args: unknown) => dispatch(service, m, args)]),
  ) as WorkbenchBridge;
  return { client: createApiClient(bridge), service, dir };
}

test('first launch opens a default workspace holding the sample source', async () => {
  const { client, dir } = await connectedClient();
  const view = await client.getWorkspace({});
  assert.equal(view.root, join(dir, 'Workspace'));
  assert.equal(view.sources.length, 1);
  const { text, meta } = await client.getSource({ sourceId: view.sources[0]!.id });
  assert.equal(meta.direction, 'rtl');
  assert.match(text, /14 مارس 2091/, 'the deliberately wrong year');
  assert.match(text, /"Water for Life"/, 'a Latin phrase inside Arabic');
});

test('the sample is added once, not again on the next launch', async () => {
  const dir = await tempDir();
  const settings = new MemorySettingsStore();
  await openWorkbench({ userDataDir: dir, settings });
  const { service } = await openWorkbench({ userDataDir: dir, settings });
  assert.equal((await service.getWorkspace({})).sources.length, 1);
  assert.deepEqual((await settings.read()).recentWorkspaces, [join(dir, 'Workspace')]);
});

test('errors keep their code across the door', async () => {
  const { client } = await connectedClient();
  await assert.rejects(
    client.getSource({ sourceId: 'abcdef0123' }),
    (e: WorkbenchError) => e instanceof WorkbenchError && e.code === 'not-found',
  );
  await assert.rejects(
    client.importSource({ fileName: 'empty.txt', dataBase64: '' }),
    (e: WorkbenchError) => e.code === 'import-empty' && e.message.includes('empty.txt'),
  );
  await assert.rejects(
    client.importSource({ fileName: 'x.txt', dataBase64: '%%%' }),
    (e: WorkbenchError) => e.code === 'invalid-argument',
  );
});

test('arguments are validated before the service sees them', async () => {
  const { service } = await connectedClient();
  const bad = await dispatch(service, 'saveAnnotations', { sourceId: 'abcdef0123', annotations: [{ id: 1 }] });
  assert.equal(bad.ok, false);
  assert.equal(!bad.ok && bad.error.code, 'invalid-argument');
  const unknown = await dispatch(service, '__proto__', {});
  assert.equal(!unknown.ok && unknown.error.code, 'not-found');
});

test('encoding can be overridden until the source has claims', async () => {
  const { client } = await connectedClient();
  const cp1256 = Buffer.from([0xc7, 0xe1, 0xda, 0xd1, 0xc8, 0xed, 0xc9]); // "العربية" in windows-1256
  const meta = await client.importSource({
    fileName: 'w.txt',
    dataBase64: cp1256.toString('base64'),
    encoding: 'windows-1256',
  });
  assert.equal((await client.getSource({ sourceId: meta.id })).text, 'العربية');
  const latin = await client.setSourceEncoding({ sourceId: meta.id, encoding: 'windows-1252' });
  assert.equal(latin.encoding.detectedBy, 'user');
  assert.notEqual((await client.getSource({ sourceId: meta.id })).text, 'العربية');
  await client.setSourceEncoding({ sourceId: meta.id, encoding: 'windows-1256' });
  assert.equal((await client.getSource({ sourceId: meta.id })).text, 'العربية');
});

test('settings change the UI language and are read back', async () => {
  const { client } = await connectedClient();
  assert.equal((await client.getSettings({})).language, 'ar');
  assert.equal((await client.updateSettings({ language: 'en' })).language, 'en');
  assert.equal((await client.getSettings({})).language, 'en');
});
