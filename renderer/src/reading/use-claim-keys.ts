// Keyboard for claims, at document level so it works wherever focus is: a tag's key tags the selection (or
// toggles the tag on the chosen claim); Ctrl/Cmd+Z and Ctrl/Cmd+Shift+Z (or Ctrl+Y) undo and redo claim
// actions — except in text fields and while correcting the text, where they undo typing.

import { useEffect, useRef } from 'react';
import type { Tag } from '../../../shared/workspace/model.ts';

export interface ClaimKeyHandlers {
  tags: Tag[];
  editMode: boolean;
  onTag: (tagId: string) => void;
  onUndo: () => void;
  onRedo: () => void;
}

export function useClaimKeys(handlers: ClaimKeyHandlers): void {
  const latest = useRef(handlers);
  latest.current = handlers;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const h = latest.current;
      const target = event.target instanceof Element ? event.target : null;
      const inField = !!target?.closest('input, textarea, select, dialog');
      const inEditor = !!target?.closest('.source-editor');
      const mod = event.ctrlKey || event.metaKey;
      const key = event.key.toLowerCase();
      if (mod && !event.altKey && (key === 'z' || key === 'y')) {
        if (inField || (h.editMode && inEditor)) return;
        event.preventDefault();
        event.stopPropagation();
        if (key === 'y' || event.shiftKey) h.onRedo();
        else h.onUndo();
        return;
      }
      if (mod || event.altKey || inField || h.editMode || event.repeat) return;
      const tag = h.tags.find((t) => t.shortcut && matchesShortcut(event, t.shortcut));
      if (!tag) return;
      event.preventDefault();
      event.stopPropagation();
      h.onTag(tag.id);
    };
    document.addEventListener('keydown', onKeyDown, true);
    return () => document.removeEventListener('keydown', onKeyDown, true);
  }, []);
}

/**
 * A digit shortcut also matches by physical key, so "1" works on Arabic layouts whose number row types "١".
 */
function matchesShortcut(event: KeyboardEvent, shortcut: string): boolean {
  if (event.key.toLowerCase() === shortcut.toLowerCase()) return true;
  return /^[0-9]$/.test(shortcut) && (event.code === `Digit${shortcut}` || event.code === `Numpad${shortcut}`);
}
