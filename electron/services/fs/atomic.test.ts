import assert from 'node:assert/strict';
import { readdir, readFile, writeFile, chmod } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { tempDir } from '../../../tests/support/temp.ts';
import { writeFileAtomic } from './atomic.ts';

test('writes a new file and replaces an existing one, leaving no temp files', async () => {
  const dir = await tempDir();
  const file = join(dir, 'a.json');
  await writeFileAtomic(file, 'first');
  await writeFileAtomic(file, 'نص ثانٍ');
  assert.equal(await readFile(file, 'utf8'), 'نص ثانٍ');
  assert.deepEqual(await readdir(dir), ['a.json']);
});

test('a failed write keeps the old file and leaves no temp file', async (t) => {
  if (process.getuid?.() === 0) {
    // root ignores folder permissions; make the rename fail by targeting a folder instead.
    const dir = await tempDir();
    const target = join(dir, 'taken');
    await writeFile(join(dir, 'keep.txt'), 'old');
    await import('node:fs/promises').then((fs) => fs.mkdir(join(target, 'inner'), { recursive: true }));
    await assert.rejects(writeFileAtomic(target, 'new'));
    assert.deepEqual((await readdir(dir)).sort(), ['keep.txt', 'taken']);
    return;
  }
  const dir = await tempDir();
  const file = join(dir, 'a.json');
  await writeFileAtomic(file, 'old');
  await chmod(dir, 0o500);
  t.after(() => chmod(dir, 0o700));
  await assert.rejects(writeFileAtomic(file, 'new'));
  assert.equal(await readFile(file, 'utf8'), 'old');
});
