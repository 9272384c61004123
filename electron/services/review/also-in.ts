// "Also in" links: sentences shared between sources (shared/review/shared-sentences.ts). Comparing needs
// every source, so the links of the whole workspace are computed together and cached until any source's
// text version changes (import, re-decode, edit). Each source's sentences are kept by text version, so
// after one import or edit only that text is read and tokenized again before all are compared.

import type { AlsoIn } from '../../../shared/api/contract.ts';
import { SharedSentenceIndex, type SharedSentence } from '../../../shared/review/shared-sentences.ts';
import type { Workspace } from '../workspace/workspace.ts';
import { textVersion } from './source-review.ts';

export class AlsoInLinks {
  private readonly index = new SharedSentenceIndex();
  private cached: { version: string; bySource: Promise<Map<string, AlsoIn[]>> } | undefined;

  constructor(private readonly workspace: Workspace) {}

  async of(sourceId: string): Promise<AlsoIn[]> {
    this.workspace.getMeta(sourceId);
    return (await this.all()).get(sourceId) ?? [];
  }

  /** One computation per workspace version, shared by the calls that ask while it runs. */
  private all(): Promise<Map<string, AlsoIn[]>> {
    const metas = this.workspace.listSources();
    const version = metas.map((m) => `${m.id}:${textVersion(m)}`).join('\n');
    if (this.cached?.version === version) return this.cached.bySource;
    const bySource = this.compute(metas.map((m) => ({ id: m.id, version: textVersion(m) })));
    this.cached = { version, bySource };
    // A failed read is not cached: the next call tries again.
    bySource.catch(() => {
      if (this.cached?.bySource === bySource) this.cached = undefined;
    });
    return bySource;
  }

  private async compute(sources: { id: string; version: string }[]): Promise<Map<string, AlsoIn[]>> {
    // Checked again after every read: a computation for another workspace version may have run meanwhile
    // and left the index with other versions of some sources.
    for (;;) {
      const stale = sources.filter((s) => !this.index.has(s.id, s.version));
      if (stale.length === 0) return groupBySource(this.index.links(sources.map((s) => s.id)));
      const texts = await Promise.all(stale.map((s) => this.workspace.readText(s.id)));
      stale.forEach((s, k) => this.index.add(s.id, s.version, texts[k]!));
    }
  }
}

function groupBySource(shared: SharedSentence[]): Map<string, AlsoIn[]> {
  const out = new Map<string, AlsoIn[]>();
  for (const { sourceId, start, end, alsoIn } of shared) {
    const list = out.get(sourceId) ?? [];
    list.push({ start, end, alsoIn });
    out.set(sourceId, list);
  }
  return out;
}
