// Where a slice of text may begin or end without splitting what a reader sees as one character.
// Handles surrogate pairs, combining marks (Arabic harakat, shadda, dagger alef), ZWJ sequences and skin tones.

/**
 * A code unit continues the character before it when it is a combining mark, ZWJ, an emoji modifier or a
 * variation selector (a mark too). Not full UAX #29 (flags, Hangul jamo): enough for Arabic and emoji context.
 */
const JOINS_PREVIOUS = /^[\p{M}\p{Emoji_Modifier}\u200D]/u;
const ZWJ = 0x200d;

function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}

/** True when offset `i` falls between the two halves of one astral character (an emoji, a rare CJK glyph). */
export function splitsSurrogatePair(text: string, i: number): boolean {
  return i > 0 && i < text.length && isLowSurrogate(text.charCodeAt(i)) && isHighSurrogate(text.charCodeAt(i - 1));
}

/** True when cutting the text at offset `i` would separate a character from something attached to it. */
export function isInsideCluster(text: string, i: number): boolean {
  if (i <= 0 || i >= text.length) return false;
  if (splitsSurrogatePair(text, i) || text.charCodeAt(i - 1) === ZWJ) return true;
  return JOINS_PREVIOUS.test(text.slice(i, i + 2));
}

/** Moves a start offset forward (never past `limit`) until it begins a whole character. */
export function clusterStartAtOrAfter(text: string, i: number, limit: number): number {
  let at = i;
  while (at < limit && isInsideCluster(text, at)) at++;
  return at;
}

/** Moves an end offset back (never before `floor`) until it ends a whole character, marks included. */
export function clusterEndAtOrBefore(text: string, i: number, floor: number): number {
  let at = i;
  while (at > floor && isInsideCluster(text, at)) at--;
  return at;
}
