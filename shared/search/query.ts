// Query planning for Arabic search: the options and hit types, the proclitic tables, how a query word
// matches a text word (wordForms, matchWord), and the index tokens a query looks up (lookupTokens,
// forEachLookup).
//
// Matching is on normalizeArabic output, word by word: a query word matches a text word that equals it, or
// that is a proclitic (و ف ب ل ك ال and their combinations) followed by it: "ايزنهاور" finds "وإيزنهاور",
// and the hit starts after the proclitic. Multi-word queries match the words in sequence within one line.

import { normalizeArabic } from '../text/normalize.ts';
import { spellingVariant, words } from '../text/words.ts';
import { encodeWord } from './compact.ts';

export interface SearchOptions {
  /** Also match words of 5+ letters one edit or one swap away (spellingVariant). Opt-in: noisy in Arabic. */
  variants?: boolean;
  /** Groups of equivalent words: a query word in a group matches every word of the group. */
  aliases?: string[][];
  /** Most hits returned (default 1000). */
  limit?: number;
  /** Let a query word match after a proclitic (و ف ب ل ك ال …). Default true. */
  clitics?: boolean;
  /**
   * Strip proclitics from the query as from the text: "وبوتين" also finds بوتين, لبوتين. A stripped form is
   * searched when this says it is a word of the texts (so "ولد" never becomes لد, and بلد with it); the stem
   * keeps at least 2 letters. Absent: query words are searched as typed.
   */
  stems?: (stem: string) => boolean;
}

/** One hit: raw offsets (UTF-16 units) into the text and the raw slice. */
export interface TextHit {
  start: number;
  end: number;
  text: string;
}

export const DEFAULT_LIMIT = 1000;

/** Proclitics (normalized), longest first so the shortest stem is tried last. */
export const CLITICS = [
  'ولل',
  'فلل',
  'وال',
  'فال',
  'بال',
  'كال',
  'لل',
  'ال',
  'وب',
  'ول',
  'وك',
  'فب',
  'فل',
  'فك',
  'و',
  'ف',
  'ب',
  'ل',
  'ك',
];
/** ل + ال is written لل: after these, "لرئيس" is read as "الرئيس". */
export const LAM_LAM = ['ل', 'ول', 'فل'];
const CLITIC_START = new Set([...'وفبلكا'].map((c) => c.charCodeAt(0)));
/** The same in compact form (compact.ts). */
export const CLITIC_CODES = CLITICS.map(encodeWord);
const LAM_LAM_PREFIX_CODES = LAM_LAM.map(encodeWord);
/** LAM_LAM proclitics with the ل that follows them (p + ل). */
export const LAM_LAM_CODES = LAM_LAM.map((p) => encodeWord(`${p}ل`));
export const ALEF = encodeWord('ا').charCodeAt(0);
export const CLITIC_START_CODES = new Set(
  [...CLITIC_START].map((c) => encodeWord(String.fromCharCode(c)).charCodeAt(0)),
);
/** A stem left after a proclitic must have at least this many units (so "و" alone is not a stem). */
export const MIN_STEM = 2;

/** One way to read a text word: the form a query word must equal, and where in the word the hit starts. */
export interface WordForm {
  form: string;
  offset: number;
}

/**
 * The readings of a normalized text word: the word itself, then the word without each proclitic it starts
 * with, and for ل + ال contracted to لل ("للرئيس") the restored "الرئيس" (hit starting at the second ل).
 */
export function wordForms(word: string, clitics = true): WordForm[] {
  const out: WordForm[] = [{ form: word, offset: 0 }];
  if (!clitics) return out;
  for (const p of CLITICS) {
    if (word.length - p.length >= MIN_STEM && word.startsWith(p))
      out.push({ form: word.slice(p.length), offset: p.length });
  }
  for (const p of LAM_LAM) {
    if (word.length - p.length - 1 >= MIN_STEM && word.startsWith(`${p}ل`)) {
      out.push({ form: `ا${word.slice(p.length)}`, offset: p.length });
    }
  }
  return out;
}

/** One query word: the normalized forms it matches exactly, and the word itself for spelling variants. */
export interface Term {
  word: string;
  exact: Set<string>;
  /** The query word without the proclitics typed with it ("بالكرملين" → "الكرملين"), when searched. */
  stems: Set<string>;
  /** Alias forms of the word (the alias list). */
  aliases: Set<string>;
  /** What a word must end with to match exactly after a proclitic (the forms, and ال-forms without the ا). */
  tails: string[];
  fuzzy: boolean;
}

export interface QueryPlan {
  terms: Term[];
  clitics: boolean;
}

/** Normalized single words of a string (alias entries and query words go through the same normalization). */
function normalizedWords(s: string): string[] {
  return words(normalizeArabic(s).text).map((w) => w.text);
}

