// The open source's repeated passages, near-duplicate paragraphs and boilerplate (found by the service, with
// the researcher's "kept as content" overrides), which of them are collapsed in the reading view, and the
// actions on them. Collapsing is a view state of this window only; keeping is saved (review/<id>.json).

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Passage, WorkbenchApi } from '../../../shared/api/contract.ts';
import type { UiLanguage } from '../../../shared/workspace/model.ts';
import { lineAt, lineStarts } from '../reading/editor/line-model.ts';
import { passageLineCount, type ShownPassage } from '../reading/editor/plugins/passage-lines.ts';
import { foldLabel } from './passage-labels.ts';
import { useStableList } from './stable-list.ts';

function samePassage(a: ShownPassage, b: ShownPassage): boolean {
  return (
    a.key === b.key &&
    a.start === b.start &&
    a.end === b.end &&
    a.collapsed === b.collapsed &&
    a.foldLabel === b.foldLabel
  );
}

export interface PassageEntry extends Passage {
  /** Lines of text (not blank) it covers. */
  lines: number;
  /** 1-based, inclusive: where it stands in the text. */
  firstLine: number;
  lastLine: number;
  /** Where its first copy stands (repeated and near-duplicate passages). */
  ofLines?: { first: number; last: number };
  /** A claim lies in it: it cannot be collapsed (the claim would vanish) and the report keeps printing it. */
  holdsClaim: boolean;
  collapsed: boolean;
}

export function usePassages(opts: {
  api: WorkbenchApi;
  sourceId: string;
  text: string;
  lang: UiLanguage;
  /** Anchored claims: a passage holding one is never collapsed. */
  claims: readonly { start: number; end: number }[];
  onError: (error: unknown) => void;
}) {
  const { api, sourceId, text, lang, claims, onError } = opts;
  const [passages, setPassages] = useState<Passage[]>([]);
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  /** Replies to older requests are dropped: the newest keep / set-aside decision wins. */
  const request = useRef(0);

  // Loaded after the text is on screen (finding them costs ~0.3 s on 1 MB the first time), like suspicions.
  useEffect(() => {
    setPassages([]);
    let timer = 0;
    const id = ++request.current;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => {
        api.getPassages({ sourceId }).then((r) => id === request.current && setPassages(r.passages), onError);
      }, 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [api, sourceId, text, onError]);
  useEffect(() => setCollapsed(new Set()), [sourceId]);

  const starts = useMemo(() => lineStarts(text), [text]);
  // Line counts and positions depend on the text only; adding a claim re-checks only which passages hold one.
  const placed = useMemo(
    () =>
      passages.map((p) => {
        const line = (offset: number) => lineAt(starts, offset) + 1;
        return {
          ...p,
          lines: passageLineCount(text, p.start, p.end),
          firstLine: line(p.start),
          lastLine: line(Math.max(p.start, p.end - 1)),
          ...(p.of ? { ofLines: { first: line(p.of.start), last: line(Math.max(p.of.start, p.of.end - 1)) } } : {}),
        };
      }),
    [passages, starts, text],
  );
  const entries = useMemo<PassageEntry[]>(
    () =>
      placed.map((p) => {
        const holdsClaim = claims.some((c) => c.start < p.end && c.end > p.start);
        return { ...p, holdsClaim, collapsed: !p.kept && !holdsClaim && collapsed.has(p.key) };
      }),
    [placed, claims, collapsed],
  );
  const derived = useMemo<ShownPassage[]>(
    () =>
      entries
        .filter((p) => !p.kept)
        .map((p) => ({
          key: p.key,
          start: p.start,
          end: p.end,
          kind: p.kind,
          collapsed: p.collapsed,
          foldLabel: foldLabel(lang, p.kind, p.lines),
        })),
    [entries, lang],
  );
  const shown = useStableList(derived, samePassage);

  const setKept = useCallback(
    (key: string, kept: boolean) => {
      const next = passages.map((p) => (p.key === key ? { ...p, kept } : p));
      setPassages(next);
      const id = ++request.current;
      api
        .setKeptPassages({ sourceId, kept: [...new Set(next.filter((p) => p.kept).map((p) => p.key))] })
        .then((r) => id === request.current && setPassages(r.passages), onError);
    },
    [api, sourceId, passages, onError],
  );
  const setFolded = useCallback((keys: readonly string[], fold: boolean) => {
    setCollapsed((prev) => {
      const next = new Set(prev);
      for (const key of keys) {
        if (fold) next.add(key);
        else next.delete(key);
      }
      return next;
    });
  }, []);
  const expand = useCallback((key: string) => setFolded([key], false), [setFolded]);

  return {
    entries,
    /** For the reading view: the passages not kept, each with its fold state and label. */
    shown,
    keep: (key: string) => setKept(key, true),
    setAside: (key: string) => setKept(key, false),
    collapse: (key: string) => setFolded([key], true),
    expand,
    collapseAll: () =>
      setFolded(
        entries.filter((p) => !p.kept && !p.holdsClaim).map((p) => p.key),
        true,
      ),
    expandAll: () => setCollapsed(new Set()),
    /** Unfolds the collapsed passages a span touches (a search hit stepped to, when they are searched). */
    unfoldAt: (start: number, end: number) =>
      setFolded(
        shown.filter((p) => p.collapsed && p.start < end && start < p.end).map((p) => p.key),
        false,
      ),
  };
}
