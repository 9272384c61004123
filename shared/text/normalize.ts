// Arabic normalization for search and matching: never for display or anchoring. Every normalized code unit
// keeps the raw offset it came from, so a hit in normalized text highlights the original characters.
// Table-driven: one Int32Array over the BMP says, for each code unit, keep / replace / drop / expand.
// Astral code units (surrogates) pass through unchanged, one for one.

import { DROPPED_RANGES, LATIN_FOLD_RANGES, PRESENTATION_RANGES, REPLACEMENTS } from './normalize-table.ts';

/** Normalized text plus, for each of its code units, the raw offset it came from (and raw.length at the end). */
export interface Normalized {
  text: string;
  /** toRaw[i] is the raw offset of normalized code unit i; toRaw[text.length] === raw.length. */
  toRaw: Int32Array;
}

// Action table: value >= 0 is the output code unit; DROP drops it; SURROGATE keeps it but notes that the
// fast string builder cannot be trusted (a lone surrogate); value <= EXPAND_BASE indexes EXPANSIONS.
const DROP = -1;
const SURROGATE = -2;
const EXPAND_BASE = -3;
const ACTION = new Int32Array(0x10000);
const EXPANSIONS: Uint16Array[] = [];

/** Applies the single-unit rules to a short string (used to post-process NFKC decompositions). */
function applySingle(s: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const a = ACTION[s.charCodeAt(i)]!;
    if (a >= 0) out.push(a);
  }
  return out;
}

function buildTable(): void {
  for (let c = 0; c < 0x10000; c++) ACTION[c] = c;
  for (const [from, to] of LATIN_FOLD_RANGES) {
    for (let c = from; c <= to; c++) {
      const lower = String.fromCharCode(c).toLowerCase();
      // Only one-to-one folds: İ → i̇ would change lengths for no search benefit.
      if (lower.length === 1) ACTION[c] = lower.charCodeAt(0);
    }
  }
  for (const [from, to] of Object.entries(REPLACEMENTS)) ACTION[from.charCodeAt(0)] = to.charCodeAt(0);
  for (const [from, to] of DROPPED_RANGES) for (let c = from; c <= to; c++) ACTION[c] = DROP;
  for (let c = 0xd800; c <= 0xdfff; c++) ACTION[c] = SURROGATE;
  // Presentation forms last: their NFKC decomposition goes through the rules above (ﻷ → لأ → لا).
  for (const [from, to] of PRESENTATION_RANGES) {
    for (let c = from; c <= to; c++) {
      if (ACTION[c] === DROP) continue; // U+FEFF (BOM) is a control, not a letter form.
      const nfkc = String.fromCharCode(c).normalize('NFKC');
      if (nfkc === String.fromCharCode(c)) continue; // unassigned or ornament (﴾ ﷽): keep as is
      const units = applySingle(nfkc);
      // Isolated harakat forms decompose to space + mark (ﹰ → " ً"): the mark is dropped, so is the space.
      if (units.every((u) => u === 0x20)) ACTION[c] = DROP;
      else if (units.length === 1) ACTION[c] = units[0]!;
      else {
        ACTION[c] = EXPAND_BASE - EXPANSIONS.length;
        EXPANSIONS.push(Uint16Array.from(units));
      }
    }
  }
}
buildTable();

// TextDecoder exists in Node and in Electron's renderer but not in the `types: []` lib of shared/, so it is
// looked up at run time; it builds a string from UTF-16 units about 2.5× faster than String.fromCharCode.
type Utf16Decoder = { decode(units: Uint16Array): string };
const DecoderCtor = (globalThis as unknown as { TextDecoder?: new (label: string) => Utf16Decoder }).TextDecoder;
const UTF16: Utf16Decoder | undefined = DecoderCtor ? new DecoderCtor('utf-16le') : undefined;

