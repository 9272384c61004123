// A PDF source's running headers, footers and page numbers (found at import, kept in its page map) as
// set-aside passages: dimmed, collapsible, left out of search and the report like other boilerplate, and
// never deleted — the researcher can keep any of them as content.

import { importedOffsets } from '../original/imported-offsets.ts';
import { readPdfMap } from '../original/original-export.ts';
import type { Workspace } from '../workspace/workspace.ts';

export interface FurniturePassage {
  start: number;
  end: number;
  kind: 'boilerplate';
  reason: { en: string; ar: string };
}

const REASON = {
  en: 'Running header, footer or page number of the PDF',
  ar: 'ترويسة أو تذييل متكرر أو رقم صفحة في ملف PDF',
};

export async function pageFurniture(workspace: Workspace, sourceId: string): Promise<FurniturePassage[]> {
  const meta = workspace.getMeta(sourceId);
  if (meta.format !== 'pdf') return [];
  const map = await readPdfMap(workspace, sourceId).catch(() => undefined);
  if (!map) return [];
  // The map's offsets are those of the text as imported; a corrected text has them elsewhere.
  const offsets = await importedOffsets(workspace, sourceId);
  return map.furniture
    .map(([start, end]) => offsets.toCurrent(start, end))
    .filter(({ start, end }) => end > start)
    .map(({ start, end }) => ({ start, end, kind: 'boilerplate' as const, reason: REASON }));
}
