// A passage's identity across text edits: its kind and its opening and closing words (normalized). Offsets
// change with every edit above it; this key stays, so a passage the researcher kept as content stays kept.
// Two identical copies share a key, and keeping one keeps both: they are the same words.

import { normalizeArabic } from '../text/normalize.ts';
import type { PassageBlock } from './passages.ts';

const HEAD = 60;
const TAIL = 20;

export function passageKey(text: string, block: Pick<PassageBlock, 'start' | 'end' | 'kind'>): string {
  const words = normalizeArabic(text.slice(block.start, block.end)).text.replace(/\s+/g, ' ').trim();
  const tail = words.length > HEAD ? `|${words.slice(-TAIL)}` : '';
  return `${block.kind}|${words.slice(0, HEAD)}${tail}`;
}
