// Search on the real corpus: normalization (hamza/alef, ى/ي, ة/ه, digits, diacritics), phrases, proclitics,
// spelling variants, aliases, raw offsets, and re-indexing after the text changes.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { test } from 'node:test';
import { corpusFiles } from '../../tests/support/corpus.ts';
import { mulberry32 } from '../random/prng.ts';
import { normalizeArabic } from '../text/normalize.ts';
import { words } from '../text/words.ts';
import { compactText, decodeWord, encodeWord, rawOffset, wordUnits } from './compact.ts';
import { chunkText, MAX_CHUNK } from './chunks.ts';
import { searchText } from './match.ts';
import { lookupCodes, lookupTokens, planQuery, wordForms, type SearchOptions, type TextHit } from './query.ts';
import { findInChunk } from './reference.ts';
import { SourceSearchIndex, type SearchHit } from './index.ts';
import { Vocabulary } from './tokens.ts';

const corpus = corpusFiles();
const skip = corpus.skip;
const texts = new Map<string, string>();
for (const f of corpus.files) texts.set(basename(f).slice(0, 3), readFileSync(f, 'utf8'));
const text = (id: string) => texts.get(id)!;

function build(): SourceSearchIndex {
  const ix = new SourceSearchIndex();
  for (const [id, raw] of texts) ix.add(id, raw);
  return ix;
}

const norm = (s: string) => normalizeArabic(s).text;

/** Every hit's text is exactly the raw slice at its offsets, and the index agrees with searchText. */
function checkHits(ix: SourceSearchIndex, hits: SearchHit[], query: string, opts = {}): void {
  for (const h of hits) {
    assert.equal(h.text, text(h.sourceId).slice(h.start, h.end), `${h.sourceId}@${h.start}`);
    assert.ok(h.end > h.start);
  }
  for (const id of texts.keys()) {
    const direct = searchText(text(id), query, opts).map((h) => ({ sourceId: id, ...h }));
    assert.deepEqual(
      hits.filter((h) => h.sourceId === id),
      direct,
      `index and searchText agree on ${id} for ${query}`,
    );
  }
  void ix;
}

/** Raw occurrences of a literal string (for counting expected hits). */
function count(raw: string, s: string): number {
  return raw.split(s).length - 1;
}

test('hamza and alef forms: ايزنهاور finds إيزنهاور, and the hit is the raw spelling', { skip }, () => {
  const ix = build();
  const hits = ix.search('ايزنهاور');
  assert.ok(hits.some((h) => h.text === 'إيزنهاور'));
  assert.ok(hits.every((h) => norm(h.text) === 'ايزنهاور'));
  assert.deepEqual(ix.search('إيزنهاور'), hits);
  assert.deepEqual(ix.search('أيزنهاور'), hits);
  checkHits(ix, hits, 'ايزنهاور');
});

test('ى and ي, ة and ه are the same letters for search', { skip }, () => {
  const ix = build();
  const ala = ix.search('علي');
  assert.ok(
    ala.some((h) => h.text === 'على'),
    'على found by علي',
  );
  assert.deepEqual(ix.search('على'), ala);
  const secret = ix.search('سريه');
  assert.ok(secret.some((h) => h.text === 'سرية'));
  assert.deepEqual(ix.search('سرية'), secret);
  checkHits(ix, ala, 'علي');
  checkHits(ix, secret, 'سريه');
});

test('Arabic-Indic digits find ASCII digits', { skip }, () => {
  const ix = build();
  const hits = ix.search('٢٠٠١');
  assert.equal(hits.length, count(text('003'), '2001') + count(text('000'), '2001') + count(text('001'), '2001'));
  assert.ok(hits.length > 0 && hits.every((h) => h.text === '2001'));
  assert.deepEqual(ix.search('۲۰۰۱'), hits); // Extended (Persian) digits too
  assert.deepEqual(ix.search('2001'), hits);
});

test('diacritics are ignored in the text and in the query; the hit keeps the raw harakat', { skip }, () => {
  const ix = build();
  const hits = ix.search('قوة');
  const marked = hits.find((h) => h.text.includes('\u0651'));
  assert.ok(marked, 'قوّة (with shadda) is found by قوة');
  assert.equal(marked.text, text(marked.sourceId).slice(marked.start, marked.end));
  assert.deepEqual(ix.search('قُوَّة'), hits);
  checkHits(ix, hits, 'قوة');
});

