// What every command starts from: where it writes its lines, the workspace named by --workspace, or a source
// and an annotation file given standalone. Apart from commands.ts so that the command files (pdf-export,
// original-export, search, annotations) and the dispatcher that imports them do not import each other.

import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { ExportFormatSchema, type ExportFormat } from '../../shared/api/contract.ts';
import { parseAnnotationDocument } from '../../shared/annotations/jsonld.ts';
import { WorkbenchError } from '../../shared/errors.ts';
import { openWorkbench, type Workbench } from '../services/app-context.ts';
import { prepareImport, readImportFile } from '../services/import/index.ts';
import { MemorySettingsStore } from '../services/settings/settings-store.ts';
import { refuseOutInsideWorkspace } from '../services/workspace/out-path.ts';
import { requireOption, UsageError, type ParsedArgs } from './args.ts';

export interface Output {
  out(line: string): void;
  err(line: string): void;
}

/**
 * Opens the workspace named by --workspace, once (its problems, a corrupt workspace.json's reason among them,
 * stay with that one open). A folder that is not a workspace is an error unless --create asks for a new one:
 * a mistyped path must not quietly become an empty workspace.
 */
export async function openFor(args: ParsedArgs): Promise<Workbench> {
  const dir = resolve(requireOption(args, 'workspace'));
  const create = args.options.create === true;
  try {
    return await openWorkbench({ workspaceDir: dir, userDataDir: dir, settings: new MemorySettingsStore(), create });
  } catch (error) {
    if (error instanceof WorkbenchError && error.code === 'not-found' && !create) {
      throw new WorkbenchError('not-found', `${error.message} Add --create to make a new workspace there.`);
    }
    throw error;
  }
}

/** --out, resolved, refused when it would land inside the workspace's own data (out-path.ts). */
export async function outPathFor(args: ParsedArgs): Promise<string> {
  const out = resolve(requireOption(args, 'out'));
  if (args.options.workspace) await refuseOutInsideWorkspace(resolve(args.options.workspace), out);
  return out;
}

/** A source file and an annotation file given on the command line (any W3C annotations targeting that text). */
export async function readStandalone(args: ParsedArgs) {
  const sourcePath = requireOption(args, 'source');
  const annotationsPath = requireOption(args, 'annotations');
  const { fileName, bytes } = await readImportFile(sourcePath);
  const prepared = prepareImport(fileName, bytes);
  let json: unknown;
  try {
    json = JSON.parse(await readFile(annotationsPath, 'utf8'));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new WorkbenchError('invalid-argument', `cannot read annotations from ${annotationsPath}: ${reason}`);
  }
  const { annotations } = parseAnnotationDocument(json, basename(annotationsPath));
  return { fileName, prepared, annotations };
}

/** --format of an annotation file (pdf and original have their own commands). */
export function annotationFormat(value: string): ExportFormat {
  const parsed = ExportFormatSchema.safeParse(value);
  if (!parsed.success) throw new UsageError(`--format must be jsonld, csv, pdf or original, not "${value}".`);
  return parsed.data;
}
