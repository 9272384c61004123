// Compact normalized text: what search keeps per source so a query never normalizes a text again.
//
// normalizeArabic's output, one byte per normalized code unit (a one-byte V8 string, half the memory of the
// normalized text itself), with the same offsets:
// - word units (words() / scanWords: letters, marks, digits) keep their identity: ASCII as is, Arabic and
//   Persian/Urdu letters as one byte each (0x80…), anything else as WILD, whose real unit is kept aside;
// - line breaks (\n \r) stay, since phrases never match across them;
// - every other unit becomes a space.
// So a byte > 0x20 is a word unit, and words, phrases and their gaps read exactly as in the normalized text.
// The normalized → raw offset map is kept as the few places where raw − normalized changes (dropped
// harakat and tatweel, expanded ligatures): about 70 per 17,000-unit source instead of 4 bytes a unit.

import { normalizeArabic } from '../text/normalize.ts';

/** Code of a word unit without a byte of its own (Latin-1 letters, astral letters…): see CompactText.wild*. */
export const WILD = 0xff;
const SPACE = 0x20;

/** Normalized word units given the bytes 0x80, 0x81, … in this order (122 units). */
const CODED_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x0620, 0x064a], // Arabic letters (hamza … ya; ة ى أ … are folded by normalizeArabic, kept here anyway)
  [0x066e, 0x066f], // dotless beh and qaf
  [0x0671, 0x06bf], // Persian, Urdu and other extended letters (پ چ ژ گ ڈ ٹ ں …)
];

let WORD_UNIT: Uint8Array | undefined;

/**
 * Word units as words() defines them ([\p{L}\p{M}\p{N}]), as a table over the BMP: a /u property regex
 * per unit is far slower. Surrogates count as word units (astral letters; rare here).
 */
export function wordUnits(): Uint8Array {
  if (WORD_UNIT) return WORD_UNIT;
  const table = new Uint8Array(0x10000);
  const re = /[\p{L}\p{M}\p{N}]/u;
  for (let c = 0; c < 0x10000; c++) if ((c >= 0xd800 && c <= 0xdfff) || re.test(String.fromCharCode(c))) table[c] = 1;
  return (WORD_UNIT = table);
}

let ENCODE: Uint8Array | undefined;
/** Byte → normalized unit (0 for WILD and for bytes that are not word units). */
const DECODE = new Uint16Array(256);

function encodeTable(): Uint8Array {
  if (ENCODE) return ENCODE;
  const words = wordUnits();
  const table = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    if (!words[c]) table[c] = c === 0x0a || c === 0x0d ? c : SPACE;
    else table[c] = c < 0x80 ? c : WILD;
  }
  let code = 0x80;
  for (const [from, to] of CODED_RANGES) {
    for (let c = from; c <= to; c++, code++) {
      if (code >= WILD) throw new Error('compact: too many coded units');
      if (words[c]) table[c] = code;
      DECODE[code] = words[c] ? c : 0;
    }
  }
  for (let b = 0; b < 0x80; b++) DECODE[b] = words[b] ? b : 0;
  return (ENCODE = table);
}

type Utf16Decoder = { decode(units: Uint16Array): string };
const DecoderCtor = (globalThis as unknown as { TextDecoder?: new (label: string) => Utf16Decoder }).TextDecoder;
const UTF16: Utf16Decoder | undefined = DecoderCtor ? new DecoderCtor('utf-16le') : undefined;

/** Units per TextDecoder call: Node returns larger results as external two-byte strings (outside the heap). */
const DECODE_PIECE = 1 << 17;

/**
 * A flat string of units < 256, which V8 stores one byte a unit. Long texts are decoded in pieces and
 * joined (join builds one flat string; `+` would leave a tree of pieces for every later read to walk).
 */
function bytesToString(units: Uint16Array): string {
  if (UTF16 && units.length <= DECODE_PIECE) return UTF16.decode(units);
  const pieces: string[] = [];
  for (let i = 0; i < units.length; i += DECODE_PIECE) {
    const part = units.subarray(i, Math.min(units.length, i + DECODE_PIECE));
    if (UTF16) pieces.push(UTF16.decode(part));
    else
      for (let j = 0; j < part.length; j += 8192)
        pieces.push(String.fromCharCode.apply(null, part.subarray(j, j + 8192) as unknown as number[]));
  }
  return pieces.join('');
}

/** A normalized text in compact form; see the top of this file. */
export interface CompactText {
  /** One unit < 256 per normalized unit: word bytes (> 0x20), spaces, \n and \r. */
  text: string;
  /** From normalized offset mapAt[k] on (until mapAt[k + 1]), raw offset = normalized offset + mapDelta[k]. */
  mapAt: Int32Array;
  mapDelta: Int32Array;
  /** Normalized offsets (ascending) of the WILD bytes, and the normalized units they stand for. */
  wildAt: Int32Array;
  wildUnit: Uint16Array;
}

/** The bytes of the text being built, reused from text to text (the string is decoded from it). */
let scratch = new Uint16Array(1 << 16);

