// A source's provenance (publication and update dates, byline, outlet, URL, language) in its meta.json: read
// from the text at import, after a re-decode and after a correction (shared/provenance/detect.ts), set by the
// researcher through setProvenance. Sources imported before provenance existed get theirs on first open.

import { WorkbenchError } from '../../shared/errors.ts';
import { detectProvenance } from '../../shared/provenance/detect.ts';
import { mergeDetected } from '../../shared/provenance/merge.ts';
import { checkProvenanceValue } from '../../shared/provenance/validate.ts';
import type { Provenance, ProvenanceField, SourceMeta } from '../../shared/workspace/model.ts';
import type { Workspace } from './workspace/workspace.ts';

/** Detected values for a text, the researcher's decisions in `stored` kept. */
export function provenanceFor(text: string, stored?: Provenance): Provenance {
  return mergeDetected(stored, detectProvenance(text));
}

/** The source's meta with provenance, detecting it (and storing it) for sources imported before it existed. */
export async function withProvenance(workspace: Workspace, sourceId: string, text: string): Promise<SourceMeta> {
  const meta = workspace.getMeta(sourceId);
  if (meta.provenance) return meta;
  return workspace.updateMeta(sourceId, { provenance: provenanceFor(text) });
}

/** After the text changed: detected values follow the new text; the researcher's stay. */
export async function refreshProvenance(workspace: Workspace, sourceId: string, text: string): Promise<SourceMeta> {
  return workspace.updateMeta(sourceId, (meta) => ({ provenance: provenanceFor(text, meta.provenance) }));
}

const PROBLEMS = {
  date: 'is not a date (YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM)',
  url: 'is not an http(s) web address',
  language: 'is not a language code such as ar or en',
  'too-long': 'is too long',
  'line-break': 'has a line break',
} as const;

/**
 * The researcher sets (confirms, edits or clears with '') some fields. Every value is checked before anything
 * is written: one bad value refuses the whole change, with the field and the reason.
 */
export async function setProvenance(
  workspace: Workspace,
  sourceId: string,
  fields: Partial<Record<ProvenanceField, string>>,
  now: string = new Date().toISOString(),
): Promise<SourceMeta> {
  const entries = Object.entries(fields) as [ProvenanceField, string][];
  const values = entries.map(([field, input]) => {
    const checked = checkProvenanceValue(field, input);
    if ('problem' in checked) {
      throw new WorkbenchError('invalid-argument', `The ${field} "${input}" ${PROBLEMS[checked.problem]}.`);
    }
    return [field, checked.value] as const;
  });
  // Applied to meta.json as it is on disk when the change is written (another process may have changed it).
  return workspace.updateMeta(sourceId, (meta) => ({ provenance: withResearcherValues(meta.provenance, values, now) }));
}

function withResearcherValues(
  stored: Provenance | undefined,
  values: ReadonlyArray<readonly [ProvenanceField, string]>,
  now: string,
): Provenance {
  const next: Provenance = { ...stored };
  for (const [field, value] of values) {
    const before = next[field];
    // Confirming a detected value keeps where it was read; an edited value no longer points into the text.
    const at = before?.from === 'detected' && before.value === value ? before.at : undefined;
    next[field] = { value, from: 'researcher', setAt: now, ...(at ? { at } : {}) };
  }
  return next;
}
