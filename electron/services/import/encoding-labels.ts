// Encoding names: checks a label against what TextDecoder supports and maps jschardet's names
// (Python codec style: 'Windows-1256', 'utf-16-le', 'UTF-8-SIG') to lower-case WHATWG names.

/**
 * jschardet names TextDecoder does not accept as labels. Its other names ('Windows-1256',
 * 'ISO-8859-6', 'KOI8-R', 'GB18030' …) already are WHATWG labels once lower-cased.
 */
const DETECTOR_TO_WHATWG: Readonly<Record<string, string>> = {
  // A UTF-8 BOM; the BOM check normally catches it before the detector runs.
  'utf-8-sig': 'utf-8',
  'utf-16-le': 'utf-16le',
  'utf-16-be': 'utf-16be',
  // Plain ASCII is valid UTF-8, and the UTF-8 check runs first; map it anyway for completeness.
  ascii: 'utf-8',
};

/** The canonical lower-case WHATWG name for `label`, or undefined when TextDecoder does not support it. */
export function canonicalEncoding(label: string): string | undefined {
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    // RangeError: an unknown label, or one of the 'replacement' labels TextDecoder refuses.
    return undefined;
  }
}

/** Maps a jschardet encoding name to a supported WHATWG name; undefined for null or unsupported names. */
export function detectorNameToWhatwg(name: string | null): string | undefined {
  if (name === null) return undefined;
  const lower = name.toLowerCase();
  return canonicalEncoding(DETECTOR_TO_WHATWG[lower] ?? lower);
}
