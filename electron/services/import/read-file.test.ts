// Tests for readImportFile against real files in a temporary folder: bytes and name, missing files,
// folders, devices, the size limit and permissions.

import assert from 'node:assert/strict';
import { chmod, mkdir, open, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { tempDir } from '../../../tests/support/temp.ts';
import { MAX_IMPORT_BYTES } from '../../../shared/api/contract.ts';
import { readImportFile } from './read-file.ts';
import { assertRejectsWorkbench } from './test-support.ts';

/** A sparse file of `size` bytes: instant to make, and reading it would still cost the full size. */
async function sparseFile(path: string, size: number): Promise<void> {
  const handle = await open(path, 'w');
  try {
    await handle.truncate(size);
  } finally {
    await handle.close();
  }
}

test('reads a file’s bytes and gives its base name', async () => {
  const dir = await tempDir();
  const path = join(dir, 'مصدر.txt');
  const bytes = new TextEncoder().encode('أزمة الصواريخ الكوبية\n');
  await writeFile(path, bytes);
  const file = await readImportFile(path);
  assert.equal(file.fileName, 'مصدر.txt');
  assert.deepEqual(new Uint8Array(file.bytes), bytes);
});

test('an empty file reads as 0 bytes (prepareImport refuses it)', async () => {
  const path = join(await tempDir(), 'empty.txt');
  await writeFile(path, '');
  assert.equal((await readImportFile(path)).bytes.length, 0);
});

test('a missing file is unreadable: "no such file"', async () => {
  const path = join(await tempDir(), 'missing.txt');
  await assertRejectsWorkbench(() => readImportFile(path), 'import-unreadable', `cannot read ${path}: no such file`);
});

test('a path through a file (not a folder) is unreadable', async () => {
  const dir = await tempDir();
  await writeFile(join(dir, 'plain.txt'), 'x');
  const path = join(dir, 'plain.txt', 'inner.txt');
  await assertRejectsWorkbench(() => readImportFile(path), 'import-unreadable', path, 'no such file');
});

test('a folder is unreadable', async () => {
  const dir = await tempDir();
  const folder = join(dir, 'texts.txt');
  await mkdir(folder);
  await assertRejectsWorkbench(() => readImportFile(folder), 'import-unreadable', folder, 'folder');
});

test(
  'a device is not a regular file and is not read',
  { skip: process.platform === 'win32' && 'no /dev/null' },
  async () => {
    await assertRejectsWorkbench(() => readImportFile('/dev/null'), 'import-unreadable', 'not a regular file');
  },
);

test('a file over the limit is refused as too large before it is read', async () => {
  const path = join(await tempDir(), 'huge.txt');
  await sparseFile(path, MAX_IMPORT_BYTES + 1);
  await assertRejectsWorkbench(() => readImportFile(path), 'import-too-large', 'huge.txt', '20.01 MB');
});

test('a file of exactly the limit is read whole', async () => {
  const path = join(await tempDir(), 'limit.txt');
  await sparseFile(path, MAX_IMPORT_BYTES);
  assert.equal((await readImportFile(path)).bytes.length, MAX_IMPORT_BYTES);
});

const isRoot = process.getuid?.() === 0;
test(
  'a file without read permission is unreadable: "permission denied"',
  {
    skip: (isRoot && 'root reads any file') || (process.platform === 'win32' && 'chmod does not deny reads on Windows'),
  },
  async () => {
    const path = join(await tempDir(), 'secret.txt');
    await writeFile(path, 'نص');
    await chmod(path, 0o000);
    await assertRejectsWorkbench(() => readImportFile(path), 'import-unreadable', path, 'permission denied');
  },
);
