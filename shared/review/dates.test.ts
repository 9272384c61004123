// Date and year extraction: one hand-written sentence per form, then the corpus forms the note lists.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { corpusFiles } from '../../tests/support/corpus.ts';
import { extractDates, type DateMention } from './dates.ts';

/** The only mention in a sentence (fails when there are none or several). */
function only(text: string): DateMention {
  const all = extractDates(text);
  assert.equal(all.length, 1, `expected one mention in ${text}: ${JSON.stringify(all.map((m) => m.text))}`);
  const m = all[0]!;
  assert.equal(text.slice(m.start, m.end), m.text, 'raw offsets');
  return m;
}

const pick = (m: DateMention) => ({ text: m.text, kind: m.kind, year: m.year, month: m.month, day: m.day });

test('day month year, Egyptian/Gulf names', () => {
  assert.deepEqual(pick(only('أجرت اختباراً في 14 يوليو 2011، ثم توقفت.')), {
    text: '14 يوليو 2011',
    kind: 'date',
    year: 2011,
    month: 7,
    day: 14,
  });
});

test('Levantine/Iraqi names, including two-word names', () => {
  assert.deepEqual(pick(only('في 22 تشرين الاول 1962 وجه خطابا')), {
    text: '22 تشرين الاول 1962',
    kind: 'date',
    year: 1962,
    month: 10,
    day: 22,
  });
  assert.equal(only('وصلت في 3 كانون الثاني 2020 صباحا').month, 1);
  assert.equal(only('في 9 آب 1990 بدأ').month, 8);
});

test('Maghrebi and Algerian/Tunisian names', () => {
  assert.equal(only('يوم 5 شتنبر 2019 بالرباط').month, 9);
  assert.equal(only('في 12 جويلية 2021 بالجزائر').month, 7);
  assert.equal(only('صدر في 3 دجنبر 2018').month, 12);
});

test('dual names with slash and dash keep both names', () => {
  const a = only('في أكتوبر/تشرين الأول 2001.');
  assert.deepEqual(a.monthNames, ['أكتوبر', 'تشرين الأول']);
  assert.equal(a.month, 10);
  const b = only('الثلاثاء 08 نوفمبر-تشرين الثاني 2022 الساعة 12');
  assert.deepEqual(b.monthNames, ['نوفمبر', 'تشرين الثاني']);
  assert.deepEqual({ day: b.day, weekday: b.weekday, year: b.year }, { day: 8, weekday: 2, year: 2022 });
  assert.equal(b.text, 'الثلاثاء 08 نوفمبر-تشرين الثاني 2022');
});

test('years after عام, سنة, منذ عام (the mention includes the keyword)', () => {
  assert.deepEqual(pick(only('ستكون خطوة في عام 2020 جيدة')), {
    text: 'عام 2020',
    kind: 'year',
    year: 2020,
    month: undefined,
    day: undefined,
  });
  assert.equal(only('يحكم منذ عام 1940 الزعيم').year, 1940);
  assert.equal(only('دعا سنة 1953 الى التغيير').year, 1953);
  assert.equal(only('بمعاهدة ستارت الجديدة لعام 2011 والتي').year, 2011);
});

test('"ابريل من 1959" and "مايو 1955م"', () => {
  assert.deepEqual(pick(only('و في ابريل من 1959، زار')), {
    text: 'ابريل من 1959',
    kind: 'date',
    year: 1959,
    month: 4,
    day: undefined,
  });
  assert.equal(only('أطلق سراحه في مايو 1955م، و نفي').text, 'مايو 1955م');
});

test('numeric dates, year first and day first', () => {
  assert.deepEqual(pick(only('نشر بتاريخ 2022/11/18 على الموقع')), {
    text: '2022/11/18',
    kind: 'numeric',
    year: 2022,
    month: 11,
    day: 18,
  });
  assert.deepEqual(pick(only('نشر بتاريخ 18/11/2022 على الموقع')), {
    text: '18/11/2022',
    kind: 'numeric',
    year: 2022,
    month: 11,
    day: 18,
  });
  assert.equal(only('في 18-11-2022').month, 11);
  assert.equal(extractDates('الساعة 8:54 والرقم 12/5 و1/2/3').length, 0, 'times and fractions are not dates');
});

test('Arabic-Indic and Extended digits', () => {
  assert.deepEqual(pick(only('في ١٤ يوليو ٢٠١١')), {
    text: '١٤ يوليو ٢٠١١',
    kind: 'date',
    year: 2011,
    month: 7,
    day: 14,
  });
  assert.equal(only('سنة ۱۹۵۳').year, 1953);
  assert.equal(only('بتاريخ ٢٠٢٢/١١/١٨').day, 18);
});

