// One test per normalization rule, then the offset map, span mapping back to raw text, and a timing print.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { corpusFiles } from '../../tests/support/corpus.ts';
import { normalizeArabic, toRawSpan } from './normalize.ts';

const norm = (s: string): string => normalizeArabic(s).text;

test('alef forms أ إ آ ٱ become bare alef', () => {
  assert.equal(norm('أحمد إسلام آمن ٱلله'), 'احمد اسلام امن الله');
});

test('alef maqsura ى becomes ya', () => {
  assert.equal(norm('على مستشفى'), 'علي مستشفي');
});

test('ta marbuta ة becomes ha', () => {
  assert.equal(norm('مدرسة الجامعة'), 'مدرسه الجامعه');
});

test('hamza on waw ؤ becomes waw', () => {
  assert.equal(norm('مسؤول رؤية'), 'مسوول رويه');
});

test('hamza on ya ئ becomes ya', () => {
  assert.equal(norm('رئيس مسائل'), 'رييس مسايل');
});

test('standalone hamza ء is kept (جزء is not جز), high hamza ٴ becomes ء', () => {
  assert.equal(norm('جزء سماء'), 'جزء سماء');
  assert.notEqual(norm('جزء'), norm('جز'));
  assert.equal(norm('جزٴ'), 'جزء');
});

test('tatweel ـ is dropped', () => {
  assert.equal(norm('كـــتـاب'), 'كتاب');
});

test('tashkeel U+064B–U+0652 and dagger alef U+0670 are dropped', () => {
  assert.equal(norm('كَتَبَ مُحَمَّدٌ كِتَاباً سْ'), 'كتب محمد كتابا س');
  assert.equal(norm('هٰذا'), 'هذا');
});

test('decomposed hamza and madda (NFD) normalize like the composed letters', () => {
  assert.equal(norm('أحمد'.normalize('NFD')), 'احمد');
  assert.equal(norm('آمن'.normalize('NFD')), 'امن');
  assert.equal(norm('مسؤول'.normalize('NFD')), 'مسوول');
});

test('Quranic annotation marks are dropped', () => {
  // U+0610 (ﷺ sign), U+06D6 (small high ligature), U+06DA, U+06ED.
  assert.equal(norm('محمد\u0610 العالمين\u06D6 الرحيم\u06DA نستعين\u06ED'), 'محمد العالمين الرحيم نستعين');
});

test('zero-width and bidi controls are dropped', () => {
  const controls = [
    '\u200B',
    '\u200C',
    '\u200D',
    '\u200E',
    '\u200F',
    '\u202A',
    '\u202B',
    '\u202C',
    '\u202D',
    '\u202E',
    '\u2066',
    '\u2067',
    '\u2068',
    '\u2069',
    '\uFEFF',
    '\u061C',
  ];
  for (const c of controls) assert.equal(norm(`كت${c}اب`), 'كتاب', `U+${c.charCodeAt(0).toString(16)}`);
});

test('Persian and Urdu letters ک ی ە ۀ ہ ھ become Arabic ك ي ه', () => {
  assert.equal(norm('کتاب'), 'كتاب');
  assert.equal(norm('ایران'), 'ايران');
  assert.equal(norm('خانە'), 'خانه');
  assert.equal(norm('خانۀ'), 'خانه');
  assert.equal(norm('ہھ'), 'هه');
  assert.equal(norm('ېۍے'), 'ييي');
});

test('presentation forms decompose like NFKC; lam-alef maps both letters to the ligature', () => {
  const raw = 'ﻻ ﻷ ﻣﺤﻤﺪ';
  const n = normalizeArabic(raw);
  assert.equal(n.text, 'لا لا محمد');
  assert.equal(n.toRaw[0], 0);
  assert.equal(n.toRaw[1], 0);
  assert.equal(n.toRaw[3], 2);
  assert.equal(n.toRaw[4], 2);
  assert.equal(norm('\uFDFA'), 'صلي الله عليه وسلم');
  assert.equal(norm('\uFE70'), '', 'an isolated fathatan form leaves nothing, not a space');
});

