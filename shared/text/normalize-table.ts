// The rules of normalizeArabic, as data. Each entry says why it is there; the unit tests check one rule each.
// Ranges are inclusive [from, to] code units.

/**
 * One letter for another. Spellings that writers (and OCR, and keyboards) use interchangeably must match:
 * searching اسلام must find إسلام, and مدرسه must find مدرسة.
 */
export const REPLACEMENTS: Readonly<Record<string, string>> = {
  // Alef forms: hamza above/below, madda and wasla are very often omitted in real text.
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ٱ: 'ا',
  ٲ: 'ا',
  ٳ: 'ا',
  ٵ: 'ا', // wavy hamza alefs and high-hamza alef (rare, same letter for search)
  // Alef maqsura and ya are confused at word ends (Egyptian print drops ya's dots): علي / على.
  ى: 'ي',
  // Ta marbuta is written as ha without dots, often: مدرسة / مدرسه.
  ة: 'ه',
  // Hamza on carriers: the carrier is the letter people type when they skip the hamza (مسؤول / مسوول).
  ؤ: 'و',
  ٶ: 'و',
  ئ: 'ي',
  ٸ: 'ي',
  // Standalone hamza ء is KEPT: it is a letter of its own (جزء, سماء); dropping it would merge جزء with جز.
  // U+0674 high hamza (Kazakh/Persian typing of standalone hamza) becomes the ordinary ء.
  ٴ: 'ء',
  // Persian/Urdu letters that Arabic-script keyboards outside the Arab world produce for the same letters.
  ک: 'ك',
  ڪ: 'ك', // keheh and swash kaf
  ی: 'ي',
  ې: 'ي',
  ۍ: 'ي',
  ێ: 'ي',
  ے: 'ي',
  ؠ: 'ي', // Farsi yeh, and yeh variants (Pashto, Urdu)
  ە: 'ه',
  ۀ: 'ه',
  ہ: 'ه',
  ۂ: 'ه',
  ۃ: 'ه',
  ھ: 'ه', // ae, heh with yeh (Persian ezafe), heh goal, doachashmee
  // Digits: Arabic-Indic and Extended (Persian/Urdu) to ASCII, so ٢٠٠١ and ۲۰۰۱ match 2001.
  '٠': '0',
  '١': '1',
  '٢': '2',
  '٣': '3',
  '٤': '4',
  '٥': '5',
  '٦': '6',
  '٧': '7',
  '٨': '8',
  '٩': '9',
  '۰': '0',
  '۱': '1',
  '۲': '2',
  '۳': '3',
  '۴': '4',
  '۵': '5',
  '۶': '6',
  '۷': '7',
  '۸': '8',
  '۹': '9',
};

/** Dropped entirely: they change how a word looks or is voiced, never which word it is. */
export const DROPPED_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x0640, 0x0640], // tatweel: stretches letters for layout
  [0x064b, 0x0652], // tashkeel: tanween, fatha, damma, kasra, shadda, sukun
  [0x0653, 0x065f], // madda/hamza above/below as combining marks (NFD of آ أ إ) and rare vowel signs
  [0x0670, 0x0670], // superscript (dagger) alef
  [0x0610, 0x061a], // Quranic honorifics and small high letters
  [0x06d6, 0x06ed], // Quranic annotation marks (pause signs, small letters, end of ayah U+06DD)
  [0x061c, 0x061c], // Arabic letter mark (bidi control)
  [0x200b, 0x200f], // zero-width space, ZWNJ, ZWJ, LRM, RLM
  [0x202a, 0x202e], // bidi embeddings and overrides
  [0x2066, 0x2069], // bidi isolates
  [0xfeff, 0xfeff], // BOM / zero-width no-break space
];

/** Arabic presentation forms A and B: decomposed like NFKC (ﻻ → لا), then through the rules above. */
export const PRESENTATION_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0xfb50, 0xfdff],
  [0xfe70, 0xfeff],
];

/** Latin letters folded to lower case (Basic, Latin-1, Extended-A/B, Extended Additional, fullwidth). */
export const LATIN_FOLD_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x0041, 0x005a],
  [0x00c0, 0x00de],
  [0x0100, 0x024f],
  [0x1e00, 0x1eff],
  [0xff21, 0xff3a],
];
