// How much of a file the decoder could not read: the invalid byte sequences it replaced with U+FFFD, and the
// byte offset of the first, so the researcher sees that (and where) the text was damaged and can pick another
// encoding, instead of finding "�" by chance.

export interface Replaced {
  /** Invalid byte sequences replaced by U+FFFD (one each, as TextDecoder does). */
  count: number;
  /** Byte offset of the first one in the decoded bytes (after a BOM). */
  firstOffset: number;
}

/** Undefined when `bytes` decode cleanly with `encoding` (a U+FFFD written in the file itself is not counted). */
export function replacedBytes(bytes: Uint8Array, encoding: string, text: string): Replaced | undefined {
  try {
    new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
    return undefined;
  } catch {
    // Some bytes were replaced: count and locate them below.
  }
  const count = countReplacements(text) - (encoding === 'utf-8' ? literalUtf8Replacements(bytes) : 0);
  return { count: Math.max(1, count), firstOffset: firstInvalidOffset(bytes, encoding) };
}

function countReplacements(text: string): number {
  let count = 0;
  for (let i = text.indexOf('\uFFFD'); i >= 0; i = text.indexOf('\uFFFD', i + 1)) count++;
  return count;
}

/** EF BF BD: a real U+FFFD in UTF-8, decoded as itself. */
function literalUtf8Replacements(bytes: Uint8Array): number {
  let count = 0;
  for (let i = 0; i + 2 < bytes.length; i++) {
    if (bytes[i] === 0xef && bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) count++;
  }
  return count;
}

/**
 * The smallest prefix a strict streaming decoder refuses ends at the byte that broke the text (found by
 * bisection: about 25 decodes of a 20 MB file, and only for files that failed the strict decode). When that
 * byte ended a sequence begun before it (a UTF-8 lead byte followed by a non-continuation), the replaced
 * sequence starts at the lead.
 */
function firstInvalidOffset(bytes: Uint8Array, encoding: string): number {
  const refuses = (length: number, stream = true) => {
    try {
      new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(0, length), { stream });
      return false;
    } catch {
      return true;
    }
  };
  // A sequence cut by the end of the file is refused only by the final, non-streaming decode.
  if (!refuses(bytes.length)) return encoding === 'utf-8' ? lastLeadOffset(bytes, bytes.length) : bytes.length - 1;
  let low = 0;
  let high = bytes.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (refuses(mid)) high = mid;
    else low = mid + 1;
  }
  const breaking = Math.max(0, low - 1);
  const pending = breaking > 0 && refuses(breaking, false);
  return pending && encoding === 'utf-8' ? lastLeadOffset(bytes, breaking) : breaking;
}

/** The lead byte of the unfinished UTF-8 sequence that ends just before `end`. */
function lastLeadOffset(bytes: Uint8Array, end: number): number {
  let i = end - 1;
  while (i > 0 && end - i < 4 && (bytes[i]! & 0xc0) === 0x80) i--;
  return i;
}
