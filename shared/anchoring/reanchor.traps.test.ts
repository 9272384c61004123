// Tests for the re-anchoring traps found on the corpus (notes/arabic-text.md): a duplicated article (corpus
// 000 holds its article twice) and deleted paragraphs, whose claims must become orphans and stay untouched.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { corpusFiles } from '../../tests/support/corpus.ts';
import { applyEdits, diffTexts } from './edits.ts';
import { reanchorAll } from './reanchor.ts';
import { claimAt, NOW, reanchorOne, sliceOf, spanOf } from './testing/fixtures.ts';

const corpus = corpusFiles();
const withCorpus = { skip: corpus.skip };
const corpusText = (prefix: string): string =>
  readFileSync(corpus.files.find((f) => basename(f).startsWith(prefix)) ?? assert.fail(`no corpus ${prefix}`), 'utf8');

/** The paragraph (line with its line break) around `at`. */
function paragraphAround(text: string, at: number): { start: number; end: number } {
  return { start: text.lastIndexOf('\n', at) + 1, end: text.indexOf('\n', at) + 1 };
}

const TWIN = 'حكمت المحكمة على كاسترو بالسجن 15 عاماً';

test('duplicated article: editing the twin copy never moves a claim to it', withCorpus, () => {
  const old = corpusText('000_');
  const first = old.indexOf(TWIN);
  const second = old.indexOf(TWIN, first + 1);
  assert.ok(first >= 0 && second > old.length / 2, 'corpus 000 holds the passage twice');
  // "15" → "20" in the very words of the claim's twin, and a whole word of the twin retyped.
  const replace = (at: number, old: string, text: string) => {
    const start = at + TWIN.indexOf(old);
    return [{ start, end: start + old.length, text }];
  };
  const years = (at: number) => replace(at, '15', '20');
  const word = (at: number) => replace(at, 'كاسترو', 'فيدل');
  for (const [claimCopy, claimStart, twinStart] of [
    [1, second, first],
    [0, first, second],
  ] as const) {
    for (const edit of [years(twinStart), word(twinStart)]) {
      const claim = claimAt(old, TWIN, claimCopy);
      for (const edits of [edit, diffTexts(old, applyEdits(old, edit))]) {
        const { claim: result, status, newText } = reanchorOne(claim, old, edits);
        assert.equal(status, 'kept');
        assert.equal(sliceOf(result, newText), TWIN);
        const shift = twinStart < claimStart ? newText.length - old.length : 0;
        assert.equal(spanOf(result).start, claimStart + shift, `copy ${claimCopy} stays on its own copy`);
      }
    }
  }
});

test('duplicated article: a claim whose passage is deleted is orphaned, not moved to its twin', withCorpus, () => {
  const old = corpusText('000_');
  for (const copy of [0, 1]) {
    const claim = claimAt(old, TWIN, copy);
    const paragraph = paragraphAround(old, spanOf(claim).start);
    const newText = old.slice(0, paragraph.start) + old.slice(paragraph.end);
    assert.ok(newText.includes(TWIN), 'the twin is still in the text');
    for (const edits of [diffTexts(old, newText), [{ ...paragraph, text: '' }]]) {
      const { status, claim: result } = reanchorOne(claim, old, edits);
      assert.equal(status, 'orphaned');
      assert.deepEqual(result, { ...claim, orphanedAt: NOW }, 'the old selectors are kept for the researcher');
    }
  }
});

test('a deleted paragraph orphans its claims, keeps the others, and orphans stay untouched later', withCorpus, () => {
  const old = corpusText('003_');
  const inParagraph = claimAt(old, 'فقد أجرت الولايات المتحدة اختباراً', 0, 'urn:uuid:gone');
  const elsewhere = claimAt(old, 'أرشيف البيت الأبيض', 0, 'urn:uuid:stays');
  const paragraph = paragraphAround(old, spanOf(inParagraph).start);
  const newText = old.slice(0, paragraph.start) + old.slice(paragraph.end);
  const report = reanchorAll([inParagraph, elsewhere], old, newText, diffTexts(old, newText), NOW);
  assert.deepEqual(report.outcomes, [
    { id: 'urn:uuid:gone', status: 'orphaned' },
    { id: 'urn:uuid:stays', status: 'kept' },
  ]);
  assert.deepEqual(report.annotations[0], { ...inParagraph, orphanedAt: NOW });

  // A second edit, this time one that would even put the orphan's quote back: it stays an orphan, untouched.
  const restored = `${old.slice(paragraph.start, paragraph.end)}${newText}`;
  const edits = [{ start: 0, end: 0, text: old.slice(paragraph.start, paragraph.end) }];
  const again = reanchorAll(report.annotations, newText, restored, edits, '2024-07-01T00:00:00.000Z');
  assert.deepEqual(
    again.outcomes.map((o) => o.status),
    ['still-orphan', 'kept'],
  );
  assert.equal(again.annotations[0], report.annotations[0], 'the very same object');
});
