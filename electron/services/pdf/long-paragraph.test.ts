import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadFontChain } from './fonts.ts';
import { MIXED_LINES } from './layout.test.ts';
import { layoutWindows, safeCut, WINDOW } from './long-paragraph.ts';
import { layoutParagraph } from './text-layout.ts';

const chain = await loadFontChain('vazirmatn', 'regular');

/** Each line as the paragraph's code units it holds, its width and what it draws (glyph ids, left to right). */
function linesOf(text: string, window: number, markers: { at: number; label: string }[] = []) {
  const options = { chain, direction: 'rtl' as const, size: 11, width: 420, markers };
  const out: { start: number; end: number; width: number; glyphs: string }[] = [];
  for (const { offset, lines } of layoutWindows(text, options, window)) {
    for (const line of lines) {
      const glyphs = line.items.map((i) => i.piece.marker ?? i.shaped.glyphs.map((g) => g.id).join(',')).join('|');
      out.push({ start: offset + line.start, end: offset + line.end, width: Math.round(line.width * 100), glyphs });
    }
  }
  return out;
}

test('a paragraph laid out in windows gets exactly the lines of the whole paragraph, markers included', () => {
  const text = Array.from({ length: 40 }, (_, i) => MIXED_LINES[i % MIXED_LINES.length]).join(' ');
  const markers = [17, 400, 999, 1500, text.length].map((at, i) => ({ at, label: String(i + 1) }));
  const whole = linesOf(text, text.length + 1, markers);
  assert.ok(whole.length > 20, `${whole.length} lines`);
  for (const window of [300, 517, 1000]) assert.deepEqual(linesOf(text, window, markers), whole, `window ${window}`);
  // Lines cover the paragraph with no gap and no overlap across the windows.
  whole.slice(1).forEach((line, i) => assert.equal(line.start, whole[i]!.end));
  assert.equal(whole[whole.length - 1]!.end, text.length);
});

test('an English paragraph that starts a window with Arabic keeps its own direction in every window', () => {
  const text = Array.from({ length: 30 }, () => MIXED_LINES[1]).join(' ');
  const rtl = [...layoutWindows(text, { chain, direction: 'rtl', size: 11, width: 420 }, 200)].map((w) => w.layout.rtl);
  assert.deepEqual(new Set(rtl), new Set([false]));
  assert.equal(layoutParagraph(text, { chain, direction: 'rtl', size: 11, width: 420 }).rtl, false);
});

test('a window ends after a sentence end or a space, else between graphemes, never inside a word', () => {
  const text = 'كلمة أخرى. ' + 'الرئيس بوتين '.repeat(600);
  for (let start = 0; start < 5000; start += 373) {
    const cut = safeCut(text, start, 1000);
    assert.ok(cut > start && cut <= start + 1000);
    assert.match(text[cut - 1]!, /\s/u, `cut at ${cut} follows a space`);
    assert.doesNotMatch(text[cut]!, /\s/u);
  }
  assert.equal(safeCut(text, 0, text.length), text.length, 'the rest fits: no cut');
  // No space at all: a letter with its harakat, or an emoji with its modifier, is never split.
  const marks = 'بَّ'.repeat(1000);
  const cut = safeCut(marks, 0, 100);
  assert.equal(cut % 3, 0, 'between two letters, after their marks');
  const emoji = '👍🏽'.repeat(100);
  assert.equal(safeCut(emoji, 0, 50) % 4, 0, 'between two emoji with skin tone');
  assert.ok(WINDOW >= 2000, 'windows hold many lines');
});