test('a multi-word query matches the words in sequence', { skip }, () => {
  const ix = build();
  const phrase = ix.search('14 يوليو 2011');
  assert.equal(phrase.length, 1);
  assert.equal(phrase[0]!.sourceId, '003');
  assert.equal(phrase[0]!.text, '14 يوليو 2011');
  const us = ix.search('الولايات المتحدة');
  assert.ok(us.length > 10);
  // "للولايات المتحدة" (ل + ال contracted) matches too, from its second ل.
  const forms = new Set(us.map((h) => norm(h.text).replace(/\s+/g, ' ')));
  assert.ok(
    [...forms].every((f) => f === 'الولايات المتحده' || f === 'لولايات المتحده'),
    [...forms].join('|'),
  );
  // Out of order, the phrase is not there.
  assert.equal(ix.search('المتحدة الولايات').length, 0);
  checkHits(ix, us, 'الولايات المتحدة');
});

test('a proclitic before the word still matches; the hit starts after it', { skip }, () => {
  const ix = build();
  const hits = ix.search('كندي');
  const withLam = hits.filter((h) => text(h.sourceId)[h.start - 1] === 'ل');
  assert.equal(withLam.length, count(text('000'), 'لكندي'));
  assert.ok(hits.every((h) => h.text === 'كندي'));
  assert.deepEqual(
    wordForms('للرئيس').map((f) => f.form),
    ['للرئيس', 'رئيس', 'لرئيس', 'الرئيس'],
  );
  assert.equal(searchText('قال للرئيس', 'الرئيس')[0]?.text, 'لرئيس');
  assert.equal(searchText('وكندي', 'كندي', { clitics: false }).length, 0);
  // Not a substring search: كندي does not find كندا.
  assert.ok(!hits.some((h) => h.text.includes('كندا')));
});

test(
  'variants: one edit away when the longer word has 5+ letters (السوفيتي finds السوفييتي, كندي finds كيندي); never كندا',
  { skip },
  () => {
    const ix = build();
    const plain = ix.search('السوفيتي');
    const fuzzy = ix.search('السوفيتي', { variants: true });
    assert.ok(!plain.some((h) => h.text === 'السوفييتي'));
    assert.ok(fuzzy.some((h) => h.text === 'السوفييتي'));
    assert.ok(fuzzy.length > plain.length);
    checkHits(ix, fuzzy, 'السوفيتي', { variants: true });
    // The done-when: كندي with variants on finds both spellings in corpus 000.
    const kennedy = ix.search('كندي', { variants: true });
    const spellings = new Set(kennedy.map((h) => normalizeArabic(h.text).text.replace(/^(?:و|ف|ب|ل|لل)/, '')));
    assert.ok(spellings.has('كندي') && spellings.has('كيندي'), [...spellings].join(' '));
    assert.equal(kennedy.length, ix.search('كندي').length + ix.search('كيندي').length);
    checkHits(ix, kennedy, 'كندي', { variants: true });
    // كندي never becomes كندا (Canada), with or without variants.
    assert.ok(!ix.search('كندي', { variants: true }).some((h) => h.text.includes('كندا')));
  },
);

test('aliases: كندي with [كندي, كيندي, كينيدي] finds both spellings in corpus 000', { skip }, () => {
  const ix = build();
  const aliases = [['كندي', 'كيندي', 'كينيدي']];
  const hits = ix.search('كندي', { aliases });
  const spellings = new Set(hits.filter((h) => h.sourceId === '000').map((h) => h.text));
  assert.deepEqual([...spellings].sort(), ['كندي', 'كيندي']);
  assert.equal(hits.length, ix.search('كندي').length + ix.search('كيندي').length);
  // Any word of the group works as the query, and alias words are normalized too.
  assert.deepEqual(ix.search('كينيدي', { aliases }), hits);
  assert.deepEqual(ix.search('كيندى', { aliases: [['كندى', 'كيندى']] }), hits);
  checkHits(ix, hits, 'كندي', { aliases });
});

test('offsets map back to exactly the raw text for many queries', { skip }, () => {
  const ix = build();
  const queries = ['الرئيس', 'صواريخ', 'كوبا', 'الاتحاد السوفيتي', 'في عام', 'خروتشوف', 'السلاح', 'أزمة', 'u-2', 'CIA'];
  for (const q of queries) {
    const hits = ix.search(q, { variants: true });
    for (const h of hits) {
      const raw = text(h.sourceId);
      assert.equal(h.text, raw.slice(h.start, h.end));
      // The raw hit starts and ends on word characters (no spaces or punctuation around the match).
      assert.match(h.text, /^[\p{L}\p{N}][\s\S]*[\p{L}\p{N}\p{M}]$|^[\p{L}\p{N}]$/u, `${q}: ${h.text}`);
    }
    checkHits(ix, hits, q, { variants: true });
  }
});

