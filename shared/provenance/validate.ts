// What a researcher may type as a provenance value, checked the same way in the form (for a message in the UI
// language beside the field) and in the service (so no door stores a bad value). Digits may be typed in
// Arabic-Indic or Persian; they are stored Western, like the detected values.

import { checkExternalUrl } from '../api/external-url.ts';
import { isValidDate } from '../review/calendar.ts';
import type { ProvenanceField } from '../workspace/model.ts';

export type ProvenanceProblem = 'date' | 'url' | 'language' | 'too-long' | 'line-break';

const MAX_NAME = 200;
const MAX_URL = 2000;

const westernDigits = (s: string): string =>
  s
    .replace(/[\u0660-\u0669]/g, (c) => String(c.charCodeAt(0) - 0x0660))
    .replace(/[\u06F0-\u06F9]/g, (c) => String(c.charCodeAt(0) - 0x06f0));

/** YYYY, YYYY-MM, YYYY-MM-DD, YYYY-MM-DDTHH:MM (a space instead of T is accepted), a real calendar date. */
function checkDate(s: string): string | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2}))?)?)?$/.exec(s);
  if (!m) return undefined;
  const [, y, mo, d, h, mi] = m;
  if (mo !== undefined && (Number(mo) < 1 || Number(mo) > 12)) return undefined;
  if (d !== undefined && !isValidDate(Number(y), Number(mo), Number(d))) return undefined;
  if (h !== undefined && (Number(h) > 23 || Number(mi) > 59)) return undefined;
  return h !== undefined ? `${y}-${mo}-${d}T${h}:${mi}` : s;
}

/** The value as stored, or the problem with it. An empty value is valid: it says "none". */
export function checkProvenanceValue(
  field: ProvenanceField,
  input: string,
): { value: string } | { problem: ProvenanceProblem } {
  const value = westernDigits(input.trim());
  if (value === '') return { value };
  if (/[\r\n]/.test(value)) return { problem: 'line-break' };
  if (field === 'publishedAt' || field === 'updatedAt') {
    const date = checkDate(value);
    return date ? { value: date } : { problem: 'date' };
  }
  if (field === 'url') {
    if (value.length > MAX_URL) return { problem: 'too-long' };
    try {
      return { value: checkExternalUrl(value) }; // the same rule as opening a citation link
    } catch {
      return { problem: 'url' };
    }
  }
  if (field === 'language')
    return /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/.test(value) ? { value } : { problem: 'language' };
  return value.length <= MAX_NAME ? { value } : { problem: 'too-long' };
}
