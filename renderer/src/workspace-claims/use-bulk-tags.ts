// Bulk tag changes in the claims view: rows chosen by checkbox, a tag added to or removed from all of them in one
// retagClaims call, each change one step of the view's own undo (Undo button, Ctrl/Cmd+Z outside text fields),
// undone by the same call with the tags as they were.

import { useEffect, useRef, useState } from 'react';
import type { ApiArgs, WorkbenchApi } from '../../../shared/api/contract.ts';
import { rowKey, type ClaimRow } from './claim-rows.ts';

type Changes = ApiArgs<'retagClaims'>['changes'];

export function useBulkTags(
  api: WorkbenchApi,
  rows: readonly ClaimRow[],
  onChanged: () => void,
  onError: (e: unknown) => void,
) {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [history, setHistory] = useState<Changes[]>([]);
  const run = async (changes: Changes, record: (undo: Changes[]) => Changes[]) => {
    try {
      await api.retagClaims({ changes });
      setHistory(record);
      onChanged();
    } catch (error) {
      onError(error);
    }
  };
  const apply = (tagId: string, add: boolean) => {
    const chosen = rows.filter((r) => selected.has(rowKey(r)) && add !== r.tags.includes(tagId));
    if (chosen.length === 0) return;
    const change = (r: ClaimRow, tags: string[]) => ({ sourceId: r.sourceId, claimId: r.id, tags });
    const next = chosen.map((r) => change(r, add ? [...r.tags, tagId] : r.tags.filter((id) => id !== tagId)));
    const before = chosen.map((r) => change(r, r.tags));
    void run(next, (h) => [...h, before]);
  };
  const undo = () => {
    const last = history.at(-1);
    if (last) void run(last, (h) => h.slice(0, -1));
  };
  const latestUndo = useRef(undo);
  latestUndo.current = undo;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const inField = e.target instanceof Element && e.target.closest('input[type=search], textarea, dialog');
      if (!(e.ctrlKey || e.metaKey) || e.shiftKey || e.key.toLowerCase() !== 'z' || inField) return;
      e.preventDefault();
      latestUndo.current();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
  const toggle = (row: ClaimRow) =>
    setSelected((s) => {
      const next = new Set(s);
      if (!next.delete(rowKey(row))) next.add(rowKey(row));
      return next;
    });
  const toggleAll = (on: boolean) => setSelected(on ? new Set(rows.map(rowKey)) : new Set());
  return { selected, toggle, toggleAll, apply, undo: history.length > 0 ? undo : null };
}
