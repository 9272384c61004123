// The open source's suspicions (found in the text, minus the ones dismissed in the workspace), and the two
// things a researcher does with one: accept it as a likely-typo claim, or dismiss it for good.

import { useEffect, useMemo, useState } from 'react';
import type { WorkbenchApi } from '../../../shared/api/contract.ts';
import { createClaimAnnotation, withClaimFields } from '../../../shared/annotations/claim.ts';
import { sourceIri } from '../../../shared/annotations/model.ts';
import { suspicionKey } from '../../../shared/review/suspicion-key.ts';
import { findSuspicions, type Suspicion } from '../../../shared/review/suspicions.ts';
import type { Tag, UiLanguage } from '../../../shared/workspace/model.ts';
import { newClaimId } from '../claims/claim-actions.ts';
import type { ClaimAction } from '../claims/claim-store.ts';
import type { PaintedSpan } from '../reading/editor/plugins/TextHighlightsPlugin.tsx';

const TYPO_TAG = 'likely-typo';

/** `claimed`: "start:end" of every anchored claim; a suspicion a claim already covers is not shown again. */
export function useSuspicions(
  api: WorkbenchApi,
  sourceId: string,
  text: string,
  claimed: ReadonlySet<string>,
  onError: (error: unknown) => void,
  /** The publication date the researcher confirmed or typed (YYYY-MM-DD…): the reference of the date checks. */
  published?: string,
) {
  // Null until the workspace's dismissals are in: none is shown before, or one dismissed for good would flash up
  // (and could be acted on) whenever finding them is quicker than reading the dismissals.
  const [dismissed, setDismissed] = useState<ReadonlySet<string> | null>(null);
  useEffect(() => {
    let live = true;
    setDismissed(null);
    api.getDismissedSuspicions({ sourceId }).then(
      (r) => live && setDismissed(new Set(r.dismissed)),
      (error: unknown) => {
        if (live) setDismissed(new Set());
        onError(error);
      },
    );
    return () => {
      live = false;
    };
  }, [api, sourceId, onError]);
  // Finding them takes ~0.5 s on 1 MB: done after the text is on screen, never before its first paint.
  const [all, setAll] = useState<Suspicion[]>([]);
  useEffect(() => {
    setAll([]);
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => setAll(findSuspicions(text, undefined, publishedOption(published))), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [text, published]);
  const open = useMemo(
    () =>
      all
        .filter((s) => dismissed && !dismissed.has(suspicionKey(text, s)) && !claimed.has(`${s.start}:${s.end}`))
        // The likely typos first, then the possible ones, each in reading order.
        .sort((a, b) => (a.level === b.level ? a.start - b.start : a.level === 'high' ? -1 : 1)),
    [all, dismissed, text, claimed],
  );

  const dismiss = (suspicion: Suspicion) => {
    const next = new Set(dismissed ?? []).add(suspicionKey(text, suspicion));
    setDismissed(next);
    api.setDismissedSuspicions({ sourceId, dismissed: [...next] }).catch(onError);
  };
  return { open, dismiss };
}

/** "2019-03-15…" as the checks' reference date; a year alone or a month is no day to check weekdays against. */
function publishedOption(published?: string): { published?: { year: number; month: number; day: number } } {
  const m = published && /^(\d{4})-(\d{2})-(\d{2})/.exec(published);
  return m ? { published: { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } } : {};
}

/** Dashed underlines of suspicions in the text (::highlight(suspicion-high|low)). */
export function suspicionSpans(suspicions: readonly Suspicion[]): PaintedSpan[] {
  return suspicions.map((s) => ({ start: s.start, end: s.end, style: `suspicion-${s.level}` }));
}

/** One undoable action: a likely-typo claim on the suspicious value, its correction and reason filled in. */
export function acceptSuspicion(opts: {
  sourceId: string;
  text: string;
  suspicion: Suspicion;
  tags: Tag[];
  lang: UiLanguage;
  now: string;
}): ClaimAction {
  const { suspicion } = opts;
  const tag = opts.tags.some((t) => t.id === TYPO_TAG) ? TYPO_TAG : (opts.tags[0]?.id ?? TYPO_TAG);
  const created = createClaimAnnotation({
    id: newClaimId(),
    sourceIri: sourceIri(opts.sourceId),
    text: opts.text,
    start: suspicion.start,
    end: suspicion.end,
    tags: [tag],
    now: opts.now,
  });
  const after = withClaimFields(
    created,
    { note: suspicion.reason[opts.lang], correction: suspicion.suggestion ?? '' },
    opts.now,
  );
  return { label: 'accept-suspicion', patches: [{ before: null, after }] };
}
