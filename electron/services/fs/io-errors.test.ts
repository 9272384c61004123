// Missing, unreadable and misplaced files read by the service answer a sentence naming the file.
import assert from 'node:assert/strict';
import { chmod, mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import type { WorkbenchError } from '../../../shared/errors.ts';
import { tempWorkbench } from '../../../tests/support/workbench.ts';
import { ioError } from './io-errors.ts';

async function serviceWithSource() {
  const { service, root } = await tempWorkbench();
  const meta = await service.importSource({ fileName: 'a.txt', dataBase64: Buffer.from('نص').toString('base64') });
  return { root, service, id: meta.id };
}

test('a missing text.txt is a not-found sentence naming the file, not a raw ENOENT', async () => {
  const { root, service, id } = await serviceWithSource();
  const path = join(root, 'sources', id, 'text.txt');
  await rm(path);
  await assert.rejects(
    service.getSource({ sourceId: id }),
    (e: WorkbenchError) =>
      e.code === 'not-found' &&
      e.message === `Cannot read ${path}: it is missing (deleted or moved outside the workbench?).`,
  );
});

test('a folder where text.txt should be, and an unreadable annotation file, are io sentences naming them', async (t) => {
  const { root, service, id } = await serviceWithSource();
  const text = join(root, 'sources', id, 'text.txt');
  await rm(text);
  await mkdir(text);
  await assert.rejects(
    service.getSource({ sourceId: id }),
    (e: WorkbenchError) => e.code === 'io' && e.message === `Cannot read ${text}: it is a folder, not a file.`,
  );
  if (process.getuid?.() === 0 || process.platform === 'win32') return t.skip('root reads any file');
  const annotations = join(root, 'annotations', `${id}.json`);
  await writeFile(annotations, '{}');
  await chmod(annotations, 0o000);
  await assert.rejects(
    service.getAnnotations({ sourceId: id }),
    (e: WorkbenchError) => e.code === 'io' && e.message.startsWith(`Cannot read ${annotations}: permission denied`),
  );
});

test('errors that are not errno errors pass through unchanged', () => {
  const plain = new Error('x');
  assert.equal(ioError(plain, '/p'), plain);
  const eacces = Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
  assert.equal(
    (ioError(eacces, '/p', 'write') as WorkbenchError).message,
    'Cannot write /p: permission denied (check the file’s and its folder’s permissions).',
  );
});
