// Tests for load-time anchoring of stored annotations on a text that may have changed outside the app:
// by position, by exact quote and context, by Hypothesis-style fuzzy match, or not at all.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { corpusFiles } from '../../tests/support/corpus.ts';
import type { Annotation } from '../annotations/model.ts';
import { anchorAnnotation, matchQuote } from './anchor.ts';
import { claimOn, T0 } from './testing/fixtures.ts';

const corpus = corpusFiles();
const withCorpus = { skip: corpus.skip };
const corpusText = (prefix: string): string =>
  readFileSync(corpus.files.find((f) => basename(f).startsWith(prefix)) ?? assert.fail(`no corpus ${prefix}`), 'utf8');

/** The offset of the `nth` (0-based) occurrence of `needle`. */
function nth(text: string, needle: string, n: number): number {
  let at = text.indexOf(needle);
  for (let i = 0; i < n; i++) at = text.indexOf(needle, at + 1);
  assert.ok(at >= 0, `occurrence ${n} of ${needle}`);
  return at;
}

const QUOTE = 'فقد أجرت الولايات المتحدة اختباراً في 14 يوليو 2011';

test('an unchanged text anchors by position', withCorpus, () => {
  const text = corpusText('003_');
  const at = text.indexOf(QUOTE);
  assert.deepEqual(anchorAnnotation(claimOn(text, at, at + QUOTE.length), text), {
    start: at,
    end: at + QUOTE.length,
    method: 'position',
  });
});

test('orphans are never anchored, even where their quote still is', withCorpus, () => {
  const text = corpusText('003_');
  const at = text.indexOf(QUOTE);
  const orphan = { ...claimOn(text, at, at + QUOTE.length), orphanedAt: T0 };
  assert.equal(anchorAnnotation(orphan, text), null);
});

test('text added before the claim elsewhere: found again by its quote and context', withCorpus, () => {
  const old = corpusText('003_');
  const at = old.indexOf(QUOTE);
  const added = 'ملاحظة المحرر: أضيفت هذه الفقرة لاحقاً.\n\n';
  const text = added + old;
  const result = anchorAnnotation(claimOn(old, at, at + QUOTE.length), text);
  assert.deepEqual(result, { start: at + added.length, end: at + added.length + QUOTE.length, method: 'quote' });
});

test('a claim on the second copy of a duplicated article stays on the second copy', withCorpus, () => {
  const old = corpusText('000_');
  const phrase = 'حكمت المحكمة على كاسترو بالسجن 15 عاماً';
  const second = nth(old, phrase, 1);
  assert.ok(second > old.length / 2, 'corpus 000 holds the passage twice');
  const text = `مقدمة قصيرة\n${old}`;
  const result = anchorAnnotation(claimOn(old, second, second + phrase.length), text);
  assert.equal(result?.method, 'quote');
  assert.equal(result?.start, second + 'مقدمة قصيرة\n'.length);
});

test('a quote corrected outside the app is found by the fuzzy match', withCorpus, () => {
  const old = corpusText('003_');
  const at = old.indexOf(QUOTE);
  const text = `سطر جديد\n${old.replace('14 يوليو 2011', '14 يوليو 2001')}`;
  const result = anchorAnnotation(claimOn(old, at, at + QUOTE.length), text);
  assert.equal(result?.method, 'fuzzy');
  assert.equal(text.slice(result?.start, result?.end), QUOTE.replace('2011', '2001'));
});

test('a claim whose passage was deleted outside the app does not anchor anywhere', withCorpus, () => {
  const old = corpusText('003_');
  const at = old.indexOf(QUOTE);
  const paragraphStart = old.lastIndexOf('\n', at) + 1;
  const paragraphEnd = old.indexOf('\n', at);
  const text = old.slice(0, paragraphStart) + old.slice(paragraphEnd + 1);
  assert.equal(anchorAnnotation(claimOn(old, at, at + QUOTE.length), text), null);
});

test('without a quote selector the position is used only while it is in range', () => {
  const text = 'اختبار في 14 يوليو 2011';
  const positionOnly = (start: number, end: number): Annotation => ({
    ...claimOn(text, 0, 6),
    target: { source: 'urn:claim-workbench:source:s', selector: [{ type: 'TextPositionSelector', start, end }] },
  });
  assert.deepEqual(anchorAnnotation(positionOnly(10, 23), text), { start: 10, end: 23, method: 'position' });
  assert.equal(anchorAnnotation(positionOnly(10, 40), text), null);
});

test('matchQuote scores like Hypothesis and respects the search window', () => {
  const text = 'كندي قال نعم. ثم قال كندي لا. وبعدها قال كيندي ربما.';
  const exact = matchQuote(text, 'كندي', { prefix: 'ثم قال ', suffix: ' لا', hint: 21 });
  assert.deepEqual(exact, { start: 21, end: 25, score: 1 });
  const windowed = matchQuote(text, 'كندي', { prefix: 'وبعدها قال ', window: { start: 30, end: text.length } });
  assert.ok(text.slice(windowed?.start, windowed?.end).includes('كيند'), 'only the misspelt one is in the window');
  assert.ok((windowed?.score ?? 1) < 1);
  assert.equal(matchQuote(text, ''), null);
  assert.equal(matchQuote(text, 'صاروخ باليستي عابر للقارات'), null);
});
