// One open source's claims: loaded through the API into a ClaimStore, anchored on the text, autosaved
// (debounced, atomic on the service side) with a visible state, and flushed before the source changes.

import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type { WorkbenchApi } from '../../../shared/api/contract.ts';
import { anchorAnnotation, type AnchorResult } from '../../../shared/anchoring/anchor.ts';
import type { Annotation } from '../../../shared/annotations/model.ts';
import type { OpenSource } from '../reading/open-source.ts';
import { Autosaver, type SaveState } from './autosave.ts';
import { ClaimStore, type ClaimSnapshot } from './claim-store.ts';
import { ClaimSync, type SyncNotice } from './claim-sync.ts';

/** Long enough to group a burst of tagging, short enough that a crash loses at most a moment's work. */
const AUTOSAVE_DELAY_MS = 500;
/** How often an open source asks whether its claims changed elsewhere: a revision string, no file read. */
const POLL_MS = 2000;
const NOTICE_MS = 15_000;

export interface ClaimSession {
  sourceId: string;
  store: ClaimStore;
  saver: Autosaver<Annotation[]>;
  sync: ClaimSync;
}

export interface AnchoredClaim {
  annotation: Annotation;
  /** null: an orphan (its quote is not in the text). */
  anchor: AnchorResult | null;
}

const EMPTY_STORE = new ClaimStore();
const SAVED: SaveState = { status: 'saved' };

/**
 * The claim session of the loaded source. A new session starts for every load (`loadId`: another source,
 * or claims reloaded after a tag-set change); a text correction keeps the session and resets its store.
 */
export function useClaimSession(api: WorkbenchApi, source: OpenSource) {
  const { meta, loadId, claims } = source;
  const [syncNotice, setSyncNotice] = useState<SyncNotice | null>(null);
  const session = useMemo(
    () => (claims.ok ? openSession(api, meta.id, claims, setSyncNotice) : null),
    // One session per load (loadId), not per render: the claims of a load are read once, when it opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [api, meta.id, loadId],
  );
  useEffect(() => {
    if (!session) return;
    // Leaving the source (or reloading its claims) must not lose the last edits: save them, then let go.
    return () => void session.saver.flush().finally(() => session.saver.dispose());
  }, [session]);
  useEffect(() => {
    if (!syncNotice) return;
    // Long enough to read twice; the claims themselves show what arrived.
    const timer = setTimeout(() => setSyncNotice(null), NOTICE_MS);
    return () => clearTimeout(timer);
  }, [syncNotice]);
  useEffect(() => {
    if (!session) return;
    const timer = setInterval(() => {
      if (document.visibilityState === 'visible') session.sync.poll().catch(() => undefined);
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [session]);
  const store = session?.store ?? EMPTY_STORE;
  const snapshot: ClaimSnapshot = useSyncExternalStore(store.subscribe, store.getSnapshot);
  const saveState = useSyncExternalStore(
    session?.saver.subscribe ?? noSubscribe,
    session?.saver.getState ?? (() => SAVED),
  );
  return {
    session,
    snapshot,
    saveState,
    syncNotice,
    loadError: claims.ok ? null : claims.error,
  };
}

function openSession(
  api: WorkbenchApi,
  sourceId: string,
  loaded: { annotations: Annotation[]; revision: string },
  notify: (notice: SyncNotice) => void,
): ClaimSession {
  const store = new ClaimStore(loaded.annotations);
  const sync = new ClaimSync(api, sourceId, store, loaded, notify);
  const saver = new Autosaver<Annotation[]>((list) => sync.save(list), AUTOSAVE_DELAY_MS);
  sync.saved = {
    isClean: () => saver.getState().status === 'saved',
    markClean: (revision) => saver.markSaved(revision),
  };
  store.subscribe(() => {
    const { revision, annotations: list } = store.getSnapshot();
    saver.changed(revision, [...list]);
  });
  return { sourceId, store, saver, sync };
}

/**
 * Each claim anchored on the text, in text order, orphans last. Anchoring is cached per annotation object:
 * editing one claim's note re-anchors only that claim.
 */
export function useAnchoredClaims(text: string, annotations: readonly Annotation[]): AnchoredClaim[] {
  // A new text (a correction saved) invalidates every cached anchor: the cache is keyed by the text.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const cache = useMemo(() => new WeakMap<Annotation, AnchorResult | null>(), [text]);
  return useMemo(() => {
    const claims = annotations.map((annotation) => {
      let anchor = cache.get(annotation);
      if (anchor === undefined) {
        anchor = anchorAnnotation(annotation, text);
        cache.set(annotation, anchor);
      }
      return { annotation, anchor };
    });
    return claims.sort(byPosition);
  }, [cache, text, annotations]);
}

function byPosition(a: AnchoredClaim, b: AnchoredClaim): number {
  if (!a.anchor || !b.anchor) return (a.anchor ? 0 : 1) - (b.anchor ? 0 : 1);
  return a.anchor.start - b.anchor.start || a.anchor.end - b.anchor.end;
}

function noSubscribe(): () => void {
  return () => undefined;
}
