import assert from 'node:assert/strict';
import { test } from 'node:test';
import { omittedBlocks } from './omissions.ts';
import { leftOutNote } from './labels.ts';

const LINES = [
  'العنوان',
  'مرسل: الثلاثاء',
  'القاهرة - (رويترز) - قال المتحدث',
  'فقرة أولى',
  '',
  'فقرة ثانية',
  'الخاتمة',
];
const text = LINES.join('\n');
const at = (line: number) => LINES.slice(0, line).reduce((n, l) => n + l.length + 1, 0);
const endOf = (line: number) => at(line) + LINES[line]!.length;

test('whole-line passages are left out, counted without blank lines; kept ones are printed', () => {
  const passages = [
    { start: at(1), end: endOf(1), kind: 'boilerplate' as const },
    { start: at(3), end: endOf(5), kind: 'repeated' as const },
    { start: at(6), end: endOf(6), kind: 'boilerplate' as const, kept: true },
  ];
  assert.deepEqual(omittedBlocks(text, passages, []), [
    { start: at(1), end: endOf(1), lines: 1, kind: 'boilerplate' },
    { start: at(3), end: endOf(5), lines: 2, kind: 'repeated' },
  ]);
});

test('a passage holding a claim stays printed, even a claim only touching its first word', () => {
  const passages = [{ start: at(3), end: endOf(5), kind: 'repeated' as const }];
  assert.deepEqual(omittedBlocks(text, passages, [{ start: at(3), end: at(3) + 4 }]), []);
  assert.deepEqual(
    omittedBlocks(text, passages, [{ start: at(0), end: at(3) }]),
    [{ start: at(3), end: endOf(5), lines: 2, kind: 'repeated' }],
    'a claim ending where it starts is outside',
  );
  assert.equal(omittedBlocks(text, passages, [{}]).length, 1, 'an orphan (no offsets) holds nothing');
});

test('only whole lines go: a dateline prefix stays; a passage ending mid-line keeps that line', () => {
  const prefix = { start: at(2), end: at(2) + 'القاهرة - (رويترز) - '.length, kind: 'boilerplate' as const };
  assert.deepEqual(omittedBlocks(text, [prefix], []), []);
  const ragged = { start: at(1) + 3, end: at(5) + 2, kind: 'near-duplicate' as const };
  assert.deepEqual(omittedBlocks(text, [ragged], []), [
    { start: at(2), end: endOf(4), lines: 2, kind: 'near-duplicate' },
  ]);
  assert.deepEqual(omittedBlocks(text, [{ start: at(6), end: text.length, kind: 'boilerplate' }], []), [
    { start: at(6), end: text.length, lines: 1, kind: 'boilerplate' },
  ]);
  assert.deepEqual(
    omittedBlocks(text, [{ start: at(3), end: at(6), kind: 'repeated' }], []),
    [{ start: at(3), end: endOf(5), lines: 2, kind: 'repeated' }],
    'an end after the line break',
  );
});

test('the note in their place, by report language and digits', () => {
  assert.equal(leftOutNote(12, 'repeated', 'en', 'western'), '[… 12 lines left out: repeated passage]');
  assert.equal(leftOutNote(1, 'boilerplate', 'en', 'western'), '[… 1 line left out: boilerplate]');
  assert.equal(leftOutNote(37, 'repeated', 'ar', 'western'), '[… أُغفل 37 سطرًا: مقطع مكرّر]');
  assert.equal(leftOutNote(1, 'boilerplate', 'ar', 'western'), '[… أُغفل سطر واحد: نص من قالب الصفحة]');
  assert.equal(leftOutNote(5, 'near-duplicate', 'ar', 'arabic-indic'), '[… أُغفل ٥ أسطر: فقرة شبه مكرّرة]');
});
