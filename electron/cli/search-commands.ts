// `workbench suspects FILE` (probable typos in one text file) and `workbench search --workspace DIR QUERY`
// (Arabic-aware search over every source of a workspace). Offsets are UTF-16 units into the stored text:
// the file decoded, CRLF → LF, NFC, exactly what import stores and the app annotates.

import { findSuspicions } from '../../shared/review/suspicions.ts';
import { prepareImport, readImportFile } from '../services/import/index.ts';
import type { ParsedArgs } from './args.ts';
import { UsageError } from './args.ts';
import { openFor, type Output } from './command-inputs.ts';

export async function suspectsCommand(args: ParsedArgs, io: Output): Promise<number> {
  if (args.files.length !== 1) throw new UsageError('"suspects" needs exactly one FILE.');
  const { fileName, bytes } = await readImportFile(args.files[0]!);
  const { text } = prepareImport(fileName, bytes, { encoding: args.options.encoding });
  const found = findSuspicions(text).map((s) => ({
    start: s.start,
    end: s.end,
    text: s.text,
    kind: s.kind,
    level: s.level,
    suggestion: s.suggestion ?? null,
    reason: s.reason.en,
  }));
  if (args.options.json) {
    io.out(JSON.stringify(found, null, 2));
    return 0;
  }
  for (const s of found) {
    const suggestion = s.suggestion === null ? '' : ` → ${s.suggestion}`;
    io.out(`${s.start}-${s.end}  ${s.level.toUpperCase()}  ${s.kind}  ${s.text}${suggestion}  ${s.reason}`);
  }
  return 0;
}

export async function searchCommand(args: ParsedArgs, io: Output): Promise<number> {
  const query = args.files.join(' ').trim();
  if (query === '') throw new UsageError('"search" needs a QUERY.');
  const { service } = await openFor(args);
  const view = await service.getWorkspace({});
  for (const p of view.problems) io.err(`workbench: warning: ${p.file}: ${p.message}`);
  const titles = new Map(view.sources.map((s) => [s.id, s.title]));
  // The same search as the app's (the workspace's alias list included); every hit, not the app's first 100.
  const { hits } = await service.search({
    query,
    variants: args.options.variants === true,
    includePassages: args.options['skip-passages'] !== true,
    limit: 100_000,
  });
  if (args.options.json) {
    io.out(
      JSON.stringify(
        hits.map((h) => ({ source: h.sourceId, start: h.start, end: h.end, text: h.text })),
        null,
        2,
      ),
    );
    return 0;
  }
  for (const h of hits) io.out(`${h.sourceId}  ${titles.get(h.sourceId)}  ${h.start}-${h.end}  ${h.text}`);
  return 0;
}
