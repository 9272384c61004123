// The text-fidelity metric of the PDF report (notes/pdf-arabic.md): does the PDF give the source's words back?
// Both sides are normalized (NFKC, no tatweel, no harakat, Arabic-Indic digits → ASCII); tokens are maximal runs
// of Arabic letters; recall = Σ min(count in PDF, count in source) / number of source tokens.

const TATWEEL = /\u0640/g;
/** Harakat and other Arabic marks (fathatan … sukun, superscript alef, Quranic marks). */
const HARAKAT = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED]/g;
const ARABIC_LETTERS = /(?:(?=\p{L})\p{Script=Arabic})+/gu;

export function normalizeForMetric(text: string): string {
  return text
    .normalize('NFKC')
    .replace(TATWEEL, '')
    .replace(HARAKAT, '')
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06f0));
}

export function arabicTokens(text: string): string[] {
  return normalizeForMetric(text).match(ARABIC_LETTERS) ?? [];
}

export function tokenRecall(source: string, extracted: string): number {
  const want = counts(arabicTokens(source));
  const got = counts(arabicTokens(extracted));
  let total = 0;
  let found = 0;
  for (const [token, n] of want) {
    total += n;
    found += Math.min(n, got.get(token) ?? 0);
  }
  return total === 0 ? 1 : found / total;
}

function counts(tokens: string[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const t of tokens) map.set(t, (map.get(t) ?? 0) + 1);
  return map;
}

/** Longest common subsequence of the token sequences over the source's length: is the reading order kept? */
export function tokenOrder(source: string, extracted: string): number {
  const a = arabicTokens(source);
  const b = arabicTokens(extracted);
  if (a.length === 0) return 1;
  let prev = new Uint32Array(b.length + 1);
  let row = new Uint32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      row[j] = a[i - 1] === b[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, row[j - 1]!);
    }
    [prev, row] = [row, prev];
  }
  return prev[b.length]! / a.length;
}
