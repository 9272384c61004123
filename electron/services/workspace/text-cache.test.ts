// The decoded-text cache must never answer an old text: each way a text file changes (the app's atomic
// replace, an outside tool writing in place with the same length, a file removed) is read afresh.
import assert from 'node:assert/strict';
import { rename, rm, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { tempDir } from '../../../tests/support/temp.ts';
import { TextCache } from './text-cache.ts';

test('a text replaced by rename, or rewritten in place with the same length, is read afresh', async () => {
  const dir = await tempDir();
  const path = join(dir, 'text.txt');
  const cache = new TextCache();
  await writeFile(path, 'نص أول');
  assert.equal(await cache.read(path), 'نص أول');
  assert.equal(await cache.read(path), 'نص أول');

  await writeFile(join(dir, 'next.tmp'), 'نص ثان مختلف');
  await rename(join(dir, 'next.tmp'), path);
  assert.equal(await cache.read(path), 'نص ثان مختلف');

  // Same byte length, same inode; only the modification time tells.
  await writeFile(path, 'نص ثان مختلى');
  await utimes(path, new Date(), new Date(Date.now() + 5000));
  assert.equal(await cache.read(path), 'نص ثان مختلى');

  await rm(path);
  await assert.rejects(cache.read(path), { code: 'ENOENT' });
});

test('more texts than the cache keeps are each still read right', async () => {
  const dir = await tempDir();
  const cache = new TextCache();
  const paths = Array.from({ length: 20 }, (_, i) => join(dir, `${i}.txt`));
  await Promise.all(paths.map((p, i) => writeFile(p, `نص ${i}`)));
  for (let round = 0; round < 2; round++)
    for (const [i, p] of paths.entries()) assert.equal(await cache.read(p), `نص ${i}`);
});
