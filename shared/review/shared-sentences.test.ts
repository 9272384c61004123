// sharedSentences against the plain definition (every sentence compared with every other, Jaccard of 3-word
// shingle sets), on sentences of the corpus copied between random sources with random small changes; the
// kept index gives the same links as a fresh computation after sources change; boilerplate stays bounded.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { corpusFiles } from '../../tests/support/corpus.ts';
import { normalizeArabic, toRawSpan } from '../text/normalize.ts';
import { words } from '../text/words.ts';
import { jaccard, shingles } from './shingles.ts';
import {
  MIN_SENTENCE_WORDS,
  SENTENCE_OVERLAP,
  SENTENCE_SHINGLE_WORDS,
  SharedSentenceIndex,
  sharedSentences,
  type SharedSentence,
} from './shared-sentences.ts';

/** The definition, quadratic: sentences as the linker splits them, every cross-source pair compared. */
function reference(sources: { id: string; text: string }[]): SharedSentence[] {
  const all = sources.flatMap(({ id, text }) => {
    const norm = normalizeArabic(text);
    return [...norm.text.matchAll(/[^.!?؟؛…:\n]+/gu)].flatMap((m) => {
      const ws = words(m[0]);
      if (ws.length < MIN_SENTENCE_WORDS) return [];
      const span = toRawSpan(text, norm, m.index + ws[0]!.start, m.index + ws.at(-1)!.end);
      return [
        {
          sourceId: id,
          ...span,
          set: shingles(
            ws.map((w) => w.text),
            SENTENCE_SHINGLE_WORDS,
          ),
        },
      ];
    });
  });
  return all.flatMap((s, i) => {
    const alsoIn = all.filter(
      (o, j) => j !== i && o.sourceId !== s.sourceId && jaccard(s.set, o.set) >= SENTENCE_OVERLAP,
    );
    return alsoIn.length
      ? [
          {
            sourceId: s.sourceId,
            start: s.start,
            end: s.end,
            alsoIn: alsoIn.map((o) => ({ sourceId: o.sourceId, start: o.start, end: o.end })),
          },
        ]
      : [];
  });
}

function random(seed: number): () => number {
  let n = seed;
  return () => (n = (n * 48271) % 2147483647) / 2147483647;
}

const FALLBACK = [
  'أعلنت وزارة الصحة اليوم عن افتتاح ثلاثة مستشفيات جديدة في المحافظات الجنوبية',
  'وأكد مصدر حكومي أن تكلفة المشروع بلغت مئتي مليون دولار على مدى خمس سنوات',
  'إن المستشفيات ستستقبل المرضى ابتداءً من الشهر المقبل دون أي رسوم إضافية',
  'وقالت الصحيفة إن المحادثات جرت سرا خلال الأشهر الأخيرة بين مستشاري البلدين',
  'الجو حار جدا في العاصمة',
];

function sentencePool(): string[] {
  const texts = corpusFiles().files.map((f) => readFileSync(f, 'utf8'));
  const pool = texts
    .join('\n')
    .split(/[.!?؟؛…:\n]/)
    .map((s) => s.trim())
    .filter((s) => s.split(/\s+/).length >= 3);
  return pool.length > 50 ? pool : FALLBACK;
}

/** A copy with a small change: a word dropped, added or replaced, a letter variant, harakat; or none. */
function mutate(sentence: string, next: () => number): string {
  const ws = sentence.split(' ');
  const r = next();
  const at = Math.floor(next() * ws.length);
  if (r < 0.2 && ws.length > 3) ws.splice(at, 1);
  else if (r < 0.4) ws.splice(at, 0, 'وقال');
  else if (r < 0.5) ws[at] = 'كذلك';
  else if (r < 0.6) return ws.join(' ').replace(/ك/g, 'ک');
  else if (r < 0.7) return ws.join(' ').replace(/ا/, 'اَ');
  return ws.join(' ');
}

