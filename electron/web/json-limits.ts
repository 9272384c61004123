// Limits on a request body checked before it is parsed or validated: a body nested thousands deep makes the
// schema validation recurse until the stack overflows ("Maximum call stack size exceeded", a 500), so the
// nesting depth is measured on the raw text first, in one pass that never recurses.

/** Far above any real argument (an annotation is about 8 levels deep), far below the stack's limit. */
export const MAX_JSON_DEPTH = 200;

/** Whether `text` nests arrays and objects deeper than `limit` (brackets inside strings are not counted). */
export function nestsDeeperThan(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c /* \ */) i++;
      else if (c === 0x22 /* " */) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
      if (++depth > limit) return true;
    } else if (c === 0x5d /* ] */ || c === 0x7d /* } */) depth--;
  }
  return false;
}
