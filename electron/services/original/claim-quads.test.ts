// A claim's boxes on the page, from the page map: merged per line where characters touch, split where a bidi
// run puts them apart, one set per page.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { PdfMap } from '../import/pdf/pdf-map.ts';
import { boundingRect, claimQuads } from './claim-quads.ts';

/** Two lines on page 0 ("ab cd" right to left: x descends) and one on page 1; 10 pt per character. */
const MAP: PdfMap = {
  schemaVersion: 1,
  direction: 'rtl',
  pages: [
    { start: 0, view: [0, 0, 600, 800] },
    { start: 12, view: [0, 0, 600, 800] },
  ],
  lines: [
    { start: 0, end: 5, page: 0, turn: 0, y0: 700, y1: 715, x: [190, 200, 180, 190, 175, 180, 165, 175, 155, 165] },
    { start: 6, end: 11, page: 0, turn: 0, y0: 680, y1: 695, x: [190, 200, 100, 110, 90, 100, 180, 190, 170, 180] },
    { start: 12, end: 14, page: 1, turn: 0, y0: 700, y1: 715, x: [190, 200, 180, 190] },
  ],
  furniture: [],
};

test('characters that touch on a line make one box, in /QuadPoints order (upper-left, upper-right, lower-left, lower-right)', () => {
  assert.deepEqual(claimQuads(MAP, 0, 5), [{ page: 0, quads: [[155, 715, 200, 715, 155, 700, 200, 700]] }]);
});

test('a claim across lines gets a box per line; characters placed apart by a bidi run get their own box', () => {
  const [part] = claimQuads(MAP, 3, 11);
  assert.equal(part!.quads.length, 3);
  assert.deepEqual(part!.quads[0], [155, 715, 175, 715, 155, 700, 175, 700]);
  assert.deepEqual(boundingRect(part!.quads), [90, 680, 200, 715]);
});

test('a claim across a page break has one part per page', () => {
  assert.deepEqual(
    claimQuads(MAP, 9, 14).map((p) => p.page),
    [0, 1],
  );
  assert.deepEqual(claimQuads(MAP, 11, 12), [], 'the page break itself has no box');
});
