// A new source's folder, made from what an import hands over: the original bytes, the decoded text, any extra
// files, and its meta.json, whose id, import time, sizes and hash are filled in here so every source records
// the same facts about where its text came from. The folder is staged and renamed into place (staging.ts).

import { createHash } from 'node:crypto';
import { WorkbenchError } from '../../../shared/errors.ts';
import { SOURCE_META_SCHEMA_VERSION, SourceMetaSchema, type SourceMeta } from '../../../shared/workspace/model.ts';
import { toJson } from './json-file.ts';
import { SOURCE_META_FILE, SOURCE_TEXT_FILE, originalFileName, sourcesDir } from './layout.ts';
import { stageSource, type StageHooks } from './staging.ts';

export interface NewSource {
  text: string;
  originalBytes: Uint8Array;
  originalExt: string;
  /** More files for the source folder (a PDF's page map), written before the folder is renamed into place. */
  extraFiles?: ReadonlyArray<{ name: string; content: string | Uint8Array }>;
  meta: Omit<
    SourceMeta,
    'schemaVersion' | 'id' | 'importedAt' | 'textLength' | 'byteLength' | 'sha256' | 'originalExt'
  >;
}

/** Writes the source as sources/<id>, whole or not at all; throws io (naming the workspace) when it cannot. */
export async function storeNewSource(
  root: string,
  id: string,
  source: NewSource,
  hooks?: StageHooks,
): Promise<SourceMeta> {
  const meta: SourceMeta = SourceMetaSchema.parse({
    ...source.meta,
    schemaVersion: SOURCE_META_SCHEMA_VERSION,
    id,
    importedAt: new Date().toISOString(),
    byteLength: source.originalBytes.byteLength,
    textLength: source.text.length,
    sha256: createHash('sha256').update(source.originalBytes).digest('hex'),
    originalExt: source.originalExt,
  });
  const files = [
    { name: originalFileName(source.originalExt), content: source.originalBytes },
    { name: SOURCE_TEXT_FILE, content: source.text },
    ...(source.extraFiles ?? []),
    // Last: a staged folder is a source only once its meta.json is there.
    { name: SOURCE_META_FILE, content: toJson(meta) },
  ];
  try {
    await stageSource(sourcesDir(root), id, files, hooks);
  } catch (error) {
    throw new WorkbenchError('io', `Could not store the import in ${root}: ${(error as Error).message}`, {
      cause: error,
    });
  }
  return meta;
}
