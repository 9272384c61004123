import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import * as fontkit from 'fontkit';
import { isWoff, woffToSfnt } from './woff.ts';

const woffPath = createRequire(import.meta.url).resolve('@fontsource/amiri/files/amiri-latin-400-normal.woff');

test('a WOFF font unpacks to a TrueType font with the same glyphs and metrics', () => {
  const woff = new Uint8Array(readFileSync(woffPath));
  assert.ok(isWoff(woff));
  const ttf = woffToSfnt(woff);
  assert.ok(!isWoff(ttf));
  const [fromWoff, fromTtf] = [fontkit.create(woff), fontkit.create(ttf)];
  assert.equal(fromTtf.postscriptName, fromWoff.postscriptName);
  assert.equal(fromTtf.unitsPerEm, fromWoff.unitsPerEm);
  const a = fromWoff.layout('Claims, 2001', undefined, undefined, undefined, 'ltr');
  const b = fromTtf.layout('Claims, 2001', undefined, undefined, undefined, 'ltr');
  assert.deepEqual(
    b.glyphs.map((g) => g.id),
    a.glyphs.map((g) => g.id),
  );
  assert.equal(b.advanceWidth, a.advanceWidth);
});

test('anything but WOFF is refused', () => {
  assert.throws(() => woffToSfnt(new Uint8Array([0, 1, 0, 0, 0, 0])), /not a WOFF/);
});