test('attached conjunctions and prepositions are not part of the mention', () => {
  assert.equal(only('في 3 ديسمبر 2001، و11 يناير 2002'.slice(18)).text, '11 يناير 2002');
  assert.equal(only('وفي 24 فبراير، أصبحت').text, '24 فبراير');
  assert.equal(only('ولد ب5 مارس 1970').text, '5 مارس 1970');
});

test('weekday before a date, with or without a comma', () => {
  const m = only('الأربعاء، 21 يناير 2026');
  assert.deepEqual(
    { weekday: m.weekday, day: m.day, text: m.text },
    { weekday: 3, day: 21, text: 'الأربعاء، 21 يناير 2026' },
  );
  assert.equal(only('يوم الجمعة 5 مايو 2023').weekday, 5);
});

test('month-first with a comma: "يوليو 17, 2012" and "23 سبتمبر ,2022"', () => {
  const a = only('مرسل: الثلاثاء يوليو 17, 2012 8:54 pm');
  assert.deepEqual(
    { text: a.text, year: a.year, month: a.month, day: a.day, weekday: a.weekday },
    { text: 'الثلاثاء يوليو 17, 2012', year: 2012, month: 7, day: 17, weekday: 2 },
  );
  assert.deepEqual(pick(only('نشر 23 سبتمبر ,2022 في')), {
    text: '23 سبتمبر ,2022',
    kind: 'date',
    year: 2022,
    month: 9,
    day: 23,
  });
});

test('English dates inside Arabic text', () => {
  assert.deepEqual(pick(only('The Putin-Bush press conference on November 15, 2001.')), {
    text: 'November 15, 2001',
    kind: 'date',
    year: 2001,
    month: 11,
    day: 15,
  });
  assert.equal(only('Putin met Aznar on May 28, 2002. وقال').month, 5);
  assert.equal(only('the so-called Battle of Jenin of April 1-11, 2002;').day, 1);
  assert.equal(only('on 15 November 2001 in Texas').month, 11);
  assert.equal(only('US satellite image of 2023').year, 2023);
});

test('ambiguous short names need a day or a year beside them', () => {
  assert.equal(extractDates('كان أب لثلاثة وآب يعمل').length, 0);
  assert.equal(extractDates('you may 5 times try').length, 0);
  assert.equal(only('في شهر آب 1990').month, 8);
  assert.equal(only('في 20 ماي بالرباط').month, 5);
});

test('counts are not years; Hijri years are marked', () => {
  assert.equal(extractDates('خلال 2000 يوم وعدد القراءات 4997 وقتل 1500 جندي').length, 0);
  assert.equal(only('توفي سنة 1440هـ').calendar, 'hijri');
});

test('year lists and ranges: "عامي 2001 و2002", "(1962-1963)"', () => {
  assert.deepEqual(
    extractDates('خلال عامي 2001 و2002').map((m) => m.year),
    [2001, 2002],
  );
  assert.deepEqual(
    extractDates('الأزمة (1962-1963) انتهت').map((m) => m.year),
    [1962, 1963],
  );
});

test('a year ending a short heading line counts; in a long line it does not', () => {
  assert.equal(only('الثورة الكوبية 1959\nنص').year, 1959);
  assert.equal(extractDates('قال إن عدد الذين حضروا المؤتمر في القاعة الكبرى كان كبيرا جدا 1959').length, 0);
});

test('corpus: the forms the note lists are all found, with raw offsets', (t) => {
  const { files, skip } = corpusFiles();
  if (skip) return t.skip(skip);
  const all = files.map((f) => ({ name: f, text: readFileSync(f, 'utf8') }));
  const found = all.flatMap(({ text }) => extractDates(text).map((m) => ({ ...m, text: text.slice(m.start, m.end) })));
  const texts = found.map((m) => m.text);
  for (const expected of [
    '14 يوليو 2011',
    'عام 2020',
    '22 تشرين الاول 1962',
    'أكتوبر/تشرين الأول 2001',
    'الثلاثاء 08 نوفمبر-تشرين الثاني 2022',
    'عام 1940',
    'سنة 1953',
    '11 يناير 2002',
    'ابريل من 1959',
    'الثلاثاء يوليو 17, 2012',
    'November 15, 2001',
    'January 7, 2026',
    '12 سبتمبر/أيلول 2001',
  ]) {
    assert.ok(texts.includes(expected), `missing ${expected}`);
  }
  const c003 = all.find((f) => f.name.includes('003_'))!.text;
  const m = extractDates(c003).find((d) => d.text === '14 يوليو 2011')!;
  assert.equal(c003.slice(m.yearStart, m.yearEnd), '2011');
  assert.ok(!texts.includes('4997'), 'a read counter is not a year');
  t.diagnostic(`${found.length} mentions in ${files.length} corpus files`);
});
