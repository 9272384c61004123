// "Also in" links: sentences shared between sources (shared/review/shared-sentences.ts). Comparing needs
// every source, so the links of the whole workspace are computed together and cached until any source's
// text version changes (import, re-decode, edit).

import type { AlsoIn } from '../../../shared/api/contract.ts';
import { sharedSentences, type SharedSentence } from '../../../shared/review/shared-sentences.ts';
import type { Workspace } from '../workspace/workspace.ts';
import { textVersion } from './source-review.ts';

export class AlsoInLinks {
  private cached: { version: string; bySource: Map<string, AlsoIn[]> } | undefined;

  constructor(private readonly workspace: Workspace) {}

  async of(sourceId: string): Promise<AlsoIn[]> {
    this.workspace.getMeta(sourceId);
    return (await this.all()).get(sourceId) ?? [];
  }

  private async all(): Promise<Map<string, AlsoIn[]>> {
    const metas = this.workspace.listSources();
    const version = metas.map((m) => `${m.id}:${textVersion(m)}`).join('\n');
    if (this.cached?.version === version) return this.cached.bySource;
    const sources = await Promise.all(metas.map(async (m) => ({ id: m.id, text: await this.workspace.readText(m.id) })));
    const bySource = groupBySource(sharedSentences(sources));
    this.cached = { version, bySource };
    return bySource;
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
