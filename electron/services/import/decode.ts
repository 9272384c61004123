// Turns the bytes of an imported file into text and records which encoding was used and how sure we are.
// Order: the user's choice, a BOM, BOM-less UTF-16, strict UTF-8, slightly damaged UTF-8, then jschardet.

import { detectAll } from 'jschardet';
import { WorkbenchError } from '../../../shared/errors.ts';
import type { EncodingInfo } from '../../../shared/workspace/model.ts';
import { canonicalEncoding, detectorNameToWhatwg } from './encoding-labels.ts';
import { replacedBytes } from './replaced-bytes.ts';
import { guessUtf16 } from './utf16.ts';

export interface DecodedText {
  text: string;
  encoding: EncodingInfo;
}

/**
 * Decodes `bytes`; `override` is a WHATWG label the user chose, used as is. A BOM is removed. BOM-less
 * UTF-16 is tried before UTF-8 because Arabic UTF-16LE is also valid (if absurd) UTF-8.
 */
export function decodeBytes(bytes: Uint8Array, override?: string): DecodedText {
  if (override !== undefined) return decodeWith(bytes, assertKnownEncoding(override), 1, 'user');
  return (
    decodeByBom(bytes) ??
    decodeUtf16WithoutBom(bytes) ??
    decodeStrictUtf8(bytes) ??
    decodeDamagedUtf8(bytes) ??
    decodeByDetector(bytes)
  );
}

/** The canonical name of a user-given label; 'invalid-argument' naming it when TextDecoder lacks it. */
export function assertKnownEncoding(label: string): string {
  const name = canonicalEncoding(label);
  if (name !== undefined) return name;
  throw new WorkbenchError(
    'invalid-argument',
    `unknown encoding "${label}"; use a WHATWG encoding label such as utf-8, windows-1256 or iso-8859-6`,
  );
}

const BOMS: ReadonlyArray<{ bytes: readonly number[]; name: string }> = [
  { bytes: [0xef, 0xbb, 0xbf], name: 'utf-8' },
  // UTF-32 BOMs first: the UTF-32LE BOM begins with the UTF-16LE one.
  { bytes: [0xff, 0xfe, 0x00, 0x00], name: 'utf-32le' },
  { bytes: [0x00, 0x00, 0xfe, 0xff], name: 'utf-32be' },
  { bytes: [0xff, 0xfe], name: 'utf-16le' },
  { bytes: [0xfe, 0xff], name: 'utf-16be' },
];

function decodeByBom(bytes: Uint8Array): DecodedText | undefined {
  const bom = BOMS.find((candidate) => candidate.bytes.every((byte, i) => bytes[i] === byte));
  if (bom === undefined) return undefined;
  if (bom.name.startsWith('utf-32')) {
    // TextDecoder has no UTF-32; decoding it as UTF-16 would yield NULs and a misleading "binary" error.
    throw new WorkbenchError('import-unsupported', 'UTF-32 text is not supported; save the file as UTF-8');
  }
  return decodeWith(bytes.subarray(bom.bytes.length), bom.name, 1, 'bom');
}

function decodeUtf16WithoutBom(bytes: Uint8Array): DecodedText | undefined {
  const guess = guessUtf16(bytes);
  if (guess === undefined) return undefined;
  const encoding = { name: guess.label, confidence: guess.confidence, detectedBy: 'detector' } as const;
  return withReplaced(bytes, { text: guess.text, encoding });
}

function decodeStrictUtf8(bytes: Uint8Array): DecodedText | undefined {
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    return { text, encoding: { name: 'utf-8', confidence: 1, detectedBy: 'utf-8' } };
  } catch {
    return undefined;
  }
}

/**
 * A UTF-8 file with a few broken bytes (a cut copy, a bad transfer) is still UTF-8; jschardet then guesses
 * wildly (IBM855 for a corpus text with one stray byte). Single-byte Arabic text is almost never valid
 * UTF-8 (a lead byte like 0xC7 is followed by another letter, not a continuation byte), so its share of
 * broken characters is near 1, far above this 5%.
 */
const MAX_BROKEN_UTF8_SHARE = 0.05;
/** Fewer valid multi-byte characters than this could be chance in a single-byte file. */
const MIN_UTF8_EVIDENCE = 20;

function decodeDamagedUtf8(bytes: Uint8Array): DecodedText | undefined {
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  let valid = 0;
  let broken = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit === 0xfffd) broken++;
    else if (unit >= 0x80) valid++;
  }
  const share = broken / (valid + broken);
  if (valid < MIN_UTF8_EVIDENCE || share > MAX_BROKEN_UTF8_SHARE) return undefined;
  return withReplaced(bytes, { text, encoding: { name: 'utf-8', confidence: 1 - share, detectedBy: 'detector' } });
}

/**
 * Used when jschardet names nothing TextDecoder supports (it says null for binary-looking bytes).
 * windows-1256 is the usual legacy encoding of Arabic and maps every byte to a character, so the text
 * stays inspectable; confidence 0 says honestly that nothing was detected, so the UI should ask.
 */
const FALLBACK_ENCODING = 'windows-1256';

/**
 * The encodings the detector may choose from (jschardet's names): UTF, Arabic (windows-1256, ISO-8859-6)
 * and Western European (for English/French sources). Sources here come in these; allowing every legacy
 * encoding made short Arabic texts come out as Cyrillic, Greek or Chinese. Measured on corpus snippets
 * in cp1256: 4 bytes right 77% → 92%, 8 bytes 89% → 94%; 48 bytes and more unchanged (99.8%). A file in
 * another legacy encoding (Cyrillic, Hebrew, CJK) is decoded wrongly and needs the user's override.
 * cp720/cp864 (DOS Arabic) are left out because TextDecoder cannot decode them.
 */
const DETECTABLE = ['utf-8', 'utf-16-le', 'utf-16-be', 'cp1256', 'iso8859-6', 'cp1252', 'iso8859-1', 'iso8859-15'];

function decodeByDetector(bytes: Uint8Array): DecodedText {
  // Candidates come best first; take the first TextDecoder can decode.
  for (const candidate of detectAll(bytes, { detectEncodings: DETECTABLE })) {
    const name = detectorNameToWhatwg(candidate.encoding);
    if (name !== undefined) return decodeWith(bytes, name, clamp01(candidate.confidence), 'detector');
  }
  return decodeWith(bytes, FALLBACK_ENCODING, 0, 'detector');
}

function decodeWith(
  bytes: Uint8Array,
  name: string,
  confidence: number,
  detectedBy: EncodingInfo['detectedBy'],
): DecodedText {
  // Not fatal: a wrong choice shows as U+FFFD the user can see, rather than failing the import.
  const decoder = new TextDecoder(name);
  return withReplaced(bytes, {
    text: decoder.decode(bytes),
    encoding: { name: decoder.encoding, confidence, detectedBy },
  });
}

/** Records what the decoder replaced (replaced-bytes.ts), so the UI and the CLI can say so. */
function withReplaced(bytes: Uint8Array, decoded: DecodedText): DecodedText {
  const replaced = replacedBytes(bytes, decoded.encoding.name, decoded.text);
  return replaced ? { ...decoded, encoding: { ...decoded.encoding, replaced } } : decoded;
}

/** jschardet boosts some multi-byte scores above 1; EncodingInfo wants 0..1. */
function clamp01(value: number): number {
  return Math.min(1, Math.max(0, value));
}
