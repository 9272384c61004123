import assert from 'node:assert/strict';
import { test } from 'node:test';
import bidiFactory from 'bidi-js';
import { loadFontChain } from './fonts.ts';
import { layoutParagraph, spanBoxes, visualOrder, type Line } from './text-layout.ts';

const bidi = bidiFactory();
const chain = await loadFontChain('vazirmatn', 'regular');

export const MIXED_LINES = [
  'أجري الاختبار (في 14 يوليو 2011) على طائرة u-2.',
  'The test on the u-2 plane (في عام 2020) was a success.',
  'صدر في 21/01/2026 تقرير [المصدر: البيت الأبيض] عن اللقاء.',
  'قال: "This is an English sentence" ثم مضى.',
  'He said that الرئيس بوتين met بوش in 2001 (according to «المصدر»).',
];

/** What the line shows, left to right, as characters (mirrored where drawn mirrored). */
function visualString(text: string, line: Line, display: string): string {
  return line.items
    .map((item) => {
      const chars = [...display.slice(item.piece.start, item.piece.end)];
      return (item.piece.level % 2 === 1 ? chars.reverse() : chars).join('');
    })
    .join('');
}

test('UAX-9 line reordering matches the reference implementation on mixed-direction lines', () => {
  for (const text of MIXED_LINES) {
    const layout = layoutParagraph(text, { chain, direction: 'rtl', size: 11, width: 2000 });
    assert.equal(layout.lines.length, 1);
    const expected = bidi.getReorderedString(text, bidi.getEmbeddingLevels(text, layout.rtl ? 'rtl' : 'ltr'));
    assert.equal(visualString(text, layout.lines[0]!, layout.paragraph.display), expected, text);
  }
});

test('digits, "u-2" and dates keep their left-to-right order inside Arabic; brackets are mirrored', () => {
  const text = MIXED_LINES[0]!;
  const layout = layoutParagraph(text, { chain, direction: 'rtl', size: 11, width: 2000 });
  const shown = visualString(text, layout.lines[0]!, layout.paragraph.display);
  assert.match(shown, /2011/);
  assert.match(shown, /u-2/);
  assert.ok(layout.rtl);
  // Reading right to left, "(في" opens the parenthesis: drawn as the mirrored glyph ")" just left of "في".
  assert.match(shown, /يف\)/);
});

test('visualOrder reverses runs from the highest level down (rule L2)', () => {
  assert.deepEqual(visualOrder([0, 0, 0]), [0, 1, 2]);
  assert.deepEqual(visualOrder([1, 1, 1]), [2, 1, 0]);
  assert.deepEqual(visualOrder([1, 2, 2, 1]), [3, 1, 2, 0]);
  assert.deepEqual(visualOrder([0, 1, 1, 0, 2]), [0, 2, 1, 3, 4]);
});

test('lines never exceed the width and keep every character once, in order', () => {
  const text =
    'كُشِفَ لأول مرة علنًا أن الرئيس فلاديمير بوتين يعتقد أن الإرهاب الدولي (international terrorism) ليس نتاجًا للصراع في الشرق الأوسط عام 2001.';
  const layout = layoutParagraph(text, { chain, direction: 'rtl', size: 11, width: 150 });
  assert.ok(layout.lines.length > 3);
  for (const line of layout.lines)
    assert.ok(line.width <= 150 + 1e-6, `line ${line.start}-${line.end} is ${line.width} pt`);
  assert.equal(layout.lines.map((l) => text.slice(l.start, l.end)).join(''), text);
  for (let i = 1; i < layout.lines.length; i++) assert.equal(layout.lines[i]!.start, layout.lines[i - 1]!.end);
});

test('a word wider than the line is cut between characters, not dropped', () => {
  const url = 'https://example.org/a/very/long/path/that/cannot/possibly/fit/in/a/narrow/table/cell';
  const layout = layoutParagraph(url, { chain, direction: 'ltr', size: 9, width: 80 });
  assert.ok(layout.lines.length > 2);
  for (const line of layout.lines) assert.ok(line.width <= 80 + 1e-6);
  assert.equal(
    layout.lines.map((l) => l.items.map((i) => url.slice(i.piece.start, i.piece.end)).join('')).join(''),
    url,
  );
});

test('a span gets one box per line and per bidi run, over its own characters only', () => {
  const text = MIXED_LINES[0]!;
  const layout = layoutParagraph(text, { chain, direction: 'rtl', size: 11, width: 2000 });
  const line = layout.lines[0]!;
  const start = text.indexOf('يوليو');
  const year = spanBoxes(line, text.indexOf('2011'), text.indexOf('2011') + 4);
  const month = spanBoxes(line, start, start + 'يوليو'.length);
  const both = spanBoxes(line, start, text.indexOf('2011') + 4);
  assert.equal(year.length, 1);
  assert.equal(month.length, 1);
  // In RTL the year (logically after the month) is to the left of it; the span covering both is one box.
  assert.ok(year[0]![1] <= month[0]![0] + 0.01);
  assert.equal(both.length, 1);
  // "14 يوليو" and "2011" are two runs: a span from "14" to "يوليو" only covers the month and the day.
  const dayMonth = spanBoxes(line, text.indexOf('14'), start + 'يوليو'.length);
  assert.ok(dayMonth[0]![1] - dayMonth[0]![0] < both[0]![1] - both[0]![0]);

  const wrapped = layoutParagraph(text, { chain, direction: 'rtl', size: 11, width: 120 });
  const boxes = wrapped.lines.map((l) => spanBoxes(l, 0, text.length).length);
  assert.ok(
    boxes.every((n) => n === 1),
    'a span over the whole paragraph is one box on every line',
  );
});

test('a note marker follows the claim in reading order and never splits a word', () => {
  const text = MIXED_LINES[0]!;
  const at = text.indexOf('2011') + 4;
  const layout = layoutParagraph(text, {
    chain,
    direction: 'rtl',
    size: 11,
    width: 2000,
    markers: [{ at, label: '7' }],
  });
  const items = layout.lines[0]!.items;
  const marker = items.findIndex((i) => i.piece.marker === '7');
  const year = items.findIndex((i) => text.slice(i.piece.start, i.piece.end) === '2011');
  assert.ok(marker >= 0);
  assert.equal(marker, year - 1, 'in RTL the marker is just left of the year it follows');
});
