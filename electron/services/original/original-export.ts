// "Export annotated original": a PDF source's own file with its claims as real annotations. Where the file
// goes is the door's business, as for the report: a save dialog (Electron) or the bytes back to the page
// (browser mode), or a path (CLI). Written atomically: a failed export leaves no file, and never a half one.

import { readFile } from 'node:fs/promises';
import type { AnnotatedOriginalResult } from '../../../shared/api/contract.ts';
import type { Annotation } from '../../../shared/annotations/model.ts';
import { WorkbenchError } from '../../../shared/errors.ts';
import type { UiLanguage } from '../../../shared/workspace/model.ts';
import { safeFileStem } from '../file-names.ts';
import { writeFileAtomic } from '../fs/atomic.ts';
import { PDF_MAP_FILE, PdfMapSchema, type PdfMap } from '../import/pdf/pdf-map.ts';
import { prepareClaims } from '../pdf/claims.ts';
import type { ReportDoor } from '../report-export.ts';
import { sourceFile } from '../workspace/layout.ts';
import type { Workspace } from '../workspace/workspace.ts';
import { annotateOriginal, type AnnotatedOriginal } from './annotate-original.ts';
import { importedOffsets } from './imported-offsets.ts';

/** The page map written at import (sources/<id>/pdf-map.json). */
export async function readPdfMap(workspace: Workspace, sourceId: string): Promise<PdfMap> {
  const path = sourceFile(workspace.root, sourceId, PDF_MAP_FILE);
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new WorkbenchError('file-corrupt', `sources/${sourceId}/${PDF_MAP_FILE} cannot be read (${reason})`);
  }
  const parsed = PdfMapSchema.safeParse(json);
  if (!parsed.success) throw new WorkbenchError('file-corrupt', `sources/${sourceId}/${PDF_MAP_FILE} is not valid`);
  return parsed.data;
}

/** The annotated original's bytes and counts, for any door. */
export async function renderAnnotatedOriginal(
  workspace: Workspace,
  sourceId: string,
  language: UiLanguage,
): Promise<AnnotatedOriginal & { claims: number; orphans: number; fileName: string }> {
  const meta = workspace.getMeta(sourceId);
  if (meta.format !== 'pdf') {
    throw new WorkbenchError(
      'invalid-argument',
      `"${meta.title}" was not imported from a PDF; only a PDF source has an original to annotate (export the PDF report instead)`,
    );
  }
  if (meta.encrypted) {
    throw new WorkbenchError(
      'invalid-argument',
      `${meta.originalFileName} is encrypted (its author restricted changes); its original cannot be annotated, export the PDF report instead`,
    );
  }
  const [original, map, text, annotations] = await Promise.all([
    workspace.readOriginal(sourceId),
    readPdfMap(workspace, sourceId),
    workspace.readText(sourceId),
    workspace.readAnnotations(sourceId),
  ]);
  const { claims, orphans } = prepareClaims(annotations as Annotation[], text, workspace.tags);
  // The page map describes the text as imported: claims on a corrected text are taken back to it first.
  const offsets = await importedOffsets(workspace, sourceId);
  const onOriginal = claims.map((claim) => ({ ...claim, ...offsets.toImported(claim.start!, claim.end!) }));
  const result = await annotateOriginal(original, map, onOriginal, language);
  const fileName = `${safeFileStem(meta.title)}.annotated.pdf`;
  return { ...result, claims: claims.length, orphans: orphans.length, fileName };
}

export async function exportAnnotatedOriginal(
  workspace: Workspace,
  sourceId: string,
  language: UiLanguage,
  door: ReportDoor,
): Promise<AnnotatedOriginalResult> {
  const rendered = await renderAnnotatedOriginal(workspace, sourceId, language);
  const counts = { claims: rendered.claims, orphans: rendered.orphans, highlights: rendered.highlights };
  const { fileName } = rendered;
  if (!door.chooseSavePath) {
    return { fileName, cancelled: false, dataBase64: Buffer.from(rendered.pdf).toString('base64'), ...counts };
  }
  const path = await door.chooseSavePath(fileName);
  if (!path) return { fileName, cancelled: true, claims: 0, orphans: 0, highlights: 0 };
  await writeOut(path, rendered.pdf);
  door.revealFile?.(path);
  return { fileName, cancelled: false, savedTo: path, ...counts };
}

/** Writes an exported file whole or not at all; a failure says which file and why. */
export async function writeOut(path: string, content: string | Uint8Array): Promise<void> {
  try {
    await writeFileAtomic(path, content);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new WorkbenchError('io', `cannot write ${path}: ${reason}`);
  }
}
