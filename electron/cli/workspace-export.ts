// `workbench export --workspace DIR` without --source: one PDF report, CSV table or JSON-LD collection of every
// source of the workspace, or of those --sources names (ID,ID). An id the workspace does not have is an error
// naming it, and nothing is written. The PDF is made in a worker like the app's.

import { chosenSources, workspaceReportInputFor } from '../services/report-export.ts';
import { renderWorkspaceExport } from '../services/annotation-export.ts';
import { runInWorker } from '../services/export/export-jobs.ts';
import { writeOut } from '../services/original/original-export.ts';
import type { WorkbenchApi } from '../../shared/api/contract.ts';
import { UsageError, requireOption, type ParsedArgs } from './args.ts';
import { annotationFormat, openFor, outPathFor, type Output } from './command-inputs.ts';
import { pdfOptions, tellWritten } from './pdf-export.ts';

export async function exportWorkspaceCommand(args: ParsedArgs, io: Output): Promise<number> {
  const format = requireOption(args, 'format');
  if (format === 'original') throw new UsageError('--format original is of one source: it needs --source ID.');
  const sourceIds = sourceList(args.options.sources);
  const out = await outPathFor(args);
  const { service } = await openFor(args);
  if (format === 'pdf') {
    const options = pdfOptions(args);
    const input = await workspaceReportInputFor(service, sourceIds, { passages: options.skipPassages === true });
    const summary = await runInWorker(input, options, out);
    const annotations = input.sources.reduce((n, s) => n + s.annotations.length, 0);
    return tellWritten(args, io, out, summary, { sources: input.sources.length, annotations });
  }
  const kind = annotationFormat(format);
  const sources = await exportedSources(service, sourceIds);
  const { language } = await service.getSettings({});
  const { name, tags } = await service.getWorkspace({});
  await writeOut(out, renderWorkspaceExport(name, sources, kind, { tags, language }).content);
  const annotations = sources.reduce((n, s) => n + s.annotations.length, 0);
  if (args.options.json) io.out(JSON.stringify({ out, format: kind, sources: sources.length, annotations }));
  else io.out(`wrote ${out} (${annotations} annotations of ${sources.length} sources, ${kind})`);
  return 0;
}

/** --sources ID,ID: the ids, once each; undefined without the option (every source). */
function sourceList(value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  const ids = value
    .split(',')
    .map((id) => id.trim())
    .filter((id) => id !== '');
  if (ids.length === 0) throw new UsageError('--sources needs source ids separated by commas (see "workbench list").');
  return ids;
}

async function exportedSources(service: WorkbenchApi, sourceIds: readonly string[] | undefined) {
  const ids = chosenSources(await service.getWorkspace({}), sourceIds);
  return Promise.all(
    ids.map(async (sourceId) => {
      const [{ meta, text }, { annotations }] = await Promise.all([
        service.getSource({ sourceId }),
        service.getAnnotations({ sourceId }),
      ]);
      return { meta, text, annotations };
    }),
  );
}
