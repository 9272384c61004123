// Suspicions: one hand-written case per failure pattern of issue 12 (made up in the style of the sources),
// the date forms, and corpus 003's two real typos. The held-out evaluation is tests/eval/date-eval.test.ts.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { corpusFiles } from '../../tests/support/corpus.ts';
import { daysInMonth, findSuspicions, type Suspicion } from './suspicions.ts';
import { count } from './reasons.ts';

const NOW = { year: 2026, month: 11, day: 30 };
const find = (text: string) => findSuspicions(text, undefined, { now: NOW });
const brief = (s: Suspicion) => ({ text: s.text, kind: s.kind, level: s.level, suggestion: s.suggestion });

function corpus(name: string): string | undefined {
  const file = corpusFiles().files.find((f) => f.includes(name));
  return file ? readFileSync(file, 'utf8') : undefined;
}

test('1. a weekday on a date without its year is checked in the year the article is dated', () => {
  const text = 'نُشر في 3 مارس 2021\n\nوقال المتحدث إن الاجتماع عقد يوم الجمعة 28 فبراير في العاصمة.';
  const s = find(text);
  // LOW: the article's date is only its digits here, and a wrong dateline year would fail the weekday too.
  assert.deepEqual(s.map(brief), [{ text: 'الجمعة', kind: 'weekday-mismatch', level: 'low', suggestion: 'الأحد' }]);
  assert.match(s[0]!.reason.en, /28 February 2021: a Sunday, not a Friday/);
  assert.match(s[0]!.reason.ar, /الأحد وليس الجمعة/);
  assert.deepEqual(find(text.replace('الجمعة', 'الأحد')), [], '28 February 2021 was a Sunday');
  // HIGH once the date is confirmed: by the dateline's own weekday, or by the researcher.
  assert.equal(find(text.replace('نُشر في 3 مارس', 'نُشر في الأربعاء 3 مارس'))[0]?.level, 'high');
  const confirmed = findSuspicions(text, undefined, { now: NOW, published: { year: 2021, month: 3, day: 3 } });
  assert.equal(confirmed[0]?.level, 'high');
});

test('1. … and in the year its paragraph is about, when the paragraph names one', () => {
  const text = 'نُشر في 3 مارس 2021\n\nانطلقت الرحلة يوم الأربعاء 16 يوليو 1969 ثم عادت يوم الخميس 24 يوليو.';
  assert.deepEqual(find(text), [], '24 July 1969 was a Thursday');
  assert.equal(find(text.replace('الخميس 24', 'الجمعة 24'))[0]?.suggestion, 'الخميس');
});

test('1. "أمس الثلاثاء" is checked against the article date', () => {
  const text = 'الأربعاء، 3 مارس 2021\n\nافتُتح أمس الثلاثاء معرض الكتاب.';
  assert.deepEqual(find(text), []);
  const wrong = find(text.replace('أمس الثلاثاء', 'أمس الأحد'));
  assert.deepEqual(wrong.map(brief), [
    { text: 'الأحد', kind: 'weekday-mismatch', level: 'high', suggestion: 'الثلاثاء' },
  ]);
});

test('2. a century slip and a transposition whose right value is written nowhere get their suggestion', () => {
  const about1987 =
    'نُشر في 12 مايو 2015\n\nفي عام 1985 بدأت المفاوضات، وفي عام 1986 تعثرت، ثم وقعت الاتفاقية في عام 2087 بعد عامين.';
  assert.deepEqual(find(about1987).map(brief), [
    { text: '2087', kind: 'year-outlier', level: 'high', suggestion: '1987' },
  ]);
  const about1971 =
    'تاريخ النشر: 2017/06/12\n\nاندلعت الحرب عام 1967، وتوقف القتال عام 1970، ثم أعيد فتح المفاوضات عام 1791 قبل حرب عام 1973.';
  const s = find(about1971);
  assert.deepEqual(
    s.map((x) => [x.text, x.suggestion]),
    [['1791', '1971']],
  );
});

test('3. a 19xx ↔ 20xx typo reaches HIGH', () => {
  const text = 'الأحد 14 مايو 2023\n\nبدأ العمل في مارس 2021، ثم توقف في يونيو 1921، واستؤنف في يناير 2023.';
  assert.deepEqual(find(text).map(brief), [{ text: '1921', kind: 'year-outlier', level: 'high', suggestion: '2021' }]);
});

test('4. a wrong year in a dated line is reported as the year, not the weekday', () => {
  const text = 'الأحد 12 مايو 2019\n\nوأعلنت الوزارة يوم الثلاثاء 7 مايو 2091 عن خطة جديدة للمياه.';
  const s = find(text);
  assert.deepEqual(s.map(brief), [{ text: '2091', kind: 'year-outlier', level: 'high', suggestion: '2019' }]);
  assert.match(s[0]!.reason.en, /It is the year that differs from the article/);
  assert.match(s[0]!.reason.en, /7 May 2019 was a Tuesday/);
});

