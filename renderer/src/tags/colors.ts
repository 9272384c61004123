// Tags as the UI shows them: label in the UI language, colour, and how a mark covering several claims
// (or a claim with several tags) is painted. Tag ids the workspace does not know (imported) stay visible.

import type { Tag, UiLanguage } from '../../../shared/workspace/model.ts';

const UNKNOWN_COLOR = '#8a8f98';
/** Enough to see the tag, light enough to read the Arabic beneath it. */
const MARK_ALPHA = 0.32;

export function tagLabel(tags: readonly Tag[], id: string, lang: UiLanguage): string {
  return tags.find((t) => t.id === id)?.label[lang] ?? id;
}

export function tagColor(tags: readonly Tag[], id: string): string {
  return tags.find((t) => t.id === id)?.color ?? UNKNOWN_COLOR;
}

export function translucent(hex: string, alpha = MARK_ALPHA): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255} ${(n >> 8) & 255} ${n & 255} / ${alpha})`;
}

/**
 * One colour fills the mark; several (overlapping claims, or one claim with several tags) are diagonal
 * stripes, so each claim under the text stays visible. Only the background changes: letters stay joined.
 */
export function markBackground(colors: readonly string[]): string {
  const unique = [...new Set(colors)];
  if (unique.length === 0) return translucent(UNKNOWN_COLOR);
  if (unique.length === 1) return translucent(unique[0]!);
  const band = 6;
  const stops = unique.map((c, i) => `${translucent(c, 0.42)} ${i * band}px ${(i + 1) * band}px`);
  return `repeating-linear-gradient(135deg, ${stops.join(', ')})`;
}
