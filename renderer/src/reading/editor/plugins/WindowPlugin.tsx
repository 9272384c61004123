// Mounts the reading window's listeners (scroll, column width, Ctrl+Home/End) for as long as the view shows
// this text; see window/reading-window.ts.

import { useEffect } from 'react';
import type { ReadingWindow } from '../window/reading-window.ts';

export function WindowPlugin({ view, editing }: { view: ReadingWindow; editing: boolean }) {
  useEffect(() => view.attach(), [view]);
  useEffect(() => view.setEditing(editing), [view, editing]);
  return null;
}
