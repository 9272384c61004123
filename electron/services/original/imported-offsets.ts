// Offsets in a PDF source's current text ↔ offsets in the text as imported, which is what the page map
// describes. A researcher who corrects the text (2011 → 2001) must still get highlights on the original's
// words: the edits kept in history.json are replayed backwards (a claim on corrected words lands on the words
// they replaced) or forwards (the page furniture found at import, in today's text).

import type { TextEdit } from '../../../shared/anchoring/edits.ts';
import { mapRange } from '../../../shared/anchoring/edits.ts';
import { readTextHistory } from '../workspace/text-history.ts';
import type { Workspace } from '../workspace/workspace.ts';

export interface OffsetMapper {
  /** A range of the current text → the same words in the text as imported. */
  toImported(start: number, end: number): { start: number; end: number };
  /** A range of the text as imported → today's text. */
  toCurrent(start: number, end: number): { start: number; end: number };
}

/** Revision n's edits (in revision n-1's coordinates) turned around: in revision n's coordinates, undoing them. */
function inverse(edits: readonly TextEdit[]): TextEdit[] {
  let delta = 0;
  return edits.map((edit) => {
    const start = edit.start + delta;
    delta += edit.text.length - (edit.end - edit.start);
    // Only lengths matter for mapping: the replaced text's length, not its content.
    return { start, end: start + edit.text.length, text: ' '.repeat(edit.end - edit.start) };
  });
}

export async function importedOffsets(workspace: Workspace, sourceId: string): Promise<OffsetMapper> {
  const meta = workspace.getMeta(sourceId);
  const revisions =
    meta.textRevision > 0
      ? (await readTextHistory(workspace.root, sourceId)).filter((r) => r.revision <= meta.textRevision)
      : [];
  const forward = [...revisions].sort((a, b) => a.revision - b.revision).map((r) => r.edits);
  const backward = [...forward].reverse().map(inverse);
  const through = (range: { start: number; end: number }, steps: TextEdit[][]) =>
    steps.reduce((r, edits) => mapRange(r.start, r.end, edits), range);
  return {
    toImported: (start, end) => through({ start, end }, backward),
    toCurrent: (start, end) => through({ start, end }, forward),
  };
}
