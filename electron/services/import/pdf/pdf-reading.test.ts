// Reading order of PDF lines: glyphs in visual order (as drawn) → logical text, word gaps, marks, furniture.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findFurniture } from './pdf-furniture.ts';
import type { Glyph } from './pdf-glyphs.ts';
import { visualLines, type VisualLine } from './pdf-lines.ts';
import { lineDirection, logicalChars } from './pdf-logical.ts';

/** A line drawn left to right from `glyphs` (each [text, width]), with `gap` between them. */
function drawn(glyphs: Array<[string, number]>, gap = 0.5): Glyph[] {
  let x = 100;
  return glyphs.map(([text, width]) => {
    const glyph = { text, turn: 0, x0: x, x1: x + width, y: 700, size: 12 };
    x += width + gap;
    return glyph;
  });
}

/** What an RTL producer draws for `logical`: characters right to left, numbers and Latin left to right. */
function visualOf(line: VisualLine): string {
  return line.glyphs.map((g) => g.text).join('');
}

function read(glyphs: Glyph[]): string {
  const [line] = visualLines(glyphs);
  return logicalChars(line!, lineDirection(line!, 'rtl'))
    .map((c) => c.char)
    .join('');
}

const letters = (s: string, gapAfter: Set<number> = new Set()) =>
  [...s].map((c, i) => [c, gapAfter.has(i) ? 6 : 6] as [string, number]);

test('an Arabic line with numbers drawn in visual order is read in logical order', () => {
  // "14 يوليو 2011" drawn right to left: 2011 (left), يوليو reversed, 14 (right); spaces as gaps.
  const glyphs = [
    ...drawn(letters('2011'), 0.2),
    ...drawn(letters('ويلوي'), 0.2).map((g) => ({ ...g, x0: g.x0 + 40, x1: g.x1 + 40 })),
    ...drawn(letters('14'), 0.2).map((g) => ({ ...g, x0: g.x0 + 80, x1: g.x1 + 80 })),
  ];
  assert.equal(read(glyphs), '14 يوليو 2011');
});

test('presentation forms fold to letters, mirrored brackets turn back, lam-alef given backwards is mended', () => {
  // "(لا)" in a right-to-left run is drawn "(" "ﻻ" ")" left to right: its first character, "(", as ")".
  assert.equal(
    read(
      drawn([
        ['(', 4],
        ['ﻻ', 8],
        [')', 4],
      ]),
    ),
    '(لا)',
  );
  // A ligature glyph whose ToUnicode lists its letters in visual order ("ال" for lam-alef).
  assert.equal(
    read(
      drawn([
        ['ب', 6],
        ['ال', 8],
        ['ق', 6],
      ]),
    ),
    'قلاب',
  );
  // "ﻣﺮﺣﺒﺎ" as initial/medial/final forms drawn right to left.
  assert.equal(
    read(
      drawn([
        ['ﺎ', 4],
        ['ﺒ', 4],
        ['ﺣ', 6],
        ['ﺮ', 5],
        ['ﻣ', 6],
      ]),
    ),
    'مرحبا',
  );
});

test('word gaps become one space, gaps inside a word (a non-joining letter) do not', () => {
  const glyphs = drawn([
    ['ل', 6],
    ['ا', 3],
    ['ق', 6],
  ]);
  glyphs[1]!.x0 += 1.2; // a small gap after alef, as in "قال" drawn by some producers
  glyphs[1]!.x1 += 1.2;
  assert.equal(read(glyphs), 'قال');
  const two = [
    ...drawn(letters('لاق'), 0.3),
    ...drawn(letters('دقو'), 0.3).map((g) => ({ ...g, x0: g.x0 + 30, x1: g.x1 + 30 })),
  ];
  assert.equal(read(two), 'وقد قال');
});

test('combining marks join the letter they are drawn on; a Latin line stays left to right', () => {
  const glyphs = drawn([
    ['ب', 6],
    ['ت', 6],
    ['ك', 6],
  ]);
  glyphs.push({ text: '\u064E', turn: 0, x0: glyphs[2]!.x0 + 2, x1: glyphs[2]!.x0 + 2, y: 700, size: 12 });
  assert.equal(read(glyphs), 'كَتب');
  assert.equal(read(drawn(letters('Telcon (1)'))), 'Telcon (1)');
});

test('a raised mark joins its line; marks follow drawing order; a lam-alef glyph takes marks on lam or alef by place', () => {
  // "أُنزل" drawn right to left: ل ز ن, then the damma (raised half a font size) just before أ in drawing order.
  const glyphs = drawn([
    ['ل', 6],
    ['ز', 6],
    ['ن', 4],
  ]).map((g, i) => ({ ...g, seq: i }));
  glyphs.push({ text: '\u064F', turn: 0, x0: glyphs[2]!.x1 - 1, x1: glyphs[2]!.x1 - 1, y: 706, size: 12, seq: 3 });
  glyphs.push({ text: 'أ', turn: 0, x0: glyphs[2]!.x1 + 0.5, x1: glyphs[2]!.x1 + 4, y: 700, size: 12, seq: 4 });
  assert.equal(read(glyphs), 'أُنزل');
  // "قليلًا": tanween drawn inside the ligature's right part (the lam); "أولاً": at its left edge (the alef).
  const lig = (markAt: number) => [
    { text: '\uFEFC', turn: 0, x0: 100, x1: 110, y: 700, size: 12, seq: 1 },
    { text: '\u064B', turn: 0, x0: markAt, x1: markAt, y: 700, size: 12, seq: 0 },
    { text: 'ﻴ', turn: 0, x0: 110.5, x1: 114, y: 700, size: 12, seq: 2 },
  ];
  assert.equal(read(lig(104)), 'يلًا');
  assert.equal(read(lig(99)), 'يلاً');
});

test('a baseline is cut where the gap is so wide that it separates two things', () => {
  const glyphs = [
    ...drawn(letters('003')),
    ...drawn(letters('1/9')).map((g) => ({ ...g, x0: g.x0 + 300, x1: g.x1 + 300 })),
  ];
  assert.deepEqual(visualLines(glyphs).map(visualOf), ['003', '1/9']);
});

test('furniture: page numbers and lines repeated in the bands of most pages; not body text, not one recurrence', () => {
  const candidates = [
    { page: 0, text: 'تقرير الوزارة', inBand: true },
    { page: 1, text: 'تقرير الوزارة', inBand: true },
    { page: 2, text: 'تقرير الوزارة', inBand: true },
    { page: 0, text: 'صفحة 1 من 3', inBand: true },
    { page: 1, text: 'Page 2 of 3', inBand: true },
    { page: 2, text: '- ٣ -', inBand: true },
    { page: 1, text: 'تقرير الوزارة', inBand: false },
    { page: 0, text: 'عنوان فرعي', inBand: true },
    { page: 2, text: 'عنوان فرعي', inBand: false },
  ];
  assert.deepEqual([...findFurniture(candidates, 3)].sort(), [0, 1, 2, 3, 4, 5]);
  assert.deepEqual([...findFurniture([{ page: 0, text: 'عنوان', inBand: true }], 1)], []);
});
