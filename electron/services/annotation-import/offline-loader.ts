// The JSON-LD document loader of annotation imports: it serves the W3C annotation context from the copy in
// anno-context.ts (any scheme, with or without a trailing slash or ".jsonld") and refuses every other URL with
// a clear message. The workbench is offline by design; a context it cannot read means terms it cannot
// interpret, so the file (or the one annotation that names it) is refused rather than guessed at.

import type { RemoteDocument } from 'jsonld/jsonld-spec';
import { WorkbenchError } from '../../../shared/errors.ts';
import { W3C_ANNO_CONTEXT, W3C_ANNO_CONTEXT_URL } from './anno-context.ts';

const ANNO = /^https?:\/\/www\.w3\.org\/ns\/anno(\.jsonld)?\/?$/;

export async function offlineDocumentLoader(url: string): Promise<RemoteDocument> {
  if (ANNO.test(url)) return { contextUrl: undefined, documentUrl: W3C_ANNO_CONTEXT_URL, document: W3C_ANNO_CONTEXT };
  throw new WorkbenchError(
    'invalid-argument',
    `it uses the JSON-LD context ${url}, which the workbench does not have and will not download (it works ` +
      `offline); only ${W3C_ANNO_CONTEXT_URL} is known. Remove that context or put its terms inline.`,
  );
}
