// Recognises content that is not text: well-known binary formats by their first bytes, and decoded
// content with NUL or many control characters (checked after decoding, since UTF-16 text is full of NUL bytes).

/** Signatures of files people drop by mistake; none of them can start a plain text file. */
const MAGIC: ReadonlyArray<{ kind: string; bytes: readonly number[] }> = [
  { kind: 'a PDF document', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { kind: 'a ZIP archive (or .docx/.xlsx/.epub)', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { kind: 'a ZIP archive', bytes: [0x50, 0x4b, 0x05, 0x06] }, // an empty archive
  { kind: 'a PNG image', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { kind: 'a JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { kind: 'a GIF image', bytes: [0x47, 0x49, 0x46, 0x38] }, // GIF8
  { kind: 'a gzip archive', bytes: [0x1f, 0x8b] },
  { kind: 'a program (ELF)', bytes: [0x7f, 0x45, 0x4c, 0x46] },
];

/** Why `bytes` are a known binary format ("a PNG image"), or undefined. */
export function binaryFormatOf(bytes: Uint8Array): string | undefined {
  return MAGIC.find((magic) => magic.bytes.every((byte, i) => bytes[i] === byte))?.kind;
}

/**
 * Text carries at most a stray control character (an escape code, a pasted oddity); random or compressed
 * bytes decoded with a single-byte table give ~11%. 2% is twice chardet's byte-level threshold, so one
 * stray control in a short file does not refuse it.
 */
const MAX_CONTROL_SHARE = 0.02;

/** Why decoded `text` is not text ("it contains NUL characters"), or undefined. */
export function binaryReasonOf(text: string): string | undefined {
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit === 0) return 'it contains NUL characters';
    if (isControl(unit)) controls++;
  }
  const share = controls / text.length;
  if (share <= MAX_CONTROL_SHARE) return undefined;
  return `${(share * 100).toFixed(1)}% of its characters are control characters`;
}

/** C0 controls except tab, LF, VT, FF and CR; DEL; the C1 range. */
function isControl(unit: number): boolean {
  return (unit < 0x20 && (unit < 0x09 || unit > 0x0d)) || (unit >= 0x7f && unit <= 0x9f);
}
