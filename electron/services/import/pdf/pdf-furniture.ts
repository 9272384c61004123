// Running headers, footers and page numbers: lines in the top or bottom band of a page that repeat (digits
// aside) on other pages, or that are only a page number. They stay in the text, on lines of their own, and are
// reported as set-aside passages (never deleted): a researcher may still want "Page 3 of 9" or a dated header.

export interface FurnitureCandidate {
  page: number;
  /** The line's text, and whether it lies in the page's top or bottom band. */
  text: string;
  inBand: boolean;
}

/** Share of the page height, from the top and from the bottom, where headers and footers sit. */
export const BAND = 0.1;

const PAGE_NUMBER =
  /^[\s\-–—|·.()[\]]*(?:(?:page|p\.|صفحة|الصفحة|ص\.?)\s*)?[0-9٠-٩]{1,4}(?:\s*(?:\/|of|من|-)\s*[0-9٠-٩]{1,4})?[\s\-–—|·.()[\]]*$/iu;

/** Digits of any script become '#', so "Page 3" on page 3 and "Page 4" on page 4 have one key. */
function key(text: string): string {
  return text
    .replace(/[0-9٠-٩۰-۹]+/g, '#')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Indices of the candidates that are page furniture. */
export function findFurniture(candidates: readonly FurnitureCandidate[], pageCount: number): Set<number> {
  const pagesByKey = new Map<string, Set<number>>();
  candidates.forEach((c) => {
    if (!c.inBand) return;
    const k = key(c.text);
    if (!pagesByKey.has(k)) pagesByKey.set(k, new Set());
    pagesByKey.get(k)!.add(c.page);
  });
  // On at least half the pages, and on two at least: a title that merely recurs once is no running header.
  const needed = Math.max(2, Math.ceil(pageCount / 2));
  const found = new Set<number>();
  candidates.forEach((c, i) => {
    if (!c.inBand) return;
    if (PAGE_NUMBER.test(c.text) || (pagesByKey.get(key(c.text))?.size ?? 0) >= needed) found.add(i);
  });
  return found;
}
