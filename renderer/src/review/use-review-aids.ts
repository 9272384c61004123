// What the review aids find in one source, for the reading view and the claims panel: suspicions (dates and
// years worth a look), set-aside passages (repeats, boilerplate), and sentences other sources share.

import { useMemo } from 'react';
import type { WorkbenchApi } from '../../../shared/api/contract.ts';
import type { SourceMeta, UiLanguage } from '../../../shared/workspace/model.ts';
import type { DecoratedRange } from '../reading/editor/line-model.ts';
import { useStableList } from './stable-list.ts';
import { alsoInFor, useAlsoIn, useSnippets } from './use-also-in.ts';
import { usePassages } from './use-passages.ts';
import { suspicionSpans, useSuspicions } from './use-suspicions.ts';

export interface ReviewAidInput {
  api: WorkbenchApi;
  lang: UiLanguage;
  meta: SourceMeta;
  text: string;
  /** The claims' spans: a claimed span is no longer a suspicion, a passage with a claim is kept. */
  ranges: DecoratedRange[];
  skipPassages: boolean;
  sources: SourceMeta[];
  /** The selected claim's span, for the other sources that share its sentences; [0, 0] for none. */
  claimSpan: readonly [number, number];
  onError: (error: unknown) => void;
}

export function useReviewAids(input: ReviewAidInput) {
  const { api, meta, text, ranges, sources, onError } = input;
  const claimedSpans = useMemo(() => new Set(ranges.map((r) => `${r.start}:${r.end}`)), [ranges]);
  const confirmedDate = meta.provenance?.publishedAt;
  const published = confirmedDate?.from === 'researcher' ? confirmedDate.value : undefined;
  const suspicions = useSuspicions(api, meta.id, text, claimedSpans, onError, published);
  const passages = usePassages({ api, sourceId: meta.id, text, lang: input.lang, claims: ranges, onError });
  // A year in page furniture (a post's date line) or in the pasted copy of an article is not worth a look:
  // suspicions in set-aside passages are left out with them, like search hits.
  const derived = useMemo(() => {
    if (!input.skipPassages) return suspicions.open;
    const aside = passages.entries.filter((p) => !p.kept);
    return suspicions.open.filter((s) => !aside.some((p) => p.start <= s.start && s.end <= p.end));
  }, [suspicions.open, passages.entries, input.skipPassages]);
  // The same suspicions after a claim action: their paint and list are not redone.
  const openSuspicions = useStableList(derived);
  const suspicionPaint = useMemo(() => suspicionSpans(openSuspicions), [openSuspicions]);
  const alsoIn = useAlsoIn(api, meta.id, text, sources, onError);
  const [claimStart, claimEnd] = input.claimSpan;
  const claimTargets = useMemo(
    () =>
      alsoInFor(
        alsoIn.links,
        claimStart,
        claimEnd,
        sources.map((s) => s.id),
      ),
    [alsoIn.links, claimStart, claimEnd, sources],
  );
  const snippetOf = useSnippets(api, claimTargets, alsoIn.links);
  return { suspicions, openSuspicions, suspicionPaint, passages, alsoIn, claimTargets, snippetOf };
}
