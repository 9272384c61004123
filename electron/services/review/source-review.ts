// Derived review data of each source (its passages), computed once per text revision and cached: search asks
// for the passages of every source it filters, the reading view and the report ask again on each open. Lines
// on several pages of the same outlet (its template) are found here, where every source is at hand; the cache
// key then includes the text versions of those pages.

import type { Passage } from '../../../shared/api/contract.ts';
import { passageKey } from '../../../shared/review/passage-key.ts';
import { findPassages, type PassageBlock } from '../../../shared/review/passages.ts';
import { templateKeys } from '../../../shared/review/templates.ts';
import { normalizeArabic } from '../../../shared/text/normalize.ts';
import type { SourceMeta } from '../../../shared/workspace/model.ts';
import type { Workspace } from '../workspace/workspace.ts';
import { pageFurniture } from './page-furniture.ts';

/** The outlet a source names in its provenance, normalized ("مأرب برس" and "مأرب  بَرس" are one). */
function outletKey(meta: SourceMeta): string | undefined {
  const value = meta.provenance?.outlet?.value;
  return value ? normalizeArabic(value).text.replace(/\s+/g, ' ').trim() || undefined : undefined;
}

/** Changes whenever the stored text can have changed (re-decoding keeps the revision, not the length/sha). */
export function textVersion(meta: SourceMeta): string {
  return `${meta.importedAt}|${meta.textRevision}|${meta.textLength}|${meta.encoding.name}`;
}

type Unkept = Omit<Passage, 'kept'>;

export class SourceReview {
  private readonly passages = new Map<string, { version: string; passages: Unkept[] }>();

  constructor(private readonly workspace: Workspace) {}

  /** The source's passages with the researcher's kept flags, in text order. */
  async passagesOf(sourceId: string, text?: string): Promise<Passage[]> {
    const [found, review] = await Promise.all([this.found(sourceId, text), this.workspace.readReview(sourceId)]);
    const kept = new Set(review.keptPassages);
    return found.map((p) => ({ ...p, kept: kept.has(p.key) }));
  }

  /** Passages not kept as content: what search and the report leave out. */
  async setAside(sourceId: string, text?: string): Promise<Passage[]> {
    return (await this.passagesOf(sourceId, text)).filter((p) => !p.kept);
  }

  /** The other sources of the same outlet (provenance), at least two of them, or none. */
  private sameOutlet(meta: SourceMeta): SourceMeta[] {
    const outlet = outletKey(meta);
    if (!outlet) return [];
    const peers = this.workspace.listSources().filter((m) => m.id !== meta.id && outletKey(m) === outlet);
    return peers.length >= 2 ? peers : [];
  }

  private async found(sourceId: string, text?: string): Promise<Unkept[]> {
    const meta = this.workspace.getMeta(sourceId);
    const peers = this.sameOutlet(meta);
    const version = [meta, ...peers].map(textVersion).join('||');
    const cached = this.passages.get(sourceId);
    if (cached?.version === version) return cached.passages;
    const raw = text ?? (await this.workspace.readText(sourceId));
    const others = await Promise.all(peers.map((m) => this.workspace.readText(m.id)));
    const template = others.length ? templateKeys(raw, others) : undefined;
    const found: PassageBlock[] = [
      ...findPassages(raw, template ? { template } : {}),
      ...(await pageFurniture(this.workspace, sourceId)),
    ];
    found.sort((a, b) => a.start - b.start || b.end - a.end);
    const passages = found.map((b) => ({
      key: passageKey(raw, b),
      start: b.start,
      end: b.end,
      kind: b.kind,
      reason: b.reason,
      ...(b.of ? { of: b.of } : {}),
    }));
    this.passages.set(sourceId, { version, passages });
    return passages;
  }
}
