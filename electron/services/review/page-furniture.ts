// A PDF source's running headers, footers and page numbers (found at import, kept in its page map) as
// set-aside passages: dimmed, collapsible, left out of search and the report like other boilerplate, and
// never deleted — the researcher can keep any of them as content.

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
  // Once the text is corrected the map's offsets describe the old text; its furniture is not shown then.
  if (meta.format !== 'pdf' || meta.textRevision > 0) return [];
  const map = await readPdfMap(workspace, sourceId).catch(() => undefined);
  return (map?.furniture ?? []).map(([start, end]) => ({ start, end, kind: 'boilerplate' as const, reason: REASON }));
}
