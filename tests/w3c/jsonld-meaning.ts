// What a JSON-LD processor reads in a document: expanded (every term to its IRI, with the offline loader that
// serves the W3C context) and compacted back with the document's own context. A key or value that comes back
// missing had no meaning as written — an undefined extension term, a value of the wrong kind for its term — and
// other tools that process JSON-LD would lose it.

import jsonld from 'jsonld';
import { offlineDocumentLoader } from '../../electron/services/annotation-import/offline-loader.ts';

type Leaf = string;

function leaves(value: unknown, key: string, out: Leaf[]): Leaf[] {
  if (Array.isArray(value)) value.forEach((v) => leaves(v, key, out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) if (k !== '@context') leaves(v, k, out);
  } else out.push(`${key}=${JSON.stringify(value)}`);
  return out;
}

/** The key=value pairs of `doc` that a JSON-LD processor drops (empty when everything has a meaning). */
export async function lostInJsonLd(doc: Record<string, unknown>): Promise<string[]> {
  const options = { documentLoader: offlineDocumentLoader as never, base: null as never };
  const expanded = await jsonld.expand(doc as never, options);
  const back = await jsonld.compact(expanded as never, { '@context': doc['@context'] } as never, options);
  const kept = new Map<string, number>();
  for (const leaf of leaves(back, '', [])) kept.set(leaf, (kept.get(leaf) ?? 0) + 1);
  const lost: string[] = [];
  for (const leaf of leaves(doc, '', [])) {
    const n = kept.get(leaf) ?? 0;
    if (n === 0) lost.push(leaf);
    else kept.set(leaf, n - 1);
  }
  return lost;
}
