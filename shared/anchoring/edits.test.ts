// Tests for text edits: applying them, diffing two versions of a corpus text, and mapping claim offsets.
// The diff is checked on random edits (seeded) over every corpus text: it must always rebuild the new text.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { corpusFiles } from '../../tests/support/corpus.ts';
import { applyEdits, diffTexts, mapPosition, mapRange, type TextEdit } from './edits.ts';
import { prng } from './testing/fixtures.ts';

const corpus = corpusFiles();
const withCorpus = { skip: corpus.skip };
const corpusText = (prefix: string): string =>
  readFileSync(corpus.files.find((f) => basename(f).startsWith(prefix)) ?? assert.fail(`no corpus ${prefix}`), 'utf8');

test('applyEdits replaces old ranges, in old coordinates', () => {
  const edits: TextEdit[] = [
    { start: 0, end: 0, text: 'في ' },
    { start: 3, end: 8, text: 'تموز' },
    { start: 13, end: 13, text: 'م' },
  ];
  assert.equal(applyEdits('14 يوليو 2011', edits), 'في 14 تموز 2011م');
  assert.equal(applyEdits('نص', []), 'نص');
});

test('applyEdits refuses edits out of order, overlapping or out of range', () => {
  const cut = (start: number, end: number): TextEdit => ({ start, end, text: '' });
  assert.throws(() => applyEdits('abcdef', [cut(3, 4), cut(1, 2)]), /out of order/);
  assert.throws(() => applyEdits('abcdef', [cut(1, 4), cut(3, 5)]), /out of order/);
  assert.throws(() => applyEdits('abc', [{ start: 2, end: 9, text: '' }]), /out of range/);
});

test('an insertion at a range edge stays outside the range', () => {
  const at = (pos: number) => [{ start: pos, end: pos, text: 'XYZ' }];
  assert.deepEqual(mapRange(10, 20, at(10)), { start: 13, end: 23 }, 'typed at the start: the range moves after it');
  assert.deepEqual(mapRange(10, 20, at(20)), { start: 10, end: 20 }, 'typed at the end: the range ends before it');
  assert.deepEqual(mapRange(10, 20, at(15)), { start: 10, end: 23 }, 'typed inside: the range grows');
  assert.equal(mapPosition(10, at(10), 'before'), 10);
  assert.equal(mapPosition(10, at(10), 'after'), 13);
});

test('a position inside a replaced region goes to its new start (starts) or new end (ends)', () => {
  const edits = [{ start: 5, end: 15, text: 'ab' }];
  assert.deepEqual(mapRange(8, 30, edits), { start: 5, end: 22 }, 'start inside: to the replacement start');
  assert.deepEqual(mapRange(0, 10, edits), { start: 0, end: 7 }, 'end inside: to the replacement end');
  assert.deepEqual(mapRange(5, 15, edits), { start: 5, end: 7 }, 'exactly replaced: the replacement');
  assert.deepEqual(mapRange(7, 12, [{ start: 5, end: 15, text: '' }]), { start: 5, end: 5 }, 'deleted: collapsed');
  assert.deepEqual(mapRange(20, 25, edits), { start: 12, end: 17 }, 'after: shifted by the length change');
});

test('diffTexts finds the one-digit correction in corpus 003', withCorpus, () => {
  const old = corpusText('003_');
  const at = old.indexOf('14 يوليو 2011');
  const updated = old.slice(0, at) + '14 يوليو 2001' + old.slice(at + 13);
  assert.deepEqual(diffTexts(old, updated), [{ start: at + 11, end: at + 12, text: '0' }]);
  assert.deepEqual(diffTexts(old, old), []);
});

test('a word typed before a word with the same first letter is not put inside it', withCorpus, () => {
  const old = corpusText('003_');
  const word = old.indexOf('المخابرات');
  const updated = `${old.slice(0, word)}الاستخبارات و${old.slice(word)}`;
  const edits = diffTexts(old, updated);
  assert.equal(applyEdits(old, edits), updated);
  const claim = mapRange(word, word + 'المخابرات'.length, edits);
  assert.equal(updated.slice(claim.start, claim.end), 'المخابرات');
});

