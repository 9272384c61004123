// Which source is open (chosen in the sidebar, by a link, a search hit or a claims-view row), loaded with its
// claims, loaded again when its claims changed under it (tag merges, imports), and remembered per workspace.

import { useCallback, useEffect, useRef, useState } from 'react';
import type { WorkbenchApi } from '../../../shared/api/contract.ts';
import type { OpenSource, RevealRequest } from '../reading/open-source.ts';
import { loadSource } from './boot.ts';

export function useOpenSource(api: WorkbenchApi, report: (error: unknown) => void) {
  const [selected, select] = useState<string | null>(null);
  const [source, setSource] = useState<OpenSource | null>(null);
  const [claimsReload, setClaimsReload] = useState(0);
  const [reveal, setReveal] = useState<RevealRequest | null>(null);
  /** Which (source, claims reload) is on screen, so choosing what is already loaded fetches nothing. */
  const shown = useRef('');

  useEffect(() => {
    // Remembered for this workspace, so the next start (or reload) opens it again.
    if (selected) api.updateSettings({ lastSourceId: selected }).catch(report);
  }, [api, selected, report]);

  useEffect(() => {
    if (!selected) return setSource(null);
    const key = `${selected}:${claimsReload}`;
    if (shown.current === key) return;
    let live = true;
    loadSource(api, selected)
      .then((s) => {
        if (!live) return;
        shown.current = key;
        setSource(s);
      })
      .catch(report);
    return () => {
      live = false;
    };
  }, [api, selected, report, claimsReload]);

  /** The source the window starts with, already loaded by the bootstrap. */
  const adopt = useCallback((opened: OpenSource | null) => {
    if (opened) {
      shown.current = `${opened.meta.id}:0`;
      setSource(opened);
    }
    select(opened?.meta.id ?? null);
  }, []);
  const reloadClaims = useCallback(() => setClaimsReload((n) => n + 1), []);
  /** Out of memory while another view takes its place; loaded again when it is chosen. */
  const unload = useCallback(() => {
    shown.current = '';
    setSource(null);
  }, []);
  /** Opens a source (if it is not open) and selects a span of it, or chooses one of its claims. */
  const openAt = useCallback((sourceId: string, start: number, end: number, claimId?: string) => {
    select(sourceId);
    setReveal((r) => ({ sourceId, start, end, ...(claimId ? { claimId } : {}), nonce: (r?.nonce ?? 0) + 1 }));
  }, []);

  return { selected, select, source, setSource, reveal, adopt, reloadClaims, unload, openAt };
}