test('Arabic-Indic and Extended digits become ASCII', () => {
  assert.equal(norm('٠١٢٣٤٥٦٧٨٩ ۰۱۲۳۴۵۶۷۸۹'), '0123456789 0123456789');
});

test('Latin is case-folded', () => {
  assert.equal(norm('New START Édition'), 'new start édition');
});

test('other text is untouched: spaces, punctuation, emoji, Hebrew', () => {
  const s = 'كتب، «نعم» 👍🏽 שלום ? !';
  assert.equal(norm(s), s);
});

test('toRaw maps every normalized unit to its raw offset and ends at raw.length', () => {
  const raw = 'أَحْمَدُ ـ ١';
  const n = normalizeArabic(raw);
  assert.equal(n.text, 'احمد  1');
  assert.equal(n.toRaw.length, n.text.length + 1);
  assert.equal(n.toRaw[n.text.length], raw.length);
  for (let i = 0; i < n.text.length; i++) assert.equal(norm(raw[n.toRaw[i]!]!), n.text[i]);
  for (let i = 1; i < n.toRaw.length; i++) assert.ok(n.toRaw[i]! > n.toRaw[i - 1]!);
});

test('a normalized span maps back to whole raw characters', () => {
  const raw = 'ـفي كِتَـابٌ\u200F جديد';
  const n = normalizeArabic(raw);
  const start = n.text.indexOf('كتاب');
  const span = toRawSpan(raw, n, start, start + 4);
  // Inner harakat and tatweel are inside, the tanween of the last letter too; the RLM after it is not.
  assert.equal(raw.slice(span.start, span.end), 'كِتَـابٌ');
  const first = toRawSpan(raw, n, 0, 2);
  assert.equal(raw.slice(first.start, first.end), 'في', 'the dangling tatweel before the word stays out');
  assert.deepEqual(toRawSpan(raw, n, 3, 3), { start: n.toRaw[3], end: n.toRaw[3] });
});

test('a span ending inside an expansion covers the whole ligature', () => {
  const raw = 'ﻻ بأس';
  const n = normalizeArabic(raw);
  assert.deepEqual(toRawSpan(raw, n, 1, 2), { start: 0, end: 1 });
});

test('expansions longer than the input do not overflow the buffers', () => {
  const raw = `${'\uFDFA'.repeat(50)}abc`;
  const n = normalizeArabic(raw);
  assert.equal(n.text, `${'صلي الله عليه وسلم'.repeat(50)}abc`);
  assert.equal(n.toRaw[n.text.length - 1], raw.length - 1);
});

test('lone surrogates survive (slow string path)', () => {
  const raw = 'a\uD800b 😀';
  assert.equal(norm(raw), raw);
});

test('corpus: every corpus text normalizes with a monotone map (prints timing for a few MB)', (t) => {
  const { files, skip } = corpusFiles();
  if (skip) return t.skip(skip);
  const texts = files.map((f) => readFileSync(f, 'utf8'));
  for (const raw of texts) {
    const n = normalizeArabic(raw);
    assert.ok(!/[\u064B-\u0652\u0640أإآىة]/.test(n.text));
    assert.equal(n.toRaw[n.text.length], raw.length);
  }
  const big = texts.join('\n').repeat(60); // ≈ 4.6 MB of UTF-8
  normalizeArabic(big.slice(0, 200_000)); // warm up the JIT: the figure is for steady use
  const started = performance.now();
  const n = normalizeArabic(big);
  const ms = performance.now() - started;
  t.diagnostic(`normalizeArabic: ${(big.length / 1e6).toFixed(1)} M code units in ${ms.toFixed(0)} ms`);
  console.log(`normalizeArabic: ${(big.length / 1e6).toFixed(1)} M code units in ${ms.toFixed(0)} ms`);
  assert.ok(n.text.length > 0);
});
