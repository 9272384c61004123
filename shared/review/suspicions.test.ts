// Suspicions: the year-outlier heuristic on hand-written paragraphs and on corpus 003's two real typos,
// impossible dates, weekday mismatches and dual month names that disagree.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { corpusFiles } from '../../tests/support/corpus.ts';
import { daysInMonth, findSuspicions, type Suspicion } from './suspicions.ts';
import { typoBetween } from './year-outliers.ts';

const brief = (s: Suspicion) => ({ text: s.text, kind: s.kind, level: s.level, suggestion: s.suggestion });

function corpus(name: string): string | undefined {
  const file = corpusFiles().files.find((f) => f.includes(name));
  return file ? readFileSync(file, 'utf8') : undefined;
}

test('typoBetween: one changed digit or one swapped neighbouring pair', () => {
  assert.equal(typoBetween(2011, 2001), 'digit');
  assert.equal(typoBetween(2020, 2002), 'swap');
  assert.equal(typoBetween(1962, 1926), 'swap');
  assert.equal(typoBetween(1962, 1926 + 1), undefined);
  assert.equal(typoBetween(2001, 2001), undefined);
  assert.equal(typoBetween(201, 2001), undefined);
});

test('a year one digit from its neighbours, far from all of them, is HIGH with the neighbour as suggestion', () => {
  const text = 'أجرت اختبارا في 14 يوليو 2011، وآخر في 3 ديسمبر 2001، و11 يناير 2002، و15 مارس 2002.';
  const s = findSuspicions(text);
  assert.deepEqual(s.map(brief), [{ text: '2011', kind: 'year-outlier', level: 'high', suggestion: '2001' }]);
  assert.equal(text.slice(s[0]!.start, s[0]!.end), '2011');
  assert.match(s[0]!.reason.en, /2001/);
  assert.match(s[0]!.reason.ar, /2001/);
});

test('a year with a close neighbour is not flagged; one with too few years around is not either', () => {
  assert.deepEqual(findSuspicions('في عام 2003 ثم في عام 2001 وفي عام 2002.'), []);
  assert.deepEqual(findSuspicions('ولد في عام 1950 وتوفي في عام 2011.'), []);
});

test('far but not one typo away from any neighbour: LOW, no suggestion', () => {
  const s = findSuspicions('في عام 1987 ثم في عام 2001 وفي عام 2002.');
  assert.deepEqual(s.map(brief), [{ text: '1987', kind: 'year-outlier', level: 'low', suggestion: undefined }]);
});

test('one typo away but occurring three times in the text: LOW (it is probably meant)', () => {
  const para = 'في عام 2011 ثم في عام 2001 وفي عام 2002.';
  const text = `${para}\n\nنص.\n\nنص.\n\nتكرر عام 2011 هنا.\n\nنص.\n\nوعام 2011 هنا.`;
  const first = findSuspicions(text).find((s) => s.start < para.length);
  assert.equal(first?.level, 'low');
  assert.equal(first?.suggestion, '2001');
});

test('a year with no other years in its paragraph ±1 is compared with the nearest years further away (LOW)', () => {
  const text = ['في عام 2001 وعام 2002.', 'نص.', 'نص.', 'وفي عام 2091 انتهى.'].join('\n');
  const s = findSuspicions(text);
  assert.deepEqual(s.map(brief), [{ text: '2091', kind: 'year-outlier', level: 'low', suggestion: '2001' }]);
  assert.deepEqual(
    findSuspicions(text, undefined, { widen: false }),
    [],
    "the note's rule alone does not look further",
  );
});

test('Hijri years are not compared with Gregorian ones', () => {
  assert.deepEqual(findSuspicions('سنة 1440هـ الموافق عام 2019 وعام 2018.'), []);
});

test('impossible dates: 31 فبراير, 31 نيسان, 29 February of a common year, month 13', () => {
  const kinds = (t: string) => findSuspicions(t).map((s) => [s.text, s.kind, s.level]);
  assert.deepEqual(kinds('وصل في 31 فبراير 2021.'), [['31 فبراير 2021', 'impossible-date', 'high']]);
  assert.deepEqual(kinds('في 31 نيسان'), [['31 نيسان', 'impossible-date', 'high']]);
  assert.deepEqual(kinds('في 29 فبراير 2023'), [['29 فبراير 2023', 'impossible-date', 'high']]);
  assert.deepEqual(kinds('في 29 فبراير 2024 و29 فبراير'), []);
  assert.deepEqual(kinds('بتاريخ 18/13/2022'), [['18/13/2022', 'impossible-date', 'high']]);
  assert.equal(daysInMonth(2, 1900), 28);
  assert.equal(daysInMonth(2, 2000), 29);
});

test('weekday mismatch: computed with UTC dates; one day off is LOW, more is HIGH', () => {
  assert.deepEqual(findSuspicions('الثلاثاء 08 نوفمبر 2022'), [], '8 Nov 2022 was a Tuesday');
  const off1 = findSuspicions('الأربعاء 08 نوفمبر 2022');
  assert.deepEqual(off1.map(brief), [
    { text: 'الأربعاء 08 نوفمبر 2022', kind: 'weekday-mismatch', level: 'low', suggestion: undefined },
  ]);
  assert.match(off1[0]!.reason.ar, /الثلاثاء/);
  const off3 = findSuspicions('الجمعة، 8 نوفمبر 2022');
  assert.equal(off3[0]?.level, 'high');
  assert.match(off3[0]!.reason.en, /Tuesday/);
});

test('dual month names that disagree', () => {
  assert.deepEqual(findSuspicions('في أكتوبر/تشرين الأول 2001'), []);
  const s = findSuspicions('في 12 أكتوبر/تشرين الثاني 2001');
  assert.deepEqual(s.map(brief), [
    { text: '12 أكتوبر/تشرين الثاني 2001', kind: 'dual-month-mismatch', level: 'high', suggestion: undefined },
  ]);
});

test('corpus 003: "14 يوليو 2011" is HIGH → 2001 and "في عام 2020" is HIGH → 2002; nothing else HIGH', (t) => {
  const text = corpus('003_');
  if (!text) return t.skip('no corpus');
  const high = findSuspicions(text).filter((s) => s.level === 'high');
  assert.deepEqual(high.map(brief), [
    { text: '2011', kind: 'year-outlier', level: 'high', suggestion: '2001' },
    { text: '2020', kind: 'year-outlier', level: 'high', suggestion: '2002' },
  ]);
  assert.equal(text.slice(high[0]!.start - 9, high[0]!.end), '14 يوليو 2011');
  assert.equal(text.slice(high[1]!.start - 7, high[1]!.end), 'في عام 2020');
});

test('corpus: no HIGH flags in 000 and 001; LOW flags are printed for review', (t) => {
  const { files, skip } = corpusFiles();
  if (skip) return t.skip(skip);
  for (const f of files) {
    const text = readFileSync(f, 'utf8');
    const s = findSuspicions(text);
    if (!f.includes('003_')) assert.equal(s.filter((x) => x.level === 'high').length, 0, f);
    for (const x of s) t.diagnostic(`${f.slice(-24)} ${x.level} ${x.kind} ${x.text} → ${x.suggestion ?? '-'}`);
  }
});
