// The date evaluation's own parts: the hand-written fixtures are right (every weekday falls on its date, every
// Hijri/Gregorian pair agrees, each dateline is the manifest's date), the injector does what its kinds say,
// and it stays independent of the detector (it imports nothing from shared/review).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mulberry32 } from '../../shared/random/prng.ts';
import { REPO_ROOT } from '../support/corpus.ts';
import { addDays, hijriYearsOf, utcDate, weekdayOf } from './dates/calendar.ts';
import { loadSplit, MANIFEST } from './dates/fixtures.ts';
import { ERROR_KINDS, makeTrial, yearShape } from './dates/inject.ts';
import { digitValue, findSlots } from './dates/slots.ts';

const written = [...loadSplit('tuning'), ...loadSplit('heldOut')].filter(
  (d) => d.id.endsWith('.txt') && /^[thv]\d/.test(d.id),
);

test('the split is fixed: twelve tuning articles (six of them the retired first held-out) and six held-out', () => {
  assert.equal(MANIFEST.tuning.length, 12);
  assert.equal(MANIFEST.heldOut.length, 6);
  assert.equal(new Set([...MANIFEST.tuning, ...MANIFEST.heldOut]).size, 18);
  assert.equal(written.length, 18);
});

test('every weekday written in the fixtures falls on its date; relative ones on the document date', () => {
  let checked = 0;
  for (const doc of written) {
    const slots = findSlots(doc.text, doc.notYears);
    const [py, pm, pd] = doc.publishedAt.split('-').map(Number) as [number, number, number];
    const published = utcDate(py, pm, pd);
    for (const d of slots.dates.filter((x) => x.weekday)) {
      // A date without a year is the one nearest the document's date (this year, or the one before or after);
      // "… الماضي" says it is the last one before it; a year written earlier in its paragraph comes first.
      const past = /^\s+الماضي/.test(doc.text.slice(d.end));
      const near = (
        past ? [py - 1, py].filter((y) => utcDate(y, d.month, d.day) < published) : [py - 1, py, py + 1]
      ).sort(
        (a, b) =>
          Math.abs(+utcDate(a, d.month, d.day) - +published) - Math.abs(+utcDate(b, d.month, d.day) - +published),
      )[0]!;
      const lineStart = doc.text.lastIndexOf('\n', d.start) + 1;
      const earlier = slots.years.filter((y) => y.calendar === 'gregorian' && y.start >= lineStart && y.end <= d.start);
      const year = d.year ?? earlier.at(-1)?.value ?? near;
      assert.equal(weekdayOf(year, d.month, d.day), d.weekday!.value, `${doc.id}: ${doc.text.slice(d.start, d.end)}`);
      checked++;
    }
    for (const r of slots.relatives) {
      const day = r.relative === 'yesterday' ? addDays(published, -1) : published;
      assert.equal(day.getUTCDay(), r.weekday!.value, `${doc.id}: ${doc.text.slice(r.start, r.end)}`);
      checked++;
    }
  }
  assert.ok(checked >= 40, `${checked} weekdays checked`);
});

test('every Hijri/Gregorian pair in the fixtures agrees, and each dateline is the manifest date', () => {
  for (const doc of written) {
    const slots = findSlots(doc.text, doc.notYears);
    for (const p of slots.pairs)
      assert.ok(hijriYearsOf(p.gregorian.value).includes(p.hijri.value), doc.text.slice(p.start, p.end));
    const dateline = slots.years.find((y) => y.dateline);
    assert.equal(dateline?.value, Number(doc.publishedAt.slice(0, 4)), doc.id);
  }
});

test('year shapes: one digit, one swap, a century flip, a decade slip', () => {
  const rand = mulberry32(3);
  for (let i = 0; i < 200; i++) {
    const digit = String(yearShape(1987, 'digit', rand) ?? 1987);
    assert.ok([...digit].filter((c, k) => c !== '1987'[k]).length <= 1);
    const swap = yearShape(1987, 'swap', rand);
    if (swap !== undefined) assert.deepEqual([...String(swap)].sort(), [...'1987'].sort());
  }
  assert.equal(yearShape(1987, 'century', rand), 2087);
  assert.equal(yearShape(2019, 'century', rand), 1919);
  assert.ok([1977, 1997].includes(yearShape(1987, 'decade', rand)!));
});

test('trials are deterministic, carry several errors, and each error says what changed', () => {
  const docs = loadSplit('tuning');
  const a = makeTrial(docs[0]!, mulberry32(5), { errors: [3, 3], insertions: [1, 1] });
  const b = makeTrial(docs[0]!, mulberry32(5), { errors: [3, 3], insertions: [1, 1] });
  assert.equal(a.text, b.text);
  assert.equal(a.errors.length, 3);
  for (const e of a.errors) {
    assert.equal(a.text.slice(e.start, e.end), e.injected);
    assert.notEqual(e.injected, e.original);
    assert.ok(e.region.start <= e.start && e.end <= e.region.end, e.kind);
    if (e.kind.startsWith('year')) assert.ok(Math.abs(digitValue(e.injected) - digitValue(e.original)) > 0);
  }
  const kinds = new Set<string>();
  const rand = mulberry32(9);
  for (const doc of docs)
    for (let i = 0; i < 30; i++)
      for (const e of makeTrial(doc, rand, { errors: [3, 3], insertions: [0, 0] }).errors) kinds.add(e.kind);
  assert.deepEqual([...kinds].sort(), [...ERROR_KINDS].sort(), 'every kind is injected');
});

test('the injector is independent of the detector: it imports nothing from shared/review', () => {
  const dir = join(REPO_ROOT, 'tests', 'eval', 'dates');
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.ts') && n !== 'run.ts')) {
    assert.doesNotMatch(readFileSync(join(dir, name), 'utf8'), /from '[./]*shared\/(?:review|text|search)\//, name);
  }
});
