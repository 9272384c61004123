// Numbers put together from their digits must be exactly what fontkit makes of the whole number, in every
// report font and weight and each digit set; a font whose digits interact is detected and shaped whole.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tempDir } from '../../../tests/support/temp.ts';
import { REPORT_FONTS } from '../../../shared/report/options.ts';
import { composedDigits } from './digit-runs.ts';
import { loadFontChain, type ChainFont } from './fonts.ts';
import type { ShapedRun } from './shaped-run.ts';
import { shapeRun } from './shaping.ts';

/** fontkit on the whole string, no cache, no composition: the reference. */
function fontkitWhole(font: ChainFont, text: string) {
  const run = font.font.layout(text, undefined, undefined, undefined, 'ltr');
  return run.glyphs.map((g, i) => [g.id, run.positions[i]!.xAdvance, run.positions[i]!.xOffset]);
}

function glyphsOf(font: ChainFont, run: ShapedRun) {
  const scale = font.font.unitsPerEm / 1000;
  return run.glyphs.map((g) => [g.id, Math.round(g.xAdvance * scale), Math.round(g.xOffset * scale)]);
}

const NUMBERS = ['10', '11', '2001', '2011', '9876543210', '100000', '70707', '1234567'];
const SETS = [0x30, 0x660, 0x6f0];

test('composed numbers equal fontkit shaping the whole number, in every report font', async () => {
  const cache = await tempDir();
  let composedCount = 0;
  for (const choice of REPORT_FONTS)
    for (const weight of ['regular', 'bold'] as const) {
      const chain = await loadFontChain(choice, weight, cache);
      for (const zero of SETS)
        for (const latin of NUMBERS) {
          const text = Array.from(latin, (d) => String.fromCharCode(zero + Number(d))).join('');
          const font = chain.fonts[chain.fontFor(text.codePointAt(0)!)]!;
          const run = shapeRun(font, text, text, false);
          assert.deepEqual(glyphsOf(font, run), fontkitWhole(font, text), `${choice} ${weight} ${text}`);
          assert.equal(run.edges.length, 2 * text.length);
          for (let i = 1; i < text.length; i++) assert.ok(run.edges[2 * i]! >= run.edges[2 * i - 1]! - 0.01);
          if (composedDigits(font, text, (f, t) => shapeRun(f, t, t, false))) composedCount++;
        }
    }
  assert.ok(composedCount > 0, 'the fast path is taken in the fonts the report uses');
});

test('a font whose digit pairs shape differently from their digits is shaped whole', () => {
  // A stand-in shaper where "1" followed by "1" kerns: the check must see it and refuse to compose.
  const font = { key: 'kerning-ones', font: {} } as unknown as ChainFont;
  const glyph = (id: number, xAdvance: number) => ({
    id,
    advanceWidth: 500,
    xAdvance,
    xOffset: 0,
    yOffset: 0,
    text: '',
    codePoints: [],
  });
  const shape = (_: ChainFont, text: string): ShapedRun => {
    const glyphs = Array.from(text, (d, i) => glyph(d.charCodeAt(0), d === '1' && text[i + 1] === '1' ? 450 : 500));
    return { glyphs, width: glyphs.reduce((w, g) => w + g.xAdvance, 0), edges: new Float32Array(2 * text.length) };
  };
  assert.equal(composedDigits(font, '2024', shape), undefined);
  const honest = { key: 'plain', font: {} } as unknown as ChainFont;
  const plain = (_: ChainFont, text: string): ShapedRun => {
    const glyphs = Array.from(text, (d) => glyph(d.charCodeAt(0), 500));
    const edges = new Float32Array(2 * text.length).map((_, k) => 500 * Math.ceil(k / 2));
    return { glyphs, width: 500 * text.length, edges };
  };
  const run = composedDigits(honest, '2024', plain);
  assert.deepEqual(
    run?.glyphs.map((g) => g.id),
    [...'2024'].map((d) => d.charCodeAt(0)),
  );
  assert.equal(run?.width, 2000);
  assert.deepEqual([...run!.edges], [0, 500, 500, 1000, 1000, 1500, 1500, 2000]);
});
