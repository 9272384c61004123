// Detected values merged into stored provenance: what the researcher set stays as set (an empty value too —
// "there is no byline"); every other field takes what the text says now. Run at import, after a re-decode and
// after a text correction, so detected values always point into the stored text.

import { PROVENANCE_FIELDS, type Provenance } from '../workspace/model.ts';
import type { DetectedProvenance } from './detect.ts';

export function mergeDetected(stored: Provenance | undefined, detected: DetectedProvenance): Provenance {
  const out: Provenance = { ...stored };
  for (const field of PROVENANCE_FIELDS) {
    if (out[field]?.from === 'researcher') continue;
    const d = detected[field];
    if (d) out[field] = { value: d.value, from: 'detected', at: d.at };
    else delete out[field];
  }
  return out;
}
