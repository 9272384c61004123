// Claims as files for other tools: one source's (File → export, `workbench export --source`) or several sources'
// at once (`workbench export` of the workspace). The workspace's is the same CSV table with every source's rows
// under one header (source_title and source_id say whose), or one W3C AnnotationCollection holding every source's
// annotations, each keeping its own target source.

import type { ExportFormat } from '../../shared/api/contract.ts';
import { exportAnnotationCollection } from '../../shared/annotations/export.ts';
import { sourcesToCsv, type CsvContext } from '../../shared/annotations/csv.ts';
import { sourceIri, type Annotation } from '../../shared/annotations/model.ts';
import type { SourceMeta, Tag } from '../../shared/workspace/model.ts';
import { safeFileStem } from './file-names.ts';

interface ExportOptions {
  tags: readonly Tag[];
  /** Which label of each tag: the UI's language. */
  language: 'ar' | 'en';
  /** Dates the export (default: now). */
  now?: string;
}

export interface ExportedSource {
  meta: SourceMeta;
  annotations: Annotation[];
  text: string;
}

interface ExportedFile {
  fileName: string;
  mimeType: string;
  content: string;
}

export function renderExport(
  meta: SourceMeta,
  annotations: Annotation[],
  format: ExportFormat,
  text: string,
  opts: ExportOptions,
): ExportedFile {
  return renderFile(safeFileStem(meta.title), [{ meta, annotations, text }], format, {
    ...opts,
    id: `${sourceIri(meta.id)}/annotations`,
    label: meta.title,
  });
}

/** Every given source's claims in one file, in the order given. */
export function renderWorkspaceExport(
  workspaceName: string,
  sources: readonly ExportedSource[],
  format: ExportFormat,
  opts: ExportOptions,
): ExportedFile {
  const id = `urn:claim-workbench:workspace:${encodeURIComponent(workspaceName)}/annotations`;
  return renderFile(`${safeFileStem(workspaceName)}.workspace`, sources, format, { ...opts, id, label: workspaceName });
}

function renderFile(
  base: string,
  sources: readonly ExportedSource[],
  format: ExportFormat,
  opts: ExportOptions & { id: string; label: string },
): ExportedFile {
  const { tags, language } = opts;
  if (format === 'csv') {
    const context = ({ meta, text }: ExportedSource): CsvContext => ({
      text,
      tags,
      language,
      sourceTitle: meta.title,
      sourceId: meta.id,
    });
    const content = sourcesToCsv(sources.map((s) => ({ annotations: s.annotations, context: context(s) })));
    return { fileName: `${base}.claims.csv`, mimeType: 'text/csv', content };
  }
  const now = opts.now ?? new Date().toISOString();
  const annotations = sources.flatMap((s) => s.annotations);
  return {
    fileName: `${base}.annotations.jsonld`,
    mimeType: 'application/ld+json',
    content: exportAnnotationCollection(annotations, { id: opts.id, label: opts.label, tags, language, now }),
  };
}
