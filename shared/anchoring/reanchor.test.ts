// Tests for re-anchoring after the researcher edits a source in the app (corpus 003): edits before, after, at
// the edges of and inside a claim, the 2011→2001 correction, a rewritten sentence, and re-attaching by hand.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { corpusFiles } from '../../tests/support/corpus.ts';
import { withClaimFields } from '../annotations/claim.ts';
import { quoteSelector } from '../annotations/model.ts';
import { applyEdits, diffTexts, type TextEdit } from './edits.ts';
import { reanchorAll, reattach } from './reanchor.ts';
import { spanSelectors } from './selectors.ts';
import { claimAt, NOW, reanchorOne, sliceOf, spanOf, T0 } from './testing/fixtures.ts';

const corpus = corpusFiles();
const withCorpus = { skip: corpus.skip };
const corpusText = (prefix: string): string =>
  readFileSync(corpus.files.find((f) => basename(f).startsWith(prefix)) ?? assert.fail(`no corpus ${prefix}`), 'utf8');
const insertAt = (at: number, text: string): TextEdit[] => [{ start: at, end: at, text }];

const YEAR_QUOTE = 'أجرت الولايات المتحدة اختباراً في 14 يوليو 2011';

test('insertions and deletions before, after and at the edges of a claim keep it', withCorpus, () => {
  const old = corpusText('003_');
  const claim = claimAt(old, YEAR_QUOTE);
  const { start, end } = spanOf(claim);
  const cases: [string, TextEdit[], number][] = [
    ['typed well before', insertAt(100, 'سطر مضاف. '), 10],
    ['typed right at its start', insertAt(start, 'فعلاً '), 6],
    ['typed right at its end', insertAt(end, ' تقريباً'), 0],
    ['deleted just before', [{ start: start - 9, end: start - 1, text: '' }], -8],
    ['deleted after', [{ start: end + 2, end: end + 30, text: '' }], 0],
  ];
  for (const [name, appEdits, shift] of cases) {
    // The app's own edit, and the same change as found by diffing the two texts.
    for (const edits of [appEdits, diffTexts(old, applyEdits(old, appEdits))]) {
      const { claim: result, status, newText } = reanchorOne(claim, old, edits);
      assert.equal(status, 'kept', name);
      assert.equal(sliceOf(result, newText), YEAR_QUOTE, name);
      assert.equal(spanOf(result).start, start + shift, name);
    }
  }
});

test('a word typed inside a claim changes its quote and keeps it', withCorpus, () => {
  const old = corpusText('003_');
  const claim = claimAt(old, YEAR_QUOTE);
  const { claim: result, status } = reanchorOne(claim, old, insertAt(spanOf(claim).start + 'أجرت '.length, 'أخيراً '));
  assert.equal(status, 'changed');
  assert.equal(quoteSelector(result)?.exact, 'أجرت أخيراً الولايات المتحدة اختباراً في 14 يوليو 2011');
});

test('accepting the suggested correction 2011 → 2001 inside a claim keeps the claim, corrected', withCorpus, () => {
  const old = corpusText('003_');
  const claim = withClaimFields(claimAt(old, '14 يوليو 2011'), { correction: '14 يوليو 2001' }, T0);
  const { start } = spanOf(claim);
  const fromApp = [{ start, end: start + 13, text: '14 يوليو 2001' }];
  for (const edits of [fromApp, diffTexts(old, applyEdits(old, fromApp))]) {
    const { claim: result, status, newText } = reanchorOne(claim, old, edits);
    assert.equal(status, 'changed');
    assert.equal(sliceOf(result, newText), '14 يوليو 2001');
    assert.deepEqual(quoteSelector(result), {
      type: 'TextQuoteSelector',
      exact: '14 يوليو 2001',
      prefix: old.slice(start - 32, start),
      suffix: old.slice(start + 13, start + 45),
    });
  }
});

test('a one-word claim survives its own correction even when no letter stays the same', withCorpus, () => {
  const old = corpusText('003_');
  const year = withClaimFields(claimAt(old, '2011'), { correction: '٢٠٠١' }, T0);
  const edits = [{ ...spanOf(year), text: '٢٠٠١' }];
  const { claim: result, status } = reanchorOne(year, old, edits);
  assert.equal(status, 'changed');
  assert.equal(quoteSelector(result)?.exact, '٢٠٠١');
  const other = reanchorOne(claimAt(old, '2011'), old, edits);
  assert.equal(other.status, 'orphaned', 'without that correction, a claim rewritten beyond recognition is an orphan');
});

test('a claim whose sentence is rewritten around it is found again inside the rewrite', withCorpus, () => {
  const old = corpusText('003_');
  const claim = claimAt(old, '14 يوليو 2011');
  const { start } = spanOf(claim);
  const text = 'وبحسب التقارير أُجري أول اختبار في 14 يوليو 2011 ثم تقررت اختبارات أخرى';
  const { claim: result, status, newText } = reanchorOne(claim, old, [{ start: start - 40, end: start + 20, text }]);
  assert.equal(status, 'moved');
  assert.equal(sliceOf(result, newText), '14 يوليو 2011');
});

test('re-anchoring keeps selectors from other tools', () => {
  const text = 'في 14 يوليو 2011 أجري الاختبار';
  const claim = claimAt(text, '14 يوليو 2011');
  const css = { type: 'CssSelector', value: '#p3' };
  const withCss = { ...claim, target: { ...claim.target, selector: [css, ...claim.target.selector] } };
  const { claim: result } = reanchorOne(withCss, text, insertAt(0, 'نعم '));
  assert.deepEqual(result.target.selector, [css, ...spanSelectors(`نعم ${text}`, 7, 20)]);
});

test('reattach gives fresh selectors, clears the orphan mark and dates the change', withCorpus, () => {
  const text = corpusText('003_');
  const orphan = { ...claimAt(text, '14 يوليو 2011'), orphanedAt: NOW };
  const start = text.indexOf('3 ديسمبر 2001');
  const result = reattach(orphan, text, start, start + 13, '2024-06-02T00:00:00.000Z');
  assert.equal('orphanedAt' in result, false);
  assert.equal(result.modified, '2024-06-02T00:00:00.000Z');
  assert.deepEqual(result.target.selector, spanSelectors(text, start, start + 13));
  assert.throws(() => reattach(orphan, text, 5, 5, NOW), /start < end/);
  assert.throws(() => reattach(orphan, text, 5, 6, 'yesterday'), /not a date-time/);
});

test('reanchorAll refuses edits that do not describe the change', () => {
  const text = 'في 14 يوليو 2011';
  assert.throws(() => reanchorAll([], text, `${text}!`, [], NOW), /do not turn/);
  assert.throws(() => reanchorAll([], text, text, [{ start: 9, end: 3, text: '' }], NOW), /out of order/);
});
