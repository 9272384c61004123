// "Also in": the open source's sentences that other sources share (electron/services/review/also-in.ts),
// fetched after the text's first paint and again whenever this text or the workspace's sources change;
// painted in the text, listed in the claims panel, and narrowed to the selected claim in its details.
// Snippets of the other sources' sentences come from their texts, fetched only when a claim asks for them.

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { AlsoIn, WorkbenchApi } from '../../../shared/api/contract.ts';
import type { SourceMeta } from '../../../shared/workspace/model.ts';

/** A sentence of another source: where an "also in" link opens. */
export interface AlsoInTarget {
  sourceId: string;
  start: number;
  end: number;
}

const SNIPPET_CHARS = 90;

/** A PaintedSpan of editor/plugins/TextHighlightsPlugin.tsx (not imported: this file is tested without JSX). */
export interface Painted {
  start: number;
  end: number;
  style: string;
}

/**
 * The links of `sourceId` for exactly this `text` (none while a corrected text waits for its links), and
 * their painted spans. `sources` (the workspace's) refetches after an import or another source's change.
 */
export function useAlsoIn(
  api: WorkbenchApi,
  sourceId: string,
  text: string,
  sources: SourceMeta[],
  onError: (error: unknown) => void,
) {
  const workspaceKey = sources.map((s) => `${s.id}:${s.importedAt}:${s.textRevision}:${s.textLength}`).join('|');
  const [fetched, setFetched] = useState<{ text: string; links: AlsoIn[] } | null>(null);
  useEffect(() => {
    let live = true;
    let timer = 0;
    // The links are a workspace-wide computation: asked for once the text is on screen, never before.
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => {
        api.getAlsoIn({ sourceId }).then(
          (r) => live && setFetched({ text, links: r.links }),
          (error: unknown) => live && onError(error),
        );
      }, 0);
    });
    return () => {
      live = false;
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [api, sourceId, text, workspaceKey, onError]);
  const links = useMemo(() => (fetched?.text === text ? fetched.links : []), [fetched, text]);
  const painted = useMemo<Painted[]>(
    () => links.map((l) => ({ start: l.start, end: l.end, style: 'also-in' })),
    [links],
  );
  return { links, painted };
}

/**
 * The other sources' sentences that share a sentence overlapping [start, end): one per other source (its
 * first such sentence), in the workspace's source order. None for an empty range.
 */
export function alsoInFor(
  links: readonly AlsoIn[],
  start: number,
  end: number,
  sourceOrder: readonly string[],
): AlsoInTarget[] {
  const first = new Map<string, AlsoInTarget>();
  for (const link of links) {
    if (link.start >= end || link.end <= start || start >= end) continue;
    for (const x of link.alsoIn) if (!first.has(x.sourceId)) first.set(x.sourceId, x);
  }
  const rank = (id: string) => {
    const i = sourceOrder.indexOf(id);
    return i < 0 ? sourceOrder.length : i;
  };
  return [...first.values()].sort((a, b) => rank(a.sourceId) - rank(b.sourceId));
}

/** One copy per other source of one shared sentence (a sentence copied twice into a source links twice). */
export function distinctSources(link: AlsoIn): AlsoInTarget[] {
  const seen = new Set<string>();
  return link.alsoIn.filter((x) => !seen.has(x.sourceId) && seen.add(x.sourceId));
}

/** A sentence shortened at a word boundary, with an ellipsis. */
export function snippet(text: string, start: number, end: number, max = SNIPPET_CHARS): string {
  const sentence = text.slice(start, end).replace(/\s+/g, ' ').trim();
  if (sentence.length <= max) return sentence;
  const cut = sentence.lastIndexOf(' ', max);
  return `${sentence.slice(0, cut > max / 2 ? cut : max)}…`;
}

/**
 * Snippets of other sources' sentences: each needed source's text is fetched once (per open source and set
 * of links: `generation` changes when the links do, so a corrected text is fetched again). Undefined until
 * its text is in, or when it could not be read.
 */
export function useSnippets(
  api: WorkbenchApi,
  targets: readonly AlsoInTarget[],
  generation: unknown,
): (target: AlsoInTarget) => string | undefined {
  const texts = useRef(new Map<string, Promise<string | undefined>>());
  const [loaded, setLoaded] = useState<ReadonlyMap<string, string>>(new Map());
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  useEffect(() => {
    texts.current = new Map();
    setLoaded(new Map());
  }, [generation]);
  useEffect(() => {
    for (const { sourceId } of targets) {
      if (texts.current.has(sourceId)) continue;
      const pending = api.getSource({ sourceId }).then(
        (r) => r.text,
        () => undefined,
      );
      const asked = texts.current;
      asked.set(sourceId, pending);
      // Kept only while it belongs to the current links (a newer generation starts a new map).
      void pending.then((text) => {
        if (mounted.current && text !== undefined && texts.current === asked)
          setLoaded((m) => new Map(m).set(sourceId, text));
      });
    }
  }, [api, targets, generation]);
  return useCallback(
    (target) => {
      const text = loaded.get(target.sourceId);
      return text === undefined ? undefined : snippet(text, target.start, target.end);
    },
    [loaded],
  );
}
