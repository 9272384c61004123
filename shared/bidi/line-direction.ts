// Which way a source line runs. The source's direction holds for every line that has a letter of that
// direction; a line made only of the other script (an English sentence in an Arabic article) runs its own way,
// and a line with no letters at all follows the source. Unlike dir="auto", a line that merely starts with a
// Latin name ("CNN قالت …") stays right-to-left in an Arabic source.

const RTL_LETTER = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;
const OTHER_LETTER = /(?![\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}])\p{L}/u;

export type Direction = 'rtl' | 'ltr';

export function lineDirection(line: string, sourceDirection: Direction): Direction {
  const hasRtl = RTL_LETTER.test(line);
  const hasOther = OTHER_LETTER.test(line);
  if (sourceDirection === 'rtl') return !hasRtl && hasOther ? 'ltr' : 'rtl';
  return hasRtl && !hasOther ? 'rtl' : 'ltr';
}
