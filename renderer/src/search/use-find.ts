// Ctrl/Cmd+F wired to the open source: the search state, the current hit kept in view, closing onto the
// hit (selected, ready for 1/2/3), and "tag all hits" as one ClaimStore action.

import { useEffect, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import type { WorkbenchApi } from '../../../shared/api/contract.ts';
import { snapClaimRange } from '../../../shared/annotations/claim-range.ts';
import type { Annotation } from '../../../shared/annotations/model.ts';
import type { SourceMeta } from '../../../shared/workspace/model.ts';
import { tagSpans } from '../claims/claim-actions.ts';
import type { ClaimAction } from '../claims/claim-store.ts';
import { useCommand } from '../app/commands.ts';
import type { SourceEditorHandle } from '../reading/editor/SourceEditor.tsx';
import { useSourceSearch } from './use-source-search.ts';

export function useFind(opts: {
  api: WorkbenchApi;
  meta: SourceMeta;
  text: string;
  skipPassages: boolean;
  editMode: boolean;
  editor: RefObject<SourceEditorHandle | null>;
  /** Anchored claims (their latest version) with where they stand now. */
  anchored: () => { annotation: Annotation; start: number; end: number }[];
  commit: (action: ClaimAction) => void;
  /** Told how many claims "tag all hits" made or changed. */
  onTagged: (count: number) => void;
  /** Makes a span visible before it is scrolled to (unfolds a collapsed passage holding it). */
  unfoldAt: (start: number, end: number) => void;
  onError: (error: unknown) => void;
}) {
  const { editor } = opts;
  const search = useSourceSearch({
    api: opts.api,
    sourceId: opts.meta.id,
    textRevision: opts.meta.textRevision,
    skipPassages: opts.skipPassages,
    onError: opts.onError,
  });
  const [focusNonce, setFocusNonce] = useState(0);
  useCommand('find', () => {
    if (opts.editMode) return;
    // Rendered and focused before this handler returns: a key typed right after Ctrl+F must land in the
    // query, not in the reading view (where "1" would tag the selection).
    flushSync(() => {
      search.setOpen(true);
      setFocusNonce((n) => n + 1);
    });
  });
  const currentHit = search.state.hits[search.state.current];
  const { unfoldAt } = opts;
  useEffect(() => {
    if (!currentHit) return;
    unfoldAt(currentHit.start, currentHit.end);
    // After the unfolded lines are laid out.
    const frame = requestAnimationFrame(() => editor.current?.scrollToSpan(currentHit.start, currentHit.end));
    return () => cancelAnimationFrame(frame);
    // unfoldAt changes with every fold; only a new current hit scrolls.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [currentHit, editor]);

  const close = () => {
    search.setOpen(false);
    editor.current?.focus();
    // Selected after the focus, which would otherwise restore the editor's previous selection.
    const hit = currentHit;
    if (hit) requestAnimationFrame(() => editor.current?.revealSpan(hit.start, hit.end));
  };
  const tagAll = (tagId: string) => {
    const spans = search.state.hits.flatMap((h) => snapClaimRange(opts.text, h.start, h.end) ?? []);
    const now = new Date().toISOString();
    const action = tagSpans({ sourceId: opts.meta.id, text: opts.text, spans, tagId, now, existing: opts.anchored() });
    if (!action) return;
    opts.commit(action);
    opts.onTagged(action.patches.length);
  };
  return { search, focusNonce, close, tagAll };
}
