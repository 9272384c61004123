// A suspicion's identity across text edits: its kind, its text and a little context before it. Offsets would
// change with every edit elsewhere; this key stays, so a dismissed suspicion stays dismissed.

import type { Suspicion } from './suspicions.ts';

const CONTEXT = 12;

export function suspicionKey(text: string, suspicion: Suspicion): string {
  const before = text.slice(Math.max(0, suspicion.start - CONTEXT), suspicion.start);
  return `${suspicion.kind}|${suspicion.text}|${before}`;
}
