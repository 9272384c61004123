import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lineStarts } from '../line-model.ts';
import { passageLayout, passageLineCount, type ShownPassage } from './passage-lines.ts';

// 0: title, 1: a dateline paragraph, 2: blank, 3–5: a repeated block (with a blank line), 6: end.
const LINES = [
  'عنوان المقال',
  'القاهرة - (رويترز) - قال المتحدث إن',
  '',
  'السطر الأول المكرر',
  '',
  'السطر الثاني المكرر',
  'نهاية',
];
const text = LINES.join('\n');
const starts = lineStarts(text);
const at = (line: number) => starts[line]!;
const endOf = (line: number) => at(line) + LINES[line]!.length;

function passage(over: Partial<ShownPassage> & Pick<ShownPassage, 'start' | 'end'>): ShownPassage {
  return { key: `k${over.start}`, kind: 'repeated', collapsed: false, foldLabel: 'fold', ...over };
}

test('a passage of whole lines dims each of them, blank lines inside it too, and nothing else', () => {
  const layout = passageLayout(starts, text.length, [passage({ start: at(3), end: endOf(5) })]);
  assert.deepEqual([...layout.lines.keys()], [3, 4, 5]);
  assert.deepEqual(layout.lines.get(3), { kind: 'repeated', key: `k${at(3)}` });
  assert.deepEqual(layout.partial, []);
  assert.deepEqual(layout.folds, [], 'not collapsed: no fold button');
});

test('collapsed: the first whole line is the stub the button sits on, the others are hidden', () => {
  const layout = passageLayout(starts, text.length, [
    passage({ start: at(3), end: endOf(5), collapsed: true, foldLabel: '3 lines — show' }),
  ]);
  assert.deepEqual(
    [...layout.lines].map(([i, s]) => [i, s.fold]),
    [
      [3, 'stub'],
      [4, 'hidden'],
      [5, 'hidden'],
    ],
  );
  assert.deepEqual(layout.folds, [{ key: `k${at(3)}`, line: 3, label: '3 lines — show' }]);
});

test('a dateline prefix covers no whole line: it is a painted span, it never folds, the line stays', () => {
  const prefix = LINES[1]!.indexOf('قال');
  const layout = passageLayout(starts, text.length, [
    passage({ start: at(1), end: at(1) + prefix, kind: 'boilerplate', collapsed: true }),
  ]);
  assert.equal(layout.lines.size, 0);
  assert.deepEqual(layout.partial, [{ start: at(1), end: at(1) + prefix }]);
  assert.deepEqual(layout.folds, []);
  assert.equal(text.slice(layout.partial[0]!.start, layout.partial[0]!.end), 'القاهرة - (رويترز) - ');
});

test('a passage ending in the middle of a line: whole lines fold, the piece of the last one is painted', () => {
  const layout = passageLayout(starts, text.length, [passage({ start: at(5), end: at(6) + 3, collapsed: true })]);
  assert.deepEqual(
    [...layout.lines].map(([i, s]) => [i, s.fold]),
    [[5, 'stub']],
  );
  assert.deepEqual(layout.partial, [{ start: at(6), end: at(6) + 3 }]);
});

test('the last line of the text (no line break after it) and a tail block to the end', () => {
  const layout = passageLayout(starts, text.length, [passage({ start: at(6), end: text.length, kind: 'boilerplate' })]);
  assert.deepEqual([...layout.lines.keys()], [6]);
  const empty = passageLayout(starts, text.length, [passage({ start: 5, end: 5 })]);
  assert.equal(empty.lines.size + empty.partial.length, 0, 'an empty passage shows nothing');
});

test('where a dim and a fold meet on one line, the fold wins', () => {
  const dim = passage({ key: 'dim', start: at(3), end: endOf(3), kind: 'near-duplicate' });
  const fold = passage({ key: 'fold', start: at(3), end: endOf(5), collapsed: true });
  for (const order of [
    [dim, fold],
    [fold, dim],
  ]) {
    const layout = passageLayout(starts, text.length, order);
    assert.deepEqual(layout.lines.get(3), { kind: 'repeated', key: 'fold', fold: 'stub' });
  }
});

test('line counts skip blank lines', () => {
  assert.equal(passageLineCount(text, at(3), endOf(5)), 2);
  assert.equal(passageLineCount(text, 0, text.length), 5);
  assert.equal(passageLineCount(text, at(1), at(1) + 5), 1);
});