// normalizeArabic maps each raw unit on its own (keep, replace, drop or expand; see normalize.ts), so the
// compact form is built in one pass over the raw text from what normalizeArabic does to each unit alone,
// asked once per distinct unit: no normalized string, offset array or second pass per text. (The tests
// compare the result with normalizeArabic's text and offsets, should a rule ever look at its neighbours.)
const UNKNOWN = -1;
const DROPPED = -2;
/** Per raw unit: UNKNOWN, DROPPED, the one normalized unit, or -3 - index into EXPANDED. */
const LEARNED = new Int32Array(0x10000).fill(UNKNOWN);
const EXPANDED: Uint16Array[] = [];

function learn(unit: number): number {
  const { text } = normalizeArabic(String.fromCharCode(unit));
  let value: number;
  if (text.length === 0) value = DROPPED;
  else if (text.length === 1) value = text.charCodeAt(0);
  else {
    value = -3 - EXPANDED.length;
    EXPANDED.push(Uint16Array.from(text, (c) => c.charCodeAt(0)));
  }
  LEARNED[unit] = value;
  return value;
}

/**
 * The compact form of normalizeArabic(raw), and where each of `rawOffsets` (any order) falls in it: the
 * normalized offset of the first unit that comes from raw at or after that offset (so a raw slice [a, b)
 * is [at(a), at(b)) in the compact text).
 */
export function compactText(raw: string, rawOffsets: ArrayLike<number> = []): { compact: CompactText; at: Int32Array } {
  const enc = encodeTable();
  if (scratch.length < raw.length) scratch = new Uint16Array(Math.max(raw.length, scratch.length * 2));
  let units = scratch;
  const mapAt: number[] = [];
  const mapDelta: number[] = [];
  const wildAt: number[] = [];
  const wildUnit: number[] = [];
  let delta = NaN; // raw − normalized offset, from mapAt.at(-1) on
  let n = 0;
  for (let i = 0; i < raw.length; i++) {
    const unit = raw.charCodeAt(i);
    let a = LEARNED[unit]!;
    if (a === UNKNOWN) a = learn(unit);
    if (a === DROPPED) continue;
    if (a >= 0) {
      if (i - n !== delta) {
        delta = i - n;
        mapAt.push(n);
        mapDelta.push(delta);
      }
      const b = enc[a]!;
      units[n] = b;
      if (b === WILD) {
        wildAt.push(n);
        wildUnit.push(a);
      }
      n++;
      continue;
    }
    const exp = EXPANDED[-3 - a]!;
    if (n + exp.length + (raw.length - i) > units.length) {
      const grown = new Uint16Array(units.length + exp.length + (raw.length >> 1) + 16);
      grown.set(units.subarray(0, n));
      units = scratch = grown;
    }
    for (let k = 0; k < exp.length; k++) {
      // Every unit of an expansion (the ل and the ا of ﻻ) maps back to the one raw unit.
      if (i - n !== delta) {
        delta = i - n;
        mapAt.push(n);
        mapDelta.push(delta);
      }
      const b = enc[exp[k]!]!;
      units[n] = b;
      if (b === WILD) {
        wildAt.push(n);
        wildUnit.push(exp[k]!);
      }
      n++;
    }
  }
  if (raw.length - n !== delta) {
    mapAt.push(n);
    mapDelta.push(raw.length - n);
  }
  const compact: CompactText = {
    text: bytesToString(units.subarray(0, n)),
    mapAt: Int32Array.from(mapAt),
    mapDelta: Int32Array.from(mapDelta),
    wildAt: Int32Array.from(wildAt),
    wildUnit: Uint16Array.from(wildUnit),
  };
  const at = new Int32Array(rawOffsets.length);
  for (let k = 0; k < rawOffsets.length; k++) at[k] = compactOffset(compact, rawOffsets[k]!);
  return { compact, at };
}

/** The first normalized offset p whose raw offset is >= r (the text's length if none). */
function compactOffset(c: CompactText, r: number): number {
  let lo = 0;
  let hi = c.text.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (rawOffset(c, mid) < r) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First index in [lo, hi) with a[index] >= value (hi if none). */
function lowerBound(a: ArrayLike<number>, value: number, lo: number, hi: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Last index k with a[k] <= value (a[0] <= value is assumed). */
function floorIndex(a: Int32Array, value: number): number {
  let lo = 0;
  let hi = a.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (a[mid]! <= value) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Raw offset of normalized offset p (normalizeArabic's toRaw[p]). */
export function rawOffset(c: CompactText, p: number): number {
  const map = c.mapAt;
  return p + c.mapDelta[map.length === 1 ? 0 : floorIndex(map, p)]!;
}

/** The normalized unit behind byte b at p (0 for spaces and line breaks). */
function unitAt(c: CompactText, p: number, b: number): number {
  if (b !== WILD) return DECODE[b]!;
  return c.wildUnit[lowerBound(c.wildAt, p, 0, c.wildAt.length)]!;
}

/** The normalized text of the word units [start, end) (a word or part of one). */
export function decodeWord(c: CompactText, start: number, end: number): string {
  encodeTable();
  const text = c.text;
  let out = '';
  for (let i = start; i < end; i++) out += String.fromCharCode(unitAt(c, i, text.charCodeAt(i)));
  return out;
}

/** A normalized word (or tail of one) in compact form: what indexOf looks for in CompactText.text. */
export function encodeWord(word: string): string {
  const enc = encodeTable();
  let out = '';
  for (let i = 0; i < word.length; i++) out += String.fromCharCode(enc[word.charCodeAt(i)]!);
  return out;
}
