// The small text rules of an import: which line ends are stored, and which way a text reads
// (rtl when Arabic-script letters outnumber Latin ones).

/** CRLF (Windows) and lone CR (old Mac) become LF, so offsets do not depend on where a file was saved. */
export function normalizeLineEnds(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/** A leading U+FEFF left by a BOM the decoder kept or a file that carries two. */
export function stripLeadingBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

const ARABIC = 1;
const LATIN = 2;

/** Script class of every BMP code unit, built once from Unicode properties so it stays exact and fast. */
let letterClasses: Uint8Array | undefined;

function classes(): Uint8Array {
  if (letterClasses) return letterClasses;
  const table = new Uint8Array(0x10000);
  const arabic = /^(?=\p{L})\p{Script=Arabic}$/u;
  const latin = /^(?=\p{L})\p{Script=Latin}$/u;
  for (let unit = 0; unit < 0x10000; unit++) {
    if (unit >= 0xd800 && unit <= 0xdfff) continue; // surrogates: not characters on their own
    const char = String.fromCharCode(unit);
    if (arabic.test(char)) table[unit] = ARABIC;
    else if (latin.test(char)) table[unit] = LATIN;
  }
  letterClasses = table;
  return table;
}

/** 'rtl' when Arabic-script letters outnumber Latin letters; digits, punctuation and marks do not count. */
export function textDirection(text: string): 'rtl' | 'ltr' {
  const table = classes();
  let arabic = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const kind = table[text.charCodeAt(i)];
    if (kind === ARABIC) arabic++;
    else if (kind === LATIN) latin++;
  }
  return arabic > latin ? 'rtl' : 'ltr';
}
