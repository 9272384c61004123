// Recognises UTF-16 text that has no BOM. Needed before the UTF-8 check: Arabic in UTF-16LE is bytes
// 0x21–0x4A followed by 0x06, all below 0x80, so it is also "valid UTF-8" full of control characters.

type Utf16Label = 'utf-16le' | 'utf-16be';

export interface Utf16Guess {
  label: Utf16Label;
  /** Share of sampled code units that fall in the text blocks below (at least MIN_TEXT_BLOCK_SHARE). */
  confidence: number;
  /** The whole input decoded strictly, so the caller does not decode it twice. */
  text: string;
}

/**
 * High bytes of code units that real Arabic/English text lives in: 0x00–0x08 (ASCII, Latin, IPA and
 * combining marks, Greek, Cyrillic, Hebrew, Arabic, Syriac, Arabic Supplement/Extended-A), 0x1E (Latin
 * Extended Additional: transliteration such as ḥ ṣ), 0x20 (punctuation, ZWNJ, bidi marks) and 0xFB–0xFE
 * (Arabic presentation forms). Bytes 0x00–0x08, 0xFB–0xFE never alternate like this in UTF-8 or
 * single-byte text, and CJK or random data rarely lands here.
 */
const TEXT_HIGH_BYTES = new Set([
  0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x1e, 0x20, 0xfb, 0xfc, 0xfd, 0xfe,
]);

/** Nearly every code unit must be in those blocks; 5% leaves room for a stray emoji or symbol. */
const MIN_TEXT_BLOCK_SHARE = 0.95;

/** Text is mostly letters; 0x20xx punctuation runs (ASCII "a b c" read as UTF-16LE) are not. */
const MIN_LETTER_SHARE = 0.5;

/** Control, unassigned or private-use characters are allowed at most this share (a stray one). */
const MAX_JUNK_SHARE = 0.01;

/** Statistics on 64 KB are as conclusive as on the whole file; the full strict decode checks the rest. */
const SAMPLE_BYTES = 64 * 1024;

/** UTF-16LE or UTF-16BE when `bytes` (without a BOM) look like UTF-16 text, else undefined. */
export function guessUtf16(bytes: Uint8Array): Utf16Guess | undefined {
  if (bytes.length < 2) return undefined;
  const sample = bytes.subarray(0, Math.min(bytes.length, SAMPLE_BYTES) & ~1);
  const le = textBlockShare(sample, 1);
  const be = textBlockShare(sample, 0);
  // Latin or Arabic text scores high in one order only; on a tie prefer LE, Windows' default.
  const label: Utf16Label = le >= be ? 'utf-16le' : 'utf-16be';
  const share = Math.max(le, be);
  if (share < MIN_TEXT_BLOCK_SHARE) return undefined;
  if (!looksLikeText(decodeStrict(sample, label, true))) return undefined;
  const text = decodeStrict(bytes, label, false);
  if (text === undefined) return undefined;
  return { label, confidence: share, text };
}

/** Share of code units whose high byte (at `highOffset` in each pair) is in TEXT_HIGH_BYTES. */
function textBlockShare(sample: Uint8Array, highOffset: 0 | 1): number {
  const units = sample.length / 2;
  let inBlocks = 0;
  for (let i = highOffset; i < sample.length; i += 2) {
    if (TEXT_HIGH_BYTES.has(sample[i]!)) inBlocks++;
  }
  return inBlocks / units;
}

/** `partial`: the bytes are a sample, so a surrogate pair cut at its end is not an error. */
function decodeStrict(bytes: Uint8Array, label: Utf16Label, partial: boolean): string | undefined {
  try {
    // A trailing odd byte is a cut-off file, not evidence against UTF-16: leave it out.
    const whole = bytes.subarray(0, bytes.length & ~1);
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(whole, { stream: partial });
  } catch {
    return undefined; // unpaired surrogates: not UTF-16 in this byte order
  }
}

const LETTER = /[\p{L}\p{M}]/gu;
const SPACE = /\s/gu;
// Controls other than tab, LF, VT, FF, CR; unassigned; private use; lone surrogates.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const JUNK = /[\x00-\x08\x0E-\x1F\x7F-\x9F\p{Cn}\p{Co}\p{Cs}]/gu;

function looksLikeText(text: string | undefined): boolean {
  if (text === undefined || text.length === 0) return false;
  const letters = count(text, LETTER);
  const nonSpace = text.length - count(text, SPACE);
  if (nonSpace === 0) return false;
  return letters / nonSpace >= MIN_LETTER_SHARE && count(text, JUNK) / text.length <= MAX_JUNK_SHARE;
}

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}
