import assert from 'node:assert/strict';
import { copyFile, readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, join } from 'node:path';
import { test } from 'node:test';
import { tempDir } from '../../../tests/support/temp.ts';
import { loadFontChain } from './fonts.ts';

const resolve = createRequire(import.meta.url).resolve;

test('Vazirmatn alone covers Arabic, Arabic-Indic digits and Latin', async () => {
  const chain = await loadFontChain('vazirmatn', 'regular', await tempDir());
  assert.equal(chain.fonts.length, 1);
  for (const char of 'بلا٢٠١١u-2(«') assert.equal(chain.fontFor(char.codePointAt(0)!), 0, char);
});

test('Amiri is a fallback chain, unpacked from WOFF into the cache folder once', async () => {
  const cache = await tempDir();
  const chain = await loadFontChain('amiri', 'regular', cache);
  assert.deepEqual(
    chain.fonts.map((f) => f.key),
    [
      'amiri-arabic-400-normal.woff',
      'amiri-latin-400-normal.woff',
      'amiri-latin-ext-400-normal.woff',
      'Vazirmatn-Regular.ttf',
    ],
  );
  assert.equal(chain.fontFor('ب'.codePointAt(0)!), 0);
  assert.equal(chain.fontFor('A'.codePointAt(0)!), 1, 'Latin (and digits) come from the Latin subset');
  const files = await readdir(cache);
  assert.equal(files.filter((f) => f.endsWith('.ttf')).length, 3);
  assert.deepEqual(
    files.filter((f) => f.endsWith('.tmp')),
    [],
  );
});

test('fonts can come from a folder (a packaged app has no node_modules); a missing file is an error', async () => {
  const dir = await tempDir();
  for (const spec of ['vazirmatn/fonts/ttf/Vazirmatn-Bold.ttf'])
    await copyFile(resolve(spec), join(dir, basename(spec)));
  const chain = await loadFontChain('vazirmatn', 'bold', await tempDir(), dir);
  assert.equal(chain.fonts[0]!.key, 'Vazirmatn-Bold.ttf');
  await assert.rejects(loadFontChain('vazirmatn', 'regular', await tempDir(), dir), /ENOENT.*Vazirmatn-Regular\.ttf/);
});