/** 1–6 random edits, sorted and apart, of text drawn from the corpus plus harakat and an emoji. */
function randomEdits(text: string, random: () => number): TextEdit[] {
  const pieces = ['', 'ً', 'ّ', '😀', '\n', ' ', 'ال'];
  const count = 1 + Math.floor(random() * 6);
  const points = Array.from({ length: count * 2 }, () => Math.floor(random() * text.length)).sort((a, b) => a - b);
  const edits: TextEdit[] = [];
  for (let i = 0; i < points.length; i += 2) {
    const start = points[i] as number;
    const end = random() < 0.4 ? start : Math.min(points[i + 1] as number, start + Math.floor(random() * 80));
    if (edits.length > 0 && start < (edits[edits.length - 1] as TextEdit).end) continue;
    const from = Math.floor(random() * text.length);
    const insert = random() < 0.3 ? '' : text.slice(from, from + Math.floor(random() * 40));
    edits.push({ start, end, text: insert + (pieces[Math.floor(random() * pieces.length)] as string) });
  }
  return edits.filter((e) => e.start !== e.end || e.text !== '');
}

test('diffTexts always rebuilds the new text (random edits on every corpus text)', withCorpus, () => {
  const random = prng(20240501);
  for (const file of corpus.files) {
    const old = readFileSync(file, 'utf8');
    for (let round = 0; round < 150; round++) {
      const edits = randomEdits(old, random);
      const updated = applyEdits(old, edits);
      const found = diffTexts(old, updated);
      assert.equal(applyEdits(old, found), updated, `${basename(file)} round ${round}: ${JSON.stringify(edits)}`);
      found.forEach((e, i) => assert.ok(i === 0 || e.start > (found[i - 1] as TextEdit).end, 'sorted and apart'));
      if (edits.length === 1) {
        const [only] = edits as [TextEdit];
        assert.ok(
          found.every((e) => e.start >= only.start - 80 && e.end <= only.end + 80),
          'stays where the edit was',
        );
      }
    }
  }
});

test('diffTexts on a complete rewrite is valid and gives up on detail in time', withCorpus, () => {
  const [first, , last] = [corpusText('000_'), corpusText('001_'), corpusText('003_')];
  const started = performance.now();
  const edits = diffTexts(first, last);
  const ms = performance.now() - started;
  assert.equal(applyEdits(first, edits), last);
  assert.ok(ms < 1000, `took ${ms.toFixed(0)} ms (the letter diff has a 250 ms budget)`);
});

test('diffTexts on 1 MB with a few scattered edits is fast', withCorpus, () => {
  const texts = corpus.files.map((f) => readFileSync(f, 'utf8'));
  let big = '';
  for (let i = 0; big.length < 1_000_000; i++) big += `${texts[i % texts.length]}\n`;
  const edits = [
    { start: 120, end: 125, text: 'تموز' },
    { start: 300_000, end: 300_000, text: 'كما ' },
    { start: 600_100, end: 600_500, text: '' },
    { start: 999_000, end: 999_004, text: '2001' },
  ];
  const updated = applyEdits(big, edits);
  let found: TextEdit[] = [];
  const times: number[] = [];
  for (let run = 0; run < 4; run++) {
    const started = performance.now();
    found = diffTexts(big, updated);
    times.push(performance.now() - started);
  }
  const best = Math.min(...times.slice(1)); // the first run also compiles; the best of the rest ignores a busy machine
  const shown = times.map((t) => t.toFixed(1)).join(', ');
  console.log(`diffTexts on ${big.length} code units, ${found.length} edits: ${shown} ms`);
  assert.equal(applyEdits(big, found), updated);
  // The target is well under 100 ms; this bound only catches a pathological diff (diff-match-patch alone took
  // seconds on some repetitive texts).
  assert.ok(best < 200, `took ${best.toFixed(1)} ms`);
});
