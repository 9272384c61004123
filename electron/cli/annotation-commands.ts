// `workbench import-annotations FILE --workspace DIR --source ID [--create-tags] [--dry-run] [--json]`: another
// tool's annotations merged into one source by annotation id (electron/services/annotation-import). Skipped
// annotations are listed with their reason and do not fail the command; a file that is no annotations does.

import type { ImportAnnotationsResult } from '../../shared/api/contract.ts';
import { readImportFile } from '../services/import/index.ts';
import { requireOption, UsageError, type ParsedArgs } from './args.ts';
import { openFor, type Output } from './command-inputs.ts';

export async function importAnnotationsCommand(args: ParsedArgs, io: Output): Promise<number> {
  if (args.files.length !== 1) throw new UsageError('"import-annotations" needs exactly one FILE.');
  const sourceId = requireOption(args, 'source');
  const { service } = await openFor(args);
  const { fileName, bytes } = await readImportFile(args.files[0]!);
  const send = (extra: { dryRun?: boolean; createTags?: string[] }) =>
    service.importAnnotations({ sourceId, fileName, dataBase64: Buffer.from(bytes).toString('base64'), ...extra });
  let createTags: string[] | undefined;
  if (args.options['create-tags']) createTags = (await send({ dryRun: true })).unknownTags;
  const report = await send({ dryRun: args.options['dry-run'] ?? false, createTags });
  if (args.options.json) io.out(JSON.stringify(report, null, 2));
  else for (const line of describe(report, fileName)) io.out(line);
  return 0;
}

function describe(r: ImportAnnotationsResult, fileName: string): string[] {
  const verb = r.dryRun ? 'would import' : 'imported';
  const lines = [
    `${verb} ${r.added} new, ${r.updated} updated, ${r.unchanged} unchanged of ${r.total} annotations in ${fileName}` +
      (r.document ? ` (about ${r.document})` : ''),
  ];
  if (r.skipped.length > 0) lines.push(`skipped ${r.skipped.length}:`);
  for (const s of r.skipped) lines.push(`  #${s.index + 1}${s.id ? ` ${s.id}` : ''}: ${s.reason}: ${s.detail}`);
  for (const t of r.createdTags) lines.push(`created tag ${t.id} "${t.label.en}"`);
  if (r.unknownTags.length > 0) {
    lines.push(`unknown tags kept as text: ${r.unknownTags.join(', ')} (--create-tags adds them to the tag set)`);
  }
  return lines;
}
