// The suspicion evaluation: typos injected into the corpus with seeded PRNGs. The asserted seeds (101–103)
// were not used while choosing the rules (those were 1–8); the numbers are printed for every seed.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { corpusFiles } from '../../tests/support/corpus.ts';
import { evaluateSuspicions, type EvalDoc } from './eval.ts';
import { makeTypo, mulberry32 } from './eval-inject.ts';

/** The corpus, with corpus 003's two real typos marked as known. */
function docs(): EvalDoc[] | undefined {
  const { files } = corpusFiles();
  if (!files.length) return undefined;
  return files.map((f) => {
    const text = readFileSync(f, 'utf8');
    const known = ['14 يوليو 2011', 'في عام 2020']
      .map((q) => text.indexOf(q))
      .filter((at) => at >= 0 && f.includes('003_'))
      .map((at, i) => ({ start: at + (i === 0 ? 9 : 7), end: at + (i === 0 ? 13 : 11) }));
    return { id: f, text, known };
  });
}

test('the PRNG is deterministic per seed', () => {
  const a = mulberry32(7);
  const b = mulberry32(7);
  assert.deepEqual([a(), a(), a()], [b(), b(), b()]);
  assert.notEqual(mulberry32(8)(), mulberry32(7)());
});

test('typos change the year the way their kind says', () => {
  const rand = mulberry32(1);
  for (let i = 0; i < 200; i++) {
    const digit = makeTypo('1962', 'digit', rand)!;
    assert.equal([...digit].filter((c, k) => c !== '1962'[k]).length, 1);
    assert.notEqual(digit[0], '0');
    const swap = makeTypo('1962', 'swap', rand)!;
    assert.deepEqual([...swap].sort(), [...'1962'].sort());
    assert.notEqual(swap, '1962');
    assert.ok(['1862', '2062'].includes(makeTypo('1962', 'century', rand)!));
  }
  assert.equal(makeTypo('2222', 'swap', rand), undefined);
});

test('evaluation on injected typos meets the targets on unseen seeds (numbers printed)', (t) => {
  const corpus = docs();
  if (!corpus) return t.skip('no corpus');
  for (const seed of [101, 102, 103]) {
    const r = evaluateSuspicions(corpus, { seed, trials: 200 });
    const line =
      `seed ${seed}: precision HIGH ${r.precisionHigh.toFixed(3)} (injected only ${r.precisionHighInjected.toFixed(3)}), ` +
      `recall any ${r.recallAny.toFixed(3)}, HIGH ${r.recallHigh.toFixed(3)}, detectable ${r.recallDetectable.toFixed(3)} ` +
      `(${r.detectable}/${r.trials}), in reach ${r.recallInReach.toFixed(3)} (${r.inReach})`;
    t.diagnostic(line);
    console.log(line);
    assert.equal(r.trials, 200);
    assert.ok(r.precisionHigh >= 0.9, line);
    assert.ok(r.precisionHighInjected >= 0.9, line);
    // Typos within 5 years of a real year of the text (1962 → 1963) are invisible to a context rule: the
    // 0.9 target is asserted on the detectable ones; recall over all injections is ≈ 0.85–0.94 (printed).
    assert.ok(r.recallDetectable >= 0.9, line);
    assert.ok(r.recallAny >= 0.8, line);
  }
});

test("the note's rule alone (no widening) reaches far fewer typos: the widening is what the recall needs", (t) => {
  const corpus = docs();
  if (!corpus) return t.skip('no corpus');
  const narrow = evaluateSuspicions(corpus, { seed: 104, trials: 100, outliers: { widen: false } });
  const wide = evaluateSuspicions(corpus, { seed: 104, trials: 100 });
  t.diagnostic(`note's rule: recall any ${narrow.recallAny.toFixed(3)}; widened: ${wide.recallAny.toFixed(3)}`);
  assert.ok(narrow.recallAny < wide.recallAny);
  assert.ok(narrow.recallInReach >= 0.9, "within its own premise the note's rule catches the typos");
});
