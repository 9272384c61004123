// Search on the real corpus: normalization (hamza/alef, ى/ي, ة/ه, digits, diacritics), phrases, proclitics,
// spelling variants, aliases, raw offsets, and re-indexing after the text changes.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { test } from 'node:test';
import { corpusFiles } from '../../tests/support/corpus.ts';
import { normalizeArabic } from '../text/normalize.ts';
import { chunkText, MAX_CHUNK, searchText, wordForms } from './match.ts';
import { SourceSearchIndex, type SearchHit } from './index.ts';

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
    assert.deepEqual(hits.filter((h) => h.sourceId === id), direct, `index and searchText agree on ${id} for ${query}`);
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
  assert.ok(ala.some((h) => h.text === 'على'), 'على found by علي');
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
  assert.ok([...forms].every((f) => f === 'الولايات المتحده' || f === 'لولايات المتحده'), [...forms].join('|'));
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
  assert.deepEqual(wordForms('للرئيس').map((f) => f.form), ['للرئيس', 'رئيس', 'لرئيس', 'الرئيس']);
  assert.equal(searchText('قال للرئيس', 'الرئيس')[0]?.text, 'لرئيس');
  assert.equal(searchText('وكندي', 'كندي', { clitics: false }).length, 0);
  // Not a substring search: كندي does not find كندا.
  assert.ok(!hits.some((h) => h.text.includes('كندا')));
});

test('variants: one edit away when the longer word has 5+ letters (السوفيتي finds السوفييتي, كندي finds كيندي); never كندا', { skip }, () => {
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
});

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
  assert.deepEqual(all.map(({ start, end, text }) => ({ start, end, text })), searchText(`${line}\n${line}`, 'جون كيندي', { limit: 1e6 }));
  assert.ok(all.every((h) => h.text === 'جون كيندي'));
  assert.equal(new Set(all.map((h) => h.start)).size, all.length, 'no hit twice across a split');
  assert.equal(ix.search('جون كيندي', { limit: 5 }).length, 5);
  assert.deepEqual(ix.search('  ،.  '), []);
  assert.deepEqual(searchText('نص', ''), []);
  // A phrase never spans a line break.
  assert.equal(searchText('جون\nكيندي', 'جون كيندي').length, 0);
});
