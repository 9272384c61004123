// The alias list as the researcher types it: one group per line, words joined by "=" (or "،" / ",").

/** Lines to groups; blank lines are skipped, a line with fewer than two distinct words is invalid. */
export function parseAliases(text: string): { groups: string[][]; invalid: string[] } {
  const groups: string[][] = [];
  const invalid: string[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    const words = [
      ...new Set(
        line
          .split(/[=،,]/)
          .map((w) => w.trim())
          .filter(Boolean),
      ),
    ];
    if (words.length < 2) invalid.push(line.trim());
    else groups.push(words);
  }
  return { groups, invalid };
}

export function formatAliases(groups: string[][]): string {
  return groups.map((g) => g.join(' = ')).join('\n');
}
