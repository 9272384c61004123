// How a hit matches its query, and which spelling variants to keep. A hit is the query's own form ("exact"),
// an alias, the same word with other proclitics than the query typed ("other-form": وبوتين → بوتين), another
// inflection (روسيا → روسية: only its ending differs) or a spelling variant (كندي → كيندي). Exact forms rank
// first. Variants are kept only where they are one word spelled two ways: one of the two is rare in the
// searched texts, both are names (words the texts never write with ال), or they differ by a long vowel inside
// the word (السوفيتي / السوفييتي, امريكية / اميركية: how transliterations vary). A common word never becomes
// another common word by a changed consonant (السلاح ↛ السلام) or a changed ending (روسيا ↛ روسية).

import { normalizeArabic } from '../text/normalize.ts';
import { words } from '../text/words.ts';
import { CLITICS, type QueryPlan, type Term } from './query.ts';

export type HitForm = 'exact' | 'alias' | 'other-form' | 'inflection' | 'variant';
export const FORM_RANK: Record<HitForm, number> = { exact: 0, alias: 1, 'other-form': 2, inflection: 3, variant: 4 };

/** Word frequencies of the searched texts. */
export interface Lexicon {
  /** Occurrences of a normalized word written bare (as it stands in the text, proclitics included). */
  bare(word: string): number;
  /** Word occurrences in all. */
  total: number;
}

/** A lexicon of a few texts, counted directly (Ctrl+F searches one source without the index). */
export function textLexicon(texts: readonly string[]): Lexicon {
  const counts = new Map<string, number>();
  let total = 0;
  for (const t of texts)
    for (const w of words(normalizeArabic(t).text)) {
      counts.set(w.text, (counts.get(w.text) ?? 0) + 1);
      total++;
    }
  return { bare: (w) => counts.get(w) ?? 0, total };
}

/** Letters a word's inflections end with: ة/ه, ي, ا, and the plural and dual endings. */
const ENDINGS = /^(?:ه|ي|ا|يه|يا|ات|ون|ين|ان|تان|تين|ها|هم)?$/u;

/**
 * The word a hit stands for: its normalized text, or with the ا of ال put back where the text contracted ل + ال
 * to لل ("للسماح": the hit is "لسماح", the word السماح).
 */
function readingOf(r: string, term: Term): string {
  if (!r.startsWith('ل') || r.startsWith('ال') || term.exact.has(r)) return r;
  const restored = `ا${r}`;
  return term.exact.has(restored) || (term.word.startsWith('ال') && Math.abs(restored.length - term.word.length) <= 1)
    ? restored
    : r;
}

function formOfWord(hit: string, term: Term): HitForm {
  const r = readingOf(hit, term);
  if (r === term.word) return 'exact';
  if (term.aliases.has(r)) return 'alias';
  if (term.stems.has(r)) return 'other-form';
  let i = 0;
  const w = term.word;
  while (i < r.length && i < w.length && r[i] === w[i]) i++;
  return i >= 3 && ENDINGS.test(r.slice(i)) && ENDINGS.test(w.slice(i)) ? 'inflection' : 'variant';
}

/** The form of a hit: the worst of its words' (a phrase is exact only when every word is). */
export function hitForm(hitText: string, plan: QueryPlan): HitForm {
  const ws = words(normalizeArabic(hitText).text).map((w) => w.text);
  let worst: HitForm = 'exact';
  plan.terms.forEach((term, j) => {
    const f = ws[j] === undefined ? 'variant' : formOfWord(ws[j]!, term);
    if (FORM_RANK[f] > FORM_RANK[worst]) worst = f;
  });
  return worst;
}

/** Occurrences of a word in every proclitic form (وكندي, لكندي, كندي). */
function count(lex: Lexicon, word: string): number {
  let n = lex.bare(word);
  for (const p of CLITICS) n += lex.bare(p + word);
  return n;
}

const rare = (lex: Lexicon, w: string) => count(lex, w) <= Math.max(1, Math.floor(lex.total / 50_000));
const isName = (lex: Lexicon, w: string) => !w.startsWith('ال') && count(lex, `ال${w}`) === 0;

const VOWELS = 'اوي';

/** One long vowel added or dropped, or swapped with its neighbour, not at either end of the word. */
function innerVowelEdit(a: string, b: string): boolean {
  const [s, l] = a.length <= b.length ? [a, b] : [b, a];
  if (l.length === s.length + 1) {
    let i = 0;
    while (i < s.length && s[i] === l[i]) i++;
    return l.slice(i + 1) === s.slice(i) && VOWELS.includes(l[i]!) && i > 0 && i < l.length - 1;
  }
  if (l.length !== s.length) return false;
  let i = 0;
  while (i < s.length && s[i] === l[i]) i++;
  const swapped = i + 1 < s.length && s[i] === l[i + 1] && s[i + 1] === l[i] && s.slice(i + 2) === l.slice(i + 2);
  return swapped && (VOWELS.includes(s[i]!) || VOWELS.includes(s[i + 1]!)) && i > 0 && i + 1 < s.length - 1;
}

/** Whether the texts let `variant` stand for the query word `word` (see the header). */
export function variantAllowed(lex: Lexicon, word: string, variant: string): boolean {
  return (
    innerVowelEdit(word, variant) ||
    rare(lex, word) ||
    rare(lex, variant) ||
    (isName(lex, word) && isName(lex, variant))
  );
}

/** The words a hit stands for, one per query term (normalized, ل + ال restored). */
export function hitWords(hitText: string, plan: QueryPlan): string[] {
  return words(normalizeArabic(hitText).text).map((w, j) =>
    plan.terms[j] ? readingOf(w.text, plan.terms[j]!) : w.text,
  );
}