function randomSources(next: () => number, pool: string[]): { id: string; text: string }[] {
  const count = 2 + Math.floor(next() * 4);
  return Array.from({ length: count }, (_, k) => {
    const sentences = Array.from({ length: 3 + Math.floor(next() * 40) }, () =>
      mutate(pool[Math.floor(next() * pool.length)]!, next),
    );
    const ends = ['. ', '.\n', '؟ ', ': ', '\n', '؛ '];
    return { id: `s${k}`, text: sentences.map((s) => s + ends[Math.floor(next() * ends.length)]).join('') };
  });
}

test('the same links as comparing every sentence with every other, on 150 random workspaces of copied sentences', () => {
  const pool = sentencePool();
  const next = random(20240611);
  let linked = 0;
  for (let trial = 0; trial < 150; trial++) {
    const sources = randomSources(next, pool);
    const expected = reference(sources);
    assert.deepEqual(sharedSentences(sources), expected, `trial ${trial}`);
    linked += expected.length;
  }
  assert.ok(linked > 300, `the trials link sentences (${linked})`);
});

test('the kept index after adds, replacements and removals gives what a fresh computation gives', () => {
  const pool = sentencePool();
  const next = random(77);
  const index = new SharedSentenceIndex();
  let sources = randomSources(next, pool);
  for (let round = 0; round < 20; round++) {
    // Replace one source's text, add one, and drop one now and then.
    const changed = randomSources(next, pool);
    sources = sources.map((s, k) => (k === round % sources.length ? { id: s.id, text: changed[0]!.text } : s));
    if (round % 3 === 0) sources.push({ id: `n${round}`, text: changed.at(-1)!.text });
    if (round % 4 === 3 && sources.length > 2) sources.splice(1, 1);
    for (const s of sources) index.add(s.id, s.text, s.text);
    assert.deepEqual(index.links(sources.map((s) => s.id)), sharedSentences(sources), `round ${round}`);
  }
  assert.throws(() => index.links(['never-added']), /not added/);
});

test('a sentence repeated in one source links to every copy; past MAX_POSTING copies it is boilerplate, not linked', () => {
  const footer = 'جميع الحقوق محفوظة لموقع الأخبار اليومية ولا يجوز النقل دون إذن';
  const site = (copies: number) =>
    Array.from(
      { length: copies },
      (_, k) => `خبر رقم ${k} عن موضوع مختلف في كل مرة ${k * 7} ${k * 13}.\n${footer}.`,
    ).join('\n');
  const other = `مقال في موقع آخر يقتبس تذييل الموقع.\n${footer}.\n`;

  const few = site(30);
  const links = sharedSentences([
    { id: 'site', text: few },
    { id: 'other', text: other },
  ]);
  const fromOther = links.filter((l) => l.sourceId === 'other');
  assert.equal(fromOther.length, 1);
  assert.equal(other.slice(fromOther[0]!.start, fromOther[0]!.end), footer);
  assert.equal(fromOther[0]!.alsoIn.length, 30);
  assert.ok(fromOther[0]!.alsoIn.every((x) => few.slice(x.start, x.end) === footer));
  assert.equal(links.filter((l) => l.sourceId === 'site').length, 30);
  assert.ok(
    links.every((l) => l.alsoIn.every((x) => x.sourceId !== l.sourceId)),
    'no self-links',
  );

  // 400 copies: every shingle of the footer is in more than MAX_POSTING sentences, so none finds candidates.
  const started = performance.now();
  assert.deepEqual(
    sharedSentences([
      { id: 'site', text: site(400) },
      { id: 'other', text: other },
    ]),
    [],
  );
  assert.ok(performance.now() - started < 2_000);
});

test('letters outside the BMP are letters; a sentence of six such words is linked like any other', () => {
  const math = '𝐀𝐁 𝐂𝐃 𝐄𝐅 𝐆𝐇 𝐈𝐉 𝐊𝐋';
  const links = sharedSentences([
    { id: 'a', text: `${math}.` },
    { id: 'b', text: `قبل: ${math}!` },
  ]);
  assert.deepEqual(
    links.map((l) => [l.sourceId, l.alsoIn.length]),
    [
      ['a', 1],
      ['b', 1],
    ],
  );
  assert.equal(`قبل: ${math}!`.slice(links[1]!.start, links[1]!.end), math);
});
