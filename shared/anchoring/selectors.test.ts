// Tests for the selectors of a re-anchored claim: built exactly like claim.ts builds a new claim's (checked on
// random spans of every corpus text and on harakat and emoji at the context's edge), other selectors kept.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { corpusFiles } from '../../tests/support/corpus.ts';
import { quoteSelector } from '../annotations/model.ts';
import { spanSelectors, withSpan } from './selectors.ts';
import { claimOn, prng } from './testing/fixtures.ts';
import { levenshtein, similarity } from './similarity.ts';

const corpus = corpusFiles();

test(
  'spanSelectors quotes the span exactly, with up to 32 units of context, on random corpus spans',
  { skip: corpus.skip },
  () => {
    const random = prng(31337);
    for (const file of corpus.files) {
      const text = readFileSync(file, 'utf8');
      for (let i = 0; i < 300; i++) {
        const start = Math.floor(random() * (text.length - 1));
        const end = Math.min(text.length, start + 1 + Math.floor(random() * 80));
        const [quote, position] = spanSelectors(text, start, end) as unknown as [
          { exact: string; prefix: string; suffix: string },
          { start: number; end: number },
        ];
        assert.equal(quote.exact, text.slice(start, end));
        assert.deepEqual([position.start, position.end], [start, end]);
        assert.ok(quote.prefix.length <= 32 && text.slice(0, start).endsWith(quote.prefix));
        assert.ok(quote.suffix.length <= 32 && text.slice(end).startsWith(quote.suffix));
        // Shortened only to keep a character whole: at most the few units of one cluster.
        assert.ok(
          quote.prefix.length >= Math.min(32, start) - 4 && quote.suffix.length >= Math.min(32, text.length - end) - 4,
        );
      }
    }
  },
);

test('context is shortened rather than cut inside a character (shadda, emoji, ZWJ)', () => {
  // Context 32 code units away lands on a shadda, inside an emoji, and right after a ZWJ.
  const filler = 'س'.repeat(31);
  const cases: [string, string, string][] = [
    // The prefix would start on the shadda of ب, the suffix end between د and its tanween: both stop short.
    [`بَّ${filler}كندي${filler}دًّا`, filler, filler],
    [`😀${filler}كندي${filler}👍🏽`, filler, filler],
    // A ZWJ joins the letters on both sides of it: the prefix starts after the letter it joins.
    [`ا\u200d${filler}كندي`, filler.slice(1), ''],
  ];
  for (const [text, prefix, suffix] of cases) {
    const start = text.indexOf('كندي');
    const [quote] = spanSelectors(text, start, start + 4) as unknown as [{ prefix: string; suffix: string }];
    assert.equal(quote.prefix, prefix, JSON.stringify(text.slice(0, 4)));
    assert.equal(quote.suffix, suffix);
  }
});

test('withSpan replaces quote and position in place and keeps other selectors', () => {
  const text = 'في 14 يوليو 2011 أجري الاختبار';
  const claim = claimOn(text, 3, 16);
  const css = { type: 'CssSelector', value: '#p3' };
  const [quote, position] = claim.target.selector;
  const stale = { type: 'TextQuoteSelector', exact: 'قديم' };
  const messy = { ...claim, target: { ...claim.target, selector: [position!, css, quote!, stale] } };
  const fresh = spanSelectors(text, 17, 21);
  const replaced = withSpan(messy, text, 17, 21).target.selector;
  assert.deepEqual(replaced, [fresh[1], css, fresh[0]], 'order kept, duplicate dropped');
  const positionOnly = { ...claim, target: { ...claim.target, selector: [css, position!] } };
  const completed = withSpan(positionOnly, text, 17, 21).target.selector;
  assert.deepEqual(completed, [css, fresh[1], fresh[0]], 'a missing quote is added');
  assert.equal(quoteSelector(claim)?.exact, '14 يوليو 2011', 'the input is not modified');
});

test('similarity is normalized Levenshtein over code units', () => {
  assert.equal(levenshtein('14 يوليو 2011', '14 يوليو 2001'), 1);
  assert.equal(levenshtein('كندي', 'كيندي'), 1);
  assert.equal(levenshtein('', 'abc'), 3);
  assert.equal(similarity('2011', '2001'), 0.75);
  assert.equal(similarity('', ''), 1);
  assert.equal(similarity('abc', 'xyz'), 0);
});