test('update re-indexes a changed text; remove forgets it', { skip }, () => {
  const ix = build();
  const before = ix.search('ايزنهاور').filter((h) => h.sourceId === '000').length;
  assert.ok(before > 0);
  assert.equal(ix.search('ترومان وايزنهاور').length, 0);
  const edited = `مقدمة جديدة عن ترومان وإيزنهاور.\n${text('000').replaceAll('إيزنهاور', 'ايزنهاور')}`;
  ix.update('000', edited);
  const after = ix.search('ايزنهاور').filter((h) => h.sourceId === '000');
  assert.equal(after.length, before + 1);
  for (const h of after) assert.equal(h.text, edited.slice(h.start, h.end));
  assert.equal(ix.search('ترومان وايزنهاور')[0]?.text, 'ترومان وإيزنهاور');
  // Variant vocabulary follows the update: a word only in the new text is found as a variant, then forgotten.
  ix.update('001', `${text('001')}\nالسوفيتيون`);
  assert.ok(ix.search('السوفيتيين', { variants: true }).some((h) => h.text === 'السوفيتيون'));
  ix.update('001', text('001'));
  assert.ok(!ix.search('السوفيتيين', { variants: true }).some((h) => h.text === 'السوفيتيون'));
  ix.remove('000');
  assert.ok(ix.search('ايزنهاور').every((h) => h.sourceId !== '000'));
  assert.equal(ix.has('000'), false);
});

test('limit, empty queries and long lines', () => {
  const ix = new SourceSearchIndex();
  const line = Array.from({ length: 2000 }, (_, i) => (i % 97 === 0 ? 'جون كيندي' : 'كلمة')).join(' ');
  ix.add('long', `${line}\n${line}`);
  assert.ok(chunkText(line).length > 1 && chunkText(line).every((c) => c.end - c.start <= MAX_CHUNK));
  const all = ix.search('جون كيندي', { limit: 1e6 });
  assert.equal(all.length, 2 * Math.ceil(2000 / 97));
  assert.deepEqual(
    all.map(({ start, end, text }) => ({ start, end, text })),
    searchText(`${line}\n${line}`, 'جون كيندي', { limit: 1e6 }),
  );
  assert.ok(all.every((h) => h.text === 'جون كيندي'));
  assert.equal(new Set(all.map((h) => h.start)).size, all.length, 'no hit twice across a split');
  assert.equal(ix.search('جون كيندي', { limit: 5 }).length, 5);
  assert.deepEqual(ix.search('  ،.  '), []);
  assert.deepEqual(searchText('نص', ''), []);
  // A phrase never spans a line break.
  assert.equal(searchText('جون\nكيندي', 'جون كيندي').length, 0);
});

// ---- The located search (compact text, indexOf needles) against the plain word-by-word reading ----

/** Hits of findInChunk over every chunk: the reference reading (normalize each chunk, read every word). */
function referenceSearch(raw: string, query: string, opts: SearchOptions = {}): TextHit[] {
  const plan = planQuery(query, opts);
  const limit = opts.limit ?? 1000;
  const out: TextHit[] = [];
  if (plan.terms.length === 0) return out;
  for (const c of chunkText(raw)) {
    findInChunk(raw, c, plan, out, limit - out.length);
    if (out.length >= limit) break;
  }
  return out;
}

const LETTERS = [...'ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآةى'];
/** A text made to trip the compact form: marks, tatweel, bidi marks, ligatures, Latin-1 and astral letters, CRLF, long lines. */
function trickyText(random: () => number): string {
  const pick = <T>(a: readonly T[]) => a[Math.floor(random() * a.length)]!;
  // First (so they come before any limit): long lines without a space, cut inside a word or exactly where
  // a word starts (after punctuation); phrases of a repeated word, whose matches overlap.
  const parts = [
    `${'كندي،'.repeat(1600)}\n${Array.from({ length: 2500 }, () => pick(['كندي', 'الرئيس', 'جون'])).join('،')}\n`,
  ];
  for (let i = 0; i < 2500; i++) {
    let w = '';
    const n = 1 + Math.floor(random() * 8);
    for (let j = 0; j < n; j++) {
      w += pick(LETTERS);
      if (random() < 0.1) w += pick(['\u064e', '\u0651', '\u0640', '\u200f', '\u0670']);
    }
    const r = random();
    if (r < 0.05) w = pick(['ﻻ', 'ﷺ', 'café', 'CAFÉ', '𝐀bc', 'ﻷمر', 'پچژگ', 'ۆۇ', 'x\u0301y', 'ك\u0654']) + w;
    if (r > 0.96) w = pick(['و', 'ف', 'ب', 'ل', 'ك', 'ال', 'لل', 'وال', 'بال', 'ول']) + w;
    parts.push(w);
    const sep = random();
    parts.push(
      sep < 0.7 ? ' ' : sep < 0.8 ? '\n' : sep < 0.85 ? '\r\n' : sep < 0.9 ? '، ' : sep < 0.95 ? '\u00a0' : ' .. ',
    );
  }
  parts.push(
    `\n${'كتاب'.repeat(2500)}\n${Array.from({ length: 3000 }, () => pick(['جون', 'كيندي', 'كندي', 'والرئيس', 'للرئيس'])).join(' ')}`,
  );
  return parts.join('');
}

