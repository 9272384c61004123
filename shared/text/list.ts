// A list as each language writes it: "Sourced, Disputed" in English, "موثّق، محلّ خلاف" in Arabic. One place,
// so the UI, the PDF report and its annotations cannot use the Arabic comma in English (or the Latin in Arabic).

export function listSeparator(lang: 'ar' | 'en'): string {
  return lang === 'ar' ? '، ' : ', ';
}

export function joinList(items: readonly string[], lang: 'ar' | 'en'): string {
  return items.join(listSeparator(lang));
}
