// Property tests for re-anchoring under random edits (seeded, replayable) on every corpus text, and the time
// re-anchoring 2000 claims on a 1 MB text takes (printed, not asserted: machines differ).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { corpusFiles } from '../../tests/support/corpus.ts';
import type { Annotation } from '../annotations/model.ts';
import { applyEdits, diffTexts, type TextEdit } from './edits.ts';
import { reanchorAll } from './reanchor.ts';
import { claimOn, NOW, prng, spanOf, violations } from './testing/fixtures.ts';

const corpus = corpusFiles();
const withCorpus = { skip: corpus.skip };

function randomClaims(text: string, random: () => number, count: number, maxLength = 60): Annotation[] {
  return Array.from({ length: count }, (_, i) => {
    const start = Math.floor(random() * (text.length - 2));
    const end = Math.min(text.length, start + 2 + Math.floor(random() * maxLength));
    return claimOn(text, start, end, `urn:uuid:r${i}`);
  });
}

/** 1–4 edits, most of them at, around or inside a claim: insertions, deletions, retyped text, typos. */
function randomEdits(text: string, random: () => number, claims: Annotation[]): TextEdit[] {
  const pick = (n: number) => Math.floor(random() * n);
  const points = Array.from({ length: 1 + pick(4) }, () => {
    const claim = spanOf(claims[pick(claims.length)] as Annotation);
    const near = [claim.start, claim.end, (claim.start + claim.end) >> 1][pick(3)] as number;
    return random() < 0.7 ? Math.max(0, Math.min(text.length, near + pick(21) - 10)) : pick(text.length);
  }).sort((a, b) => a - b);
  const edits: TextEdit[] = [];
  for (const start of points) {
    if (edits.length > 0 && start <= (edits[edits.length - 1] as TextEdit).end) continue;
    const end = Math.min(text.length, start + ([0, 1 + pick(3), 1 + pick(40), 1 + pick(300)][pick(4)] as number));
    const from = pick(text.length);
    const typo = text.slice(start, end).replace(/./u, 'ة');
    const insert = [text.slice(from, from + 1 + pick(30)), typo, '', 'و'][pick(4)] as string;
    if (start !== end || insert !== '') edits.push({ start, end, text: insert });
  }
  return edits;
}

test('random edits: kept claims keep their quote, nothing attaches to a dissimilar slice', withCorpus, () => {
  const random = prng(424242);
  const counts: Record<string, number> = {};
  for (const file of corpus.files) {
    const oldText = readFileSync(file, 'utf8');
    for (let round = 0; round < 60; round++) {
      const claims = randomClaims(oldText, random, 25);
      const appEdits = randomEdits(oldText, random, claims);
      const newText = applyEdits(oldText, appEdits);
      // Half the rounds pass the app's own edit, half what diffing the texts finds.
      const edits = round % 2 === 0 ? appEdits : diffTexts(oldText, newText);
      const report = reanchorAll(claims, oldText, newText, edits, NOW);
      report.outcomes.forEach(({ id, status }, i) => {
        const claim = claims[i] as Annotation;
        assert.equal(id, claim.id);
        counts[status] = (counts[status] ?? 0) + 1;
        const problems = violations(claim, report.annotations[i] as Annotation, status, { oldText, newText, edits });
        assert.deepEqual(problems, [], `${status} ${JSON.stringify(spanOf(claim))} after ${JSON.stringify(edits)}`);
      });
    }
  }
  console.log(`random edits, outcomes: ${JSON.stringify(counts)}`);
  for (const status of ['kept', 'changed', 'moved', 'orphaned']) assert.ok((counts[status] ?? 0) > 0, `some ${status}`);
});

/** One edit on each of `count` claims spread over the text, of every kind: typo, word typed, rewrite, deletion. */
function editsOnClaims(text: string, claims: Annotation[], count: number): TextEdit[] {
  const edits: TextEdit[] = [];
  for (let i = 0; i < count; i++) {
    const { start, end } = spanOf(claims[Math.floor((i * claims.length) / count)] as Annotation);
    const quote = text.slice(start, end);
    const kinds: TextEdit[] = [
      { start: start + 1, end: start + 2, text: 'ة' },
      { start, end: start, text: 'كلمة جديدة ' },
      { start: start - 20, end: end + 20, text: `تمهيد جديد ${quote} وخاتمة` },
      { start: start - 5, end: end + 5, text: '' },
      { start: end + 3, end: end + 300, text: '' },
    ];
    const edit = kinds[i % kinds.length] as TextEdit;
    if (edit.start > ((edits[edits.length - 1]?.end ?? -1) as number)) edits.push(edit);
  }
  return edits;
}

test('timing: 2000 claims on a 1 MB text (printed, not asserted)', withCorpus, () => {
  const texts = corpus.files.map((f) => readFileSync(f, 'utf8'));
  let oldText = '';
  for (let i = 0; oldText.length < 1_000_000; i++) oldText += `${texts[i % texts.length]}\n`;
  const claims = randomClaims(oldText, prng(99), 2000, 120).sort((a, b) => spanOf(a).start - spanOf(b).start);
  const appEdits = editsOnClaims(oldText, claims, 40);
  const newText = applyEdits(oldText, appEdits);
  // Edits found by diffing (twice: the first run also compiles), then the app's own, coarser edit list.
  const sources: [string, () => TextEdit[]][] = [
    ['diffTexts, first run', () => diffTexts(oldText, newText)],
    ['diffTexts, second run', () => diffTexts(oldText, newText)],
    ["the app's edits", () => appEdits],
  ];
  for (const [run, findEdits] of sources) {
    const t0 = performance.now();
    const edits = findEdits();
    const t1 = performance.now();
    const report = reanchorAll(claims, oldText, newText, edits, NOW);
    const t2 = performance.now();
    const counts: Record<string, number> = {};
    for (const { status } of report.outcomes) counts[status] = (counts[status] ?? 0) + 1;
    console.log(
      `1 MB (${oldText.length} code units), ${claims.length} claims, ${edits.length} edits (${run}): ` +
        `edits ${(t1 - t0).toFixed(1)} ms, reanchorAll ${(t2 - t1).toFixed(1)} ms, ${JSON.stringify(counts)}`,
    );
    // The text is the corpus over and over: a diff lining up the wrong copies would break untouched claims.
    report.outcomes.forEach(({ status }, i) => {
      const after = report.annotations[i] as Annotation;
      const problems = violations(claims[i] as Annotation, after, status, { oldText, newText, edits });
      assert.deepEqual(problems, [], `claim ${i}`);
    });
  }
});
