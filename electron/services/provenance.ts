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
  const meta = workspace.getMeta(sourceId);
  return workspace.updateMeta(sourceId, { provenance: provenanceFor(text, meta.provenance) });
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
  const meta = workspace.getMeta(sourceId);
  const next: Provenance = { ...meta.provenance };
  for (const [field, input] of Object.entries(fields) as [ProvenanceField, string][]) {
    const checked = checkProvenanceValue(field, input);
    if ('problem' in checked) {
      throw new WorkbenchError('invalid-argument', `The ${field} "${input}" ${PROBLEMS[checked.problem]}.`);
    }
    const before = next[field];
    // Confirming a detected value keeps where it was read; an edited value no longer points into the text.
    const at = before?.from === 'detected' && before.value === checked.value ? before.at : undefined;
    next[field] = { value: checked.value, from: 'researcher', setAt: now, ...(at ? { at } : {}) };
  }
  return workspace.updateMeta(sourceId, { provenance: next });
}