test('5. a "last updated" line before the "published" line on the same line is flagged', () => {
  const text = 'نُشر في: 3 مارس 2021 - آخر تحديث: 4 مارس 2020\n\nنص الخبر.';
  assert.deepEqual(find(text).map(brief), [{ text: '2020', kind: 'date-order', level: 'high', suggestion: '2021' }]);
});

test('6. a weekday one day off in history is HIGH; on a page stamp with a time it is LOW', () => {
  assert.equal(find('في صباح الثلاثاء 5 يونيو 1967 بدأت الحرب.')[0]?.level, 'high');
  const stamp = find('الأربعاء 08 نوفمبر 2022 الساعة 12 صباحاً / وكالات\n\nنص.');
  assert.deepEqual(stamp.map(brief), [
    { text: 'الأربعاء', kind: 'weekday-mismatch', level: 'low', suggestion: 'الثلاثاء' },
  ]);
  assert.match(stamp[0]!.reason.en, /time zone/);
});

test('7. impossible days get the correction that fits: "31 نوفمبر" where 13 is a digit swap', () => {
  const s = find('نُشر في 20 نوفمبر 2022\n\nعقدت اللجنة اجتماعها في 31 نوفمبر.');
  assert.deepEqual(s.map(brief), [{ text: '31', kind: 'impossible-date', level: 'high', suggestion: '13' }]);
  assert.match(s[0]!.reason.ar, /عدد أيامه 30 يومًا/);
  const kinds = (t: string) => find(t).map((x) => [x.kind, x.level]);
  assert.deepEqual(kinds('وصل في 31 فبراير 2021.'), [['impossible-date', 'high']]);
  assert.deepEqual(kinds('في 29 فبراير 2024 و29 فبراير'), []);
  assert.deepEqual(kinds('بتاريخ 18/13/2022'), [['impossible-date', 'high']]);
  assert.equal(daysInMonth(2, 1900), 28);
  assert.equal(daysInMonth(2, 2000), 29);
});

test('8. Hijri dates and هـ years are read; a Hijri/Gregorian pair that disagrees is flagged', () => {
  assert.deepEqual(find('الأحد 17 شعبان 1443هـ - 20 مارس 2022م\n\nبدأ المشروع عام 1440هـ (2019م).'), []);
  const s = find('الأحد 17 شعبان 1443هـ - 20 مارس 2022م\n\nبدأ المشروع عام 1404هـ (2019م).');
  assert.deepEqual(s.map(brief), [{ text: '1404', kind: 'calendar-mismatch', level: 'high', suggestion: '1440' }]);
  assert.match(s[0]!.reason.en, /1404 AH ran over/);
});

test('9. background years and headings are not suspicious on their own', () => {
  const text = [
    'الثورة الكوبية 1959',
    'وكان يحكم كوبا منذ عام 1940 الزعيم باتيستا، ودعا كاسترو سنة 1953 إلى التغيير، ثم دخل هافانا في 8 يناير 1959.',
  ].join('\n');
  assert.deepEqual(find(text), []);
});

test('reasons use the plural forms their numbers ask for, in both languages', () => {
  assert.deepEqual(count(1, 'year'), { en: '1 year', ar: 'سنة واحدة' });
  assert.deepEqual(count(2, 'year'), { en: '2 years', ar: 'سنتان' });
  assert.deepEqual(count(3, 'year'), { en: '3 years', ar: '3 سنوات' });
  assert.deepEqual(count(11, 'year'), { en: '11 years', ar: '11 سنة' });
  assert.deepEqual(count(30, 'day').ar, '30 يومًا');
  assert.deepEqual(count(100, 'day').ar, '100 يوم');
});

test('dual month names that disagree', () => {
  assert.deepEqual(find('في أكتوبر/تشرين الأول 2001'), []);
  assert.deepEqual(find('في 12 أكتوبر/تشرين الثاني 2001').map(brief), [
    { text: '12 أكتوبر/تشرين الثاني 2001', kind: 'dual-month-mismatch', level: 'high', suggestion: undefined },
  ]);
});

test('corpus 003: "14 يوليو 2011" is HIGH → 2001 and "في عام 2020" is HIGH → 2002; nothing else HIGH', (t) => {
  const text = corpus('003_');
  if (!text) return t.skip('no corpus');
  const high = find(text).filter((s) => s.level === 'high');
  assert.deepEqual(high.map(brief), [
    { text: '2011', kind: 'year-outlier', level: 'high', suggestion: '2001' },
    { text: '2020', kind: 'year-outlier', level: 'high', suggestion: '2002' },
  ]);
  assert.equal(text.slice(high[0]!.start - 9, high[0]!.end), '14 يوليو 2011');
  assert.equal(text.slice(high[1]!.start - 7, high[1]!.end), 'في عام 2020');
});

test('corpus: no flags at all in 000 and 001 (clean texts); every flag is printed for review', (t) => {
  const { files, skip } = corpusFiles();
  if (skip) return t.skip(skip);
  for (const f of files) {
    const s = find(readFileSync(f, 'utf8'));
    if (!f.includes('003_')) assert.deepEqual(s.map(brief), [], f);
    for (const x of s) t.diagnostic(`${f.slice(-24)} ${x.level} ${x.kind} ${x.text} → ${x.suggestion ?? '-'}`);
  }
});