/** Normalizes the query and the aliases; an empty plan (no words) matches nothing. */
export function planQuery(query: string, opts: SearchOptions = {}): QueryPlan {
  const groups = (opts.aliases ?? [])
    .map((g) =>
      g
        .map(normalizedWords)
        .filter((w) => w.length === 1)
        .map((w) => w[0]!),
    )
    .filter((g) => g.length > 1);
  const terms = normalizedWords(query).map((word): Term => {
    const exact = new Set([word]);
    const aliases = new Set<string>();
    for (const g of groups) {
      if (!g.includes(word)) continue;
      for (const w of g.filter((w) => w !== word)) {
        exact.add(w);
        aliases.add(w);
      }
    }
    const stems = new Set<string>();
    if (opts.stems && opts.clitics !== false) {
      for (const f of wordForms(word).slice(1))
        if (!exact.has(f.form) && opts.stems(f.form)) {
          stems.add(f.form);
          exact.add(f.form);
        }
    }
    const tails = [...exact].flatMap((e) => (e.startsWith('ال') ? [e.slice(1)] : [e]));
    return { word, exact, stems, aliases, tails, fuzzy: opts.variants === true };
  });
  return { terms, clitics: opts.clitics !== false };
}

/** Where in `word` a hit for `term` starts, or -1: the same readings as wordForms, without allocating them. */
export function matchWord(word: string, term: Term, clitics: boolean): number {
  if (term.exact.has(word)) return 0;
  if (clitics && CLITIC_START.has(word.charCodeAt(0)) && term.tails.some((t) => word.endsWith(t))) {
    for (const p of CLITICS) {
      if (word.length - p.length >= MIN_STEM && word.startsWith(p) && term.exact.has(word.slice(p.length)))
        return p.length;
    }
    for (const p of LAM_LAM) {
      if (
        word.length - p.length - 1 >= MIN_STEM &&
        word.startsWith(`${p}ل`) &&
        term.exact.has(`ا${word.slice(p.length)}`)
      )
        return p.length;
    }
  }
  if (term.fuzzy && word.length >= 4)
    for (const f of wordForms(word, clitics)) if (spellingVariant(term.word, f.form)) return f.offset;
  return -1;
}

/**
 * Index tokens to look up for a term: its exact forms, each behind every proclitic (the index holds whole
 * words only), and with variants every spelling variant of the query word likewise.
 */
export function lookupTokens(term: Term, clitics: boolean): string[] {
  const stems = [...term.exact];
  if (term.fuzzy) stems.push(...editNeighbours(term.word));
  if (!clitics) return stems;
  const out = new Set<string>();
  for (const stem of stems) {
    out.add(stem);
    if (stem.length < MIN_STEM) continue;
    for (const p of CLITICS) out.add(p + stem);
    if (stem.startsWith('ال') && stem.length - 1 >= MIN_STEM) for (const p of LAM_LAM) out.add(`${p}${stem.slice(1)}`);
  }
  return [...out];
}

const ARABIC_LETTERS = 'ابتثجحخدذرزسشصضطظعغفقكلمنهويء';
const LATIN = 'abcdefghijklmnopqrstuvwxyz0123456789';

/**
 * Every string one edit or one swap from `word` that spellingVariant could accept (5+ letters), over the
 * normalized Arabic letters (or Latin letters and digits for a Latin word) plus the word's own letters:
 * the index looks these up instead of keeping a vocabulary.
 */
function editNeighbours(word: string): string[] {
  if (word.length < 4) return [];
  const alphabet = new Set([...(/[\u0600-\u06ff]/.test(word) ? ARABIC_LETTERS : LATIN), ...word]);
  const out = new Set<string>();
  for (let i = 0; i <= word.length; i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    for (const c of alphabet) {
      out.add(head + c + tail);
      if (i < word.length) out.add(head + c + word.slice(i + 1));
    }
    if (i < word.length) out.add(head + word.slice(i + 1));
    if (i + 1 < word.length) out.add(head + word[i + 1] + word[i] + word.slice(i + 2));
  }
  out.delete(word);
  return [...out].filter((w) => spellingVariant(word, w));
}

/**
 * lookupTokens in compact form (the same strings through encodeWord, which maps unit by unit), as
 * prefix + code.slice(from) without building them: an index looks up thousands for a variants query and
 * finds few. Tokens may repeat; callers keep the ones they find once.
 */
export function forEachLookup(
  term: Term,
  clitics: boolean,
  visit: (prefix: string, code: string, from: number) => void,
): void {
  const stems = [...term.exact];
  if (term.fuzzy) stems.push(...editNeighbours(term.word));
  for (const stem of stems) {
    const code = encodeWord(stem);
    visit('', code, 0);
    if (!clitics || stem.length < MIN_STEM) continue;
    for (const p of CLITIC_CODES) visit(p, code, 0);
    if (stem.startsWith('ال') && stem.length - 1 >= MIN_STEM) for (const p of LAM_LAM_PREFIX_CODES) visit(p, code, 1);
  }
}

/** The tokens of forEachLookup as strings, each once (lookupTokens through encodeWord). */
export function lookupCodes(term: Term, clitics: boolean): string[] {
  const out = new Set<string>();
  forEachLookup(term, clitics, (prefix, code, from) => out.add(prefix + code.slice(from)));
  return [...out];
}