/**
 * Builds a string from code units; in chunks without TextDecoder (one spread of 44 MB overflows the stack).
 * TextDecoder would turn a lone surrogate into U+FFFD, so text with surrogates takes the slow path.
 */
function unitsToString(units: Uint16Array, length: number, surrogates: boolean): string {
  if (UTF16 && !surrogates) return UTF16.decode(units.subarray(0, length));
  const CHUNK = 8192;
  let out = '';
  for (let i = 0; i < length; i += CHUNK) {
    out += String.fromCharCode.apply(null, units.subarray(i, Math.min(length, i + CHUNK)) as unknown as number[]);
  }
  return out;
}

/** Normalizes Arabic (and Latin case) for matching; see normalize-table.ts for every rule and why. */
export function normalizeArabic(raw: string): Normalized {
  let units: Uint16Array = new Uint16Array(raw.length + 16);
  let toRaw: Int32Array = new Int32Array(raw.length + 17);
  let n = 0;
  let surrogates = false;
  for (let i = 0; i < raw.length; i++) {
    const a = ACTION[raw.charCodeAt(i)]!;
    if (a >= 0) {
      units[n] = a;
      toRaw[n++] = i;
    } else if (a === SURROGATE) {
      units[n] = raw.charCodeAt(i);
      toRaw[n++] = i;
      surrogates = true;
    } else if (a <= EXPAND_BASE) {
      const exp = EXPANSIONS[EXPAND_BASE - a]!;
      // Room for this expansion plus one unit for every raw unit still to come.
      const needed = n + exp.length + (raw.length - i) + 1;
      if (needed > units.length) [units, toRaw] = grow(units, toRaw, needed);
      // Every unit of an expansion (the ل and the ا of ﻻ) maps back to the one raw ligature.
      for (let k = 0; k < exp.length; k++) {
        units[n] = exp[k]!;
        toRaw[n++] = i;
      }
    }
  }
  toRaw[n] = raw.length;
  return { text: unitsToString(units, n, surrogates), toRaw: toRaw.subarray(0, n + 1) };
}

/** Expansions can make the output longer than the input (ﷺ is 18 letters): grow both buffers together. */
function grow(units: Uint16Array, toRaw: Int32Array, needed: number): [Uint16Array, Int32Array] {
  const size = Math.max(needed, units.length + (units.length >> 1));
  const u = new Uint16Array(size);
  u.set(units);
  const t = new Int32Array(size + 1);
  t.set(toRaw);
  return [u, t];
}

/** Combining marks that belong to the letter before them (harakat, Quranic marks): a span must keep them. */
function isCombiningMark(unit: number): boolean {
  return (
    (unit >= 0x064b && unit <= 0x065f) ||
    unit === 0x0670 ||
    (unit >= 0x0610 && unit <= 0x061a) ||
    (unit >= 0x06d6 && unit <= 0x06dc) ||
    (unit >= 0x06df && unit <= 0x06e4) ||
    unit === 0x06e7 ||
    unit === 0x06e8 ||
    (unit >= 0x06ea && unit <= 0x06ed) ||
    (unit >= 0x0300 && unit <= 0x036f)
  );
}

/**
 * Maps a normalized [start, end) back to raw [start, end) covering whole raw characters: dropped marks and
 * tatweel between the first and last letter are inside; harakat on the last letter stay with it (they are
 * part of that character); a tatweel or bidi mark after it, or marks of the previous letter, stay outside.
 */
export function toRawSpan(raw: string, norm: Normalized, start: number, end: number): { start: number; end: number } {
  const rawStart = norm.toRaw[start]!;
  if (end <= start) return { start: rawStart, end: rawStart };
  let rawEnd = norm.toRaw[end - 1]! + 1;
  if (rawEnd < raw.length && isLowSurrogate(raw.charCodeAt(rawEnd))) rawEnd++;
  while (rawEnd < raw.length && isCombiningMark(raw.charCodeAt(rawEnd))) rawEnd++;
  return { start: rawStart, end: rawEnd };
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}
