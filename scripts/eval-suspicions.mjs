// Prints the suspicion evaluation (typos injected into the corpus) as a small table, one row per seed.
// Run: node --import tsx scripts/eval-suspicions.mjs [trials=300] [seeds=1,2,3,4,5]
// Corpus 003's two real typos ("14 يوليو 2011", "في عام 2020") are passed as known typos.
import { readFileSync } from 'node:fs';
import { corpusFiles } from '../tests/support/corpus.ts';
import { evaluateSuspicions, TYPO_KINDS } from '../shared/review/eval.ts';

const trials = Number(process.argv[2] ?? 300);
const seeds = (process.argv[3] ?? '1,2,3,4,5').split(',').map(Number);
const { files, skip } = corpusFiles();
if (skip) {
  console.error(skip);
  process.exit(1);
}

const KNOWN = [
  ['14 يوليو 2011', 9],
  ['في عام 2020', 7],
];
const docs = files.map((f) => {
  const text = readFileSync(f, 'utf8');
  const known = f.includes('003_')
    ? KNOWN.map(([q, skipTo]) => text.indexOf(q) + skipTo)
        .filter((at) => at >= 0)
        .map((at) => ({ start: at, end: at + 4 }))
    : [];
  return { id: f, text, known };
});

const pct = (x) => x.toFixed(3);
for (const [label, outliers] of [
  ['widened (default)', {}],
  ["note's rule only", { widen: false }],
]) {
  console.log(`\n${label}: ${trials} injected typos per seed`);
  const rows = seeds.map((seed) => {
    const r = evaluateSuspicions(docs, { seed, trials, outliers });
    const kinds = Object.fromEntries(
      TYPO_KINDS.map((k) => [`recall ${k}`, pct(r.byKind[k].flagged / Math.max(1, r.byKind[k].injected))]),
    );
    return {
      seed,
      'P(HIGH)': pct(r.precisionHigh),
      'P(HIGH) injected only': pct(r.precisionHighInjected),
      'recall any': pct(r.recallAny),
      'recall HIGH': pct(r.recallHigh),
      'recall detectable': `${pct(r.recallDetectable)} (${r.detectable})`,
      'recall in reach': `${pct(r.recallInReach)} (${r.inReach})`,
      ...kinds,
    };
  });
  console.table(rows);
}
