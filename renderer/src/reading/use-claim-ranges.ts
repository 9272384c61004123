// The anchored claims as the editor paints them: one range per claim with its tags, and each mark's colour
// from the tags of the claims it covers (blended where claims overlap).

import { useCallback, useMemo } from 'react';
import { readClaim } from '../../../shared/annotations/claim.ts';
import type { Tag } from '../../../shared/workspace/model.ts';
import type { AnchoredClaim } from '../claims/use-claim-session.ts';
import type { DecoratedRange } from './editor/line-model.ts';
import { markBackground, tagColor } from '../tags/colors.ts';

export function useClaimRanges(claims: readonly AnchoredClaim[], tags: Tag[]) {
  const ranges = useMemo<DecoratedRange[]>(
    () =>
      claims.flatMap(({ annotation, anchor }) =>
        anchor ? [{ id: annotation.id, start: anchor.start, end: anchor.end, tags: readClaim(annotation).tags }] : [],
      ),
    [claims],
  );
  const tagsById = useMemo(() => new Map(ranges.map((r) => [r.id, r.tags])), [ranges]);
  const decorate = useCallback(
    (ids: string[]) => {
      const markTags = [...new Set(ids.flatMap((id) => tagsById.get(id) ?? []))];
      return { tags: markTags, background: markBackground(markTags.map((id) => tagColor(tags, id))) };
    },
    [tagsById, tags],
  );
  return { ranges, decorate };
}
