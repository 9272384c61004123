// The `language` and `textDirection` a body's text gets (W3C 3.2.1 and 3.2.4: bodies SHOULD say their language).
// A text with Arabic letters is Arabic and right-to-left, even when it starts with a Latin name ("U-2 كان …"), as
// lines do in the reading view (shared/bidi/line-direction.ts); a Latin-only text gets a direction but no language,
// because the script does not tell English from French.

const RTL_LANGUAGES: [RegExp, string][] = [
  [/\p{Script=Arabic}/u, 'ar'],
  [/\p{Script=Hebrew}/u, 'he'],
];
const ANY_LETTER = /\p{L}/u;

export interface TextLanguage {
  language?: string;
  textDirection?: 'ltr' | 'rtl';
}

export function textLanguage(text: string): TextLanguage {
  for (const [script, language] of RTL_LANGUAGES) if (script.test(text)) return { language, textDirection: 'rtl' };
  return ANY_LETTER.test(text) ? { textDirection: 'ltr' } : {};
}