const QUERY_OPTIONS: SearchOptions[] = [
  {},
  { variants: true },
  { clitics: false },
  { aliases: [['كندي', 'كيندي', 'كينيدي']] },
  { limit: 7 },
  { variants: true, limit: 3 },
];

/** Queries that reach the edges of the compact form (ligatures, WILD units, one-letter words, long words). */
const EDGE_QUERIES = [
  'كندي كندي',
  'كندي',
  'ال',
  'و',
  'ﻻ',
  'لا',
  'صلي الله',
  'café',
  'cafe',
  'كتابكتاب',
  '𝐀bc',
  'ه',
  'الرئيس',
  'كندي',
];

/** Queries from a text: runs of 1–3 of its words, sometimes without their first letter or proclitic. */
function sampleQueries(raw: string, random: () => number, count: number): string[] {
  const ws = words(normalizeArabic(raw).text).map((w) => w.text);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const at = Math.floor(random() * Math.max(1, ws.length - 3));
    let q = ws.slice(at, at + 1 + Math.floor(random() * 3)).join(' ');
    if (random() < 0.3) q = q.replace(/^(?:و|ف|ب|ل|ال)/, '');
    out.push(q);
  }
  return out;
}

test('searchText (compact text, needles) finds exactly what the word-by-word reading finds', { skip }, () => {
  const random = mulberry32(7);
  const tricky = trickyText(random);
  const cases: [string, string[]][] = [[tricky, [...EDGE_QUERIES, ...sampleQueries(tricky, random, 12)]]];
  for (const raw of texts.values()) cases.push([raw, sampleQueries(raw, random, 6)]);
  for (const [raw, queries] of cases) {
    for (const q of queries) {
      for (const opts of QUERY_OPTIONS)
        assert.deepEqual(searchText(raw, q, opts), referenceSearch(raw, q, opts), `${q} ${JSON.stringify(opts)}`);
    }
  }
});

test("the index gives searchText's hits source after source, up to the limit, on tricky texts", () => {
  const random = mulberry32(11);
  const all = [trickyText(random), trickyText(random), ...texts.values()];
  const ix = new SourceSearchIndex();
  all.forEach((raw, i) => ix.add(String(i), raw));
  for (const q of [...EDGE_QUERIES.slice(0, 6), ...sampleQueries(all[0]!, random, 6)]) {
    for (const opts of QUERY_OPTIONS) {
      const expected = all.flatMap((raw, i) =>
        searchText(raw, q, { ...opts, limit: 1e9 }).map((h) => ({ sourceId: String(i), ...h })),
      );
      const got = ix.search(q, opts);
      if (opts.variants) {
        // Variants found only through the index's lookups (one-edit neighbours over the query's alphabet): a subset, in order.
        const keys = new Set(expected.map((h) => `${h.sourceId}:${h.start}`));
        assert.ok(
          got.every((h) => keys.has(`${h.sourceId}:${h.start}`)),
          q,
        );
      } else {
        assert.deepEqual(got, expected.slice(0, opts.limit ?? 1000), `${q} ${JSON.stringify(opts)}`);
      }
    }
  }
});

test('spelling variants: every one-edit or one-swap form, behind every proclitic, is found as the reference finds it', () => {
  const alphabet = [...'ابتلمنهويسكرء'];
  for (const query of ['السوفيتي', 'كيندي', 'كندي', 'امريكا', 'الرئيس', 'خروتشوف']) {
    const w = normalizeArabic(query).text;
    const forms = new Set<string>();
    for (let i = 0; i <= w.length; i++) {
      for (const c of alphabet) {
        forms.add(w.slice(0, i) + c + w.slice(i));
        if (i < w.length) forms.add(w.slice(0, i) + c + w.slice(i + 1));
      }
      if (i < w.length) forms.add(w.slice(0, i) + w.slice(i + 1));
      if (i + 1 < w.length) forms.add(w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2));
    }
    const textWords: string[] = [];
    for (const f of forms) {
      textWords.push(f, `و${f}`, `بال${f}`, `لل${f.replace(/^ال/, '')}`, `ول${f.replace(/^ا/, '')}`);
    }
    const raw = textWords.join(' ');
    const hits = searchText(raw, query, { variants: true, limit: 1e9 });
    assert.deepEqual(hits, referenceSearch(raw, query, { variants: true, limit: 1e9 }), query);
    assert.ok(hits.length > forms.size, `${query}: ${hits.length} hits`);
  }
});

