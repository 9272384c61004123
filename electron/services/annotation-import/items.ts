// The annotations of an imported file, each in the workbench's JSON-LD terms. Hypothesis's API JSON is
// converted by hypothesis.ts. Anything else is W3C JSON-LD: each item is compacted by a real JSON-LD processor
// (jsonld, with the offline loader) from its own context — the document's, plus the item's own — into the
// workbench's context, so a foreign term keeps its meaning (as a full IRI if the workbench has no name for it)
// and an item that redefines a W3C term is not misread. One item's failure is that item's problem only.

import jsonld from 'jsonld';
import { collectItems } from '../../../shared/annotations/jsonld.ts';
import { isJsonObject, type JsonObject } from '../../../shared/annotations/jsonld-normalize.ts';
import { ANNOTATION_CONTEXT } from '../../../shared/annotations/model.ts';
import { WorkbenchError } from '../../../shared/errors.ts';
import { W3C_ANNO_CONTEXT_URL } from './anno-context.ts';
import { fromHypothesis, hypothesisItems, hypothesisShape } from './hypothesis.ts';
import { offlineDocumentLoader } from './offline-loader.ts';

export type FileShape = 'w3c' | NonNullable<ReturnType<typeof hypothesisShape>>;

export type ItemResult =
  { ok: true; item: JsonObject } | { ok: false; reason: 'invalid' | 'unknown-context'; detail: string };

export async function fileItems(json: unknown, what: string): Promise<{ shape: FileShape; items: ItemResult[] }> {
  const hypothesis = hypothesisShape(json);
  if (hypothesis) {
    return {
      shape: hypothesis,
      items: hypothesisItems(json as JsonObject, hypothesis).map((raw) => asItem(fromHypothesis(raw))),
    };
  }
  const outer = isJsonObject(json) ? json['@context'] : undefined;
  await checkContexts(outer, what);
  const { items } = collectItems(json, what);
  const results: ItemResult[] = [];
  for (const raw of items) results.push(await compactItem(raw, outer));
  return { shape: 'w3c', items: results };
}

function asItem(raw: unknown): ItemResult {
  return isJsonObject(raw) ? { ok: true, item: raw } : { ok: false, reason: 'invalid', detail: `it is ${kind(raw)}` };
}

/** A document-level context the workbench cannot read makes the whole file unreadable: say so at once. */
async function checkContexts(context: unknown, what: string): Promise<void> {
  for (const entry of Array.isArray(context) ? context : [context]) {
    if (typeof entry !== 'string') continue;
    try {
      await offlineDocumentLoader(entry);
    } catch (error) {
      throw new WorkbenchError('invalid-argument', `${what}: ${(error as Error).message}`);
    }
  }
}

async function compactItem(raw: unknown, outer: unknown): Promise<ItemResult> {
  if (!isJsonObject(raw)) return asItem(raw);
  const { '@context': own, ...rest } = raw;
  // A bare JSON object (many tools write one) is read in the W3C context, which is what its keys mean there.
  const contexts = [outer ?? W3C_ANNO_CONTEXT_URL, own].flat().filter((c) => c !== undefined && c !== null);
  try {
    const compacted = await jsonld.compact(
      { '@context': contexts, ...rest } as never,
      { '@context': ANNOTATION_CONTEXT } as never,
      {
        documentLoader: offlineDocumentLoader as never,
        base: null as never,
      },
    );
    const { '@context': _ours, ...item } = compacted as JsonObject;
    return { ok: true, item };
  } catch (error) {
    const cause = (error as { details?: { cause?: Error } }).details?.cause;
    if (cause instanceof WorkbenchError) return { ok: false, reason: 'unknown-context', detail: cause.message };
    return { ok: false, reason: 'invalid', detail: `its JSON-LD cannot be read: ${(error as Error).message}` };
  }
}

function kind(value: unknown): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'a list' : `a ${typeof value}`;
}
