// The CLI's commands. Each one calls the same service (WorkbenchApi) the app uses, through the
// workspace on disk; output is plain lines, or JSON with --json.

import { DEFAULT_TAGS, type SourceMeta } from '../../shared/workspace/model.ts';
import { readImportFile } from '../services/import/index.ts';
import { savedPageFile } from '../services/import/web/saved-page.ts';
import { renderExport } from '../services/annotation-export.ts';
import { requireOption, UsageError, type ParsedArgs } from './args.ts';
import { annotationFormat, openFor, outPathFor, readStandalone, type Output } from './command-inputs.ts';
import { exportPdfCommand } from './pdf-export.ts';
import { exportOriginalCommand, importStdin } from './original-export.ts';
import { writeOut } from '../services/original/original-export.ts';
import { exportWorkspaceCommand } from './workspace-export.ts';

export async function importCommand(args: ParsedArgs, io: Output): Promise<number> {
  if (args.files.length === 0) throw new UsageError('"import" needs at least one FILE.');
  if (args.files.length === 1 && args.files[0] === '-') return importStdin(args, io);
  const { service } = await openFor(args);
  const imported: SourceMeta[] = [];
  let failed = 0;
  for (const path of args.files) {
    try {
      // A saved "Web page, complete" may be named by its folder: the page file inside is imported.
      const { fileName, bytes } = await readImportFile((await savedPageFile(path)) ?? path);
      const meta = await service.importSource({
        fileName,
        dataBase64: Buffer.from(bytes).toString('base64'),
        encoding: args.options.encoding,
      });
      imported.push(meta);
      if (!args.options.json) io.out(`imported ${meta.id}  ${meta.title}  (${describeEncoding(meta)})`);
    } catch (error) {
      failed += 1;
      io.err(`workbench: ${(error as Error).message}`);
    }
  }
  if (args.options.json) io.out(JSON.stringify(imported, null, 2));
  return failed ? 1 : 0;
}

export async function listCommand(args: ParsedArgs, io: Output): Promise<number> {
  const { service } = await openFor(args);
  const view = await service.getWorkspace({});
  for (const p of view.problems) io.err(`workbench: warning: ${p.file}: ${p.message}`);
  if (args.options.json) {
    io.out(JSON.stringify({ sources: view.sources, problems: view.problems }, null, 2));
    return 0;
  }
  for (const s of view.sources) io.out(`${s.id}  ${s.title}  ${s.textLength} chars  ${describeEncoding(s)}`);
  return 0;
}

export async function textCommand(args: ParsedArgs, io: Output): Promise<number> {
  const { service } = await openFor(args);
  const { text } = await service.getSource({ sourceId: requireOption(args, 'source') });
  io.out(text.endsWith('\n') ? text.slice(0, -1) : text);
  return 0;
}

export async function exportCommand(args: ParsedArgs, io: Output): Promise<number> {
  const format = requireOption(args, 'format');
  // A workspace without --source: the report or export of every source, or of those --sources names.
  if (args.options.workspace && args.options.source === undefined) return exportWorkspaceCommand(args, io);
  if (args.options.sources !== undefined)
    throw new UsageError('--sources chooses sources of a --workspace, without --source.');
  if (format === 'pdf') return exportPdfCommand(args, io);
  if (format === 'original') return exportOriginalCommand(args, io);
  const out = await outPathFor(args);
  const result = args.options.workspace
    ? await exportFromWorkspace(args, annotationFormat(format))
    : await exportStandalone(args, annotationFormat(format));
  await writeOut(out, result.content);
  if (args.options.json) io.out(JSON.stringify({ out, format, annotations: result.count }));
  else io.out(`wrote ${out} (${result.count} annotations, ${format})`);
  return 0;
}

async function exportFromWorkspace(args: ParsedArgs, format: 'jsonld' | 'csv') {
  const { service } = await openFor(args);
  const sourceId = requireOption(args, 'source');
  const { annotations } = await service.getAnnotations({ sourceId });
  const { content } = await service.exportAnnotations({ sourceId, format });
  return { content, count: annotations.length };
}

async function exportStandalone(args: ParsedArgs, format: 'jsonld' | 'csv') {
  const { prepared, annotations } = await readStandalone(args);
  const meta = { id: 'standalone', title: prepared.title } as SourceMeta;
  const language = args.options.lang === 'ar' ? 'ar' : 'en';
  const { content } = renderExport(meta, annotations, format, prepared.text, { tags: DEFAULT_TAGS, language });
  return { content, count: annotations.length };
}

function describeEncoding(meta: SourceMeta): string {
  const { name, confidence, detectedBy, replaced } = meta.encoding;
  const damage = replaced
    ? `; ${replaced.count} invalid byte sequence${replaced.count === 1 ? '' : 's'} replaced with U+FFFD, the first at byte ${replaced.firstOffset}: try another --encoding`
    : '';
  return `${name}, ${Math.round(confidence * 100)}% by ${detectedBy}${damage}`;
}