test("compact text: one byte a normalized unit, the same words, raw offsets as normalizeArabic's", () => {
  const random = mulberry32(3);
  for (const raw of [trickyText(random), texts.get('003') ?? 'نص', '', 'ً', 'ﷺ', '\u0640\u0640كتاب']) {
    const norm = normalizeArabic(raw);
    const { compact, at } = compactText(raw, [0, raw.length, Math.floor(raw.length / 2)]);
    assert.equal(compact.text.length, norm.text.length);
    for (let p = 0; p <= norm.text.length; p++) assert.equal(rawOffset(compact, p), norm.toRaw[p], `offset ${p}`);
    const table = wordUnits();
    for (let p = 0; p < norm.text.length; p++) {
      const u = norm.text.charCodeAt(p);
      const b = compact.text.charCodeAt(p);
      assert.ok(b < 256);
      if (table[u]) assert.equal(decodeWord(compact, p, p + 1), norm.text[p], `unit ${p}`);
      else assert.equal(b, u === 10 || u === 13 ? u : 32, `separator ${p}`);
    }
    for (const [k, r] of [0, raw.length, Math.floor(raw.length / 2)].entries()) {
      const expected = norm.toRaw.findIndex((x) => x >= r);
      assert.equal(at[k], expected < 0 ? norm.text.length : expected);
    }
  }
  // A long text (decoded in pieces) is the same string.
  const sample = `${texts.get('000') ?? 'نص عربي'}\n`;
  const long = sample.repeat(Math.ceil(300_000 / sample.length));
  assert.equal(compactText(long).compact.text, encodeWord(normalizeArabic(long).text));
});

test('lookup tokens in compact form are lookupTokens through encodeWord; the vocabulary finds what was added', () => {
  for (const opts of [{}, { variants: true }, { aliases: [['الرئيس', 'رئيس']] }]) {
    for (const term of planQuery('السوفيتي الرئيس كندي café', opts).terms) {
      for (const clitics of [true, false]) {
        assert.deepEqual(new Set(lookupCodes(term, clitics)), new Set(lookupTokens(term, clitics).map(encodeWord)));
      }
    }
  }
  const v = new Vocabulary();
  const s = 'كتاب قلم كتاب xyz قلم';
  v.startBlock();
  for (const [a, b] of [
    [0, 4],
    [5, 8],
    [9, 13],
    [14, 17],
    [18, 21],
  ])
    v.add(s, a!, b!);
  assert.deepEqual(v.block, ['كتاب', 'قلم', 'xyz']);
  v.startBlock();
  v.add(s, 5, 8);
  assert.deepEqual(v.block, ['قلم']);
  assert.equal(v.size, 3);
  assert.ok(v.has('قلم') && v.has('xyz') && !v.has('قل') && !v.has('كتابا'));
  assert.equal(v.find('و', 'xقلم', 1), undefined);
  assert.equal(v.find('ق', 'xلم', 1), 'قلم');
});

test('removing most sources rebuilds the index; search stays exact', () => {
  const ix = new SourceSearchIndex();
  const line = (i: number) => `السطر ${i}: الرئيس كندي في واشنطن${i % 7 === 0 ? ' وخروتشوف' : ''}`;
  for (let i = 0; i < 1200; i++) ix.add(`s${i}`, line(i));
  for (let i = 0; i < 1150; i++) ix.remove(`s${i}`);
  assert.equal(ix.size, 50);
  const hits = ix.search('خروتشوف', { limit: 1e6 });
  const expected = [];
  for (let i = 1150; i < 1200; i++) if (i % 7 === 0) expected.push(`s${i}`);
  assert.deepEqual(
    hits.map((h) => h.sourceId),
    expected,
  );
  assert.ok(hits.every((h) => h.text === 'خروتشوف'));
  ix.add('s0', line(0));
  assert.equal(ix.search('خروتشوف', { limit: 1e6 }).at(-1)?.sourceId, 's0');
});
