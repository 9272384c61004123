// "Decode as": a text source's original bytes read again with another encoding. The preview shows both readings
// where they first differ and says up front what would refuse the change; the change itself replaces the
// stored text. Refused while the source has claims (their offsets would point into another text) or once its
// text was corrected (the corrections were made on this reading and would be lost).

import type { EncodingPreview } from '../../shared/api/source-text.ts';
import { WorkbenchError } from '../../shared/errors.ts';
import type { SourceMeta } from '../../shared/workspace/model.ts';
import { isDocumentFile, prepareImport } from './import/index.ts';
import { provenanceFor } from './provenance.ts';
import type { Workspace } from './workspace/workspace.ts';

/** How much of each reading the preview shows, from the line where they first differ. */
const SAMPLE_CHARS = 600;

export async function previewSourceEncoding(
  workspace: Workspace,
  sourceId: string,
  encoding: string,
): Promise<EncodingPreview> {
  const { meta, prepared } = await decodeAgain(workspace, sourceId, encoding);
  const current = await workspace.readText(sourceId);
  const from = lineStartBefore(current, firstDifference(current, prepared.text));
  const blocked = await blockedBy(workspace, meta);
  return {
    encoding: prepared.encoding,
    changed: current !== prepared.text,
    fromLine: current.slice(0, from).split('\n').length,
    before: current.slice(from, from + SAMPLE_CHARS),
    after: prepared.text.slice(from, from + SAMPLE_CHARS),
    ...(blocked ? { blocked } : {}),
  };
}

export async function setSourceEncoding(workspace: Workspace, sourceId: string, encoding: string): Promise<SourceMeta> {
  const { meta, prepared } = await decodeAgain(workspace, sourceId, encoding);
  const blocked = await blockedBy(workspace, meta);
  if (blocked === 'has-claims') {
    throw new WorkbenchError(
      'conflict',
      'This source already has claims; decoding it again could move them. Remove its claims first.',
    );
  }
  if (blocked === 'text-corrected') {
    throw new WorkbenchError(
      'conflict',
      'This source’s text was corrected; decoding the original again would lose the corrections.',
    );
  }
  return workspace.replaceSourceText(sourceId, prepared.text, {
    encoding: prepared.encoding,
    direction: prepared.direction,
    provenance: provenanceFor(prepared.text, meta.provenance),
  });
}

async function decodeAgain(workspace: Workspace, sourceId: string, encoding: string) {
  const meta = workspace.getMeta(sourceId);
  if (isDocumentFile(meta.originalFileName)) {
    throw new WorkbenchError(
      'invalid-argument',
      `${meta.originalFileName} is a document: it has no encoding to change.`,
    );
  }
  const prepared = prepareImport(meta.originalFileName, await workspace.readOriginal(sourceId), { encoding });
  return { meta, prepared };
}

async function blockedBy(workspace: Workspace, meta: SourceMeta): Promise<EncodingPreview['blocked']> {
  if (await workspace.hasAnnotations(meta.id)) return 'has-claims';
  if (meta.textRevision > 0) return 'text-corrected';
  return undefined;
}

function firstDifference(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i === n && a.length === b.length ? 0 : i;
}

function lineStartBefore(text: string, at: number): number {
  return at === 0 ? 0 : text.lastIndexOf('\n', at - 1) + 1;
}
