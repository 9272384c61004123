// The reading text's size: one CSS custom property (--text-scale) on the page, which the reading view's font
// and column width follow. Changing it re-wraps every line, so each reading window notes the line at its top
// edge just before and puts it back just after (otherwise the text under the reader's eyes jumps away).

/** Called just before the size changes; returns what to do just after it changed. */
export type TextScaleWatcher = () => (scale: number) => void;

const watchers = new Set<TextScaleWatcher>();

export function watchTextScale(watcher: TextScaleWatcher): () => void {
  watchers.add(watcher);
  return () => watchers.delete(watcher);
}

/** The size now, as a factor of the default (1 until set). */
export function textScale(): number {
  const value = parseFloat(document.documentElement.style.getPropertyValue('--text-scale'));
  return Number.isFinite(value) && value > 0 ? value : 1;
}

export function applyTextSize(percent: number): void {
  const scale = percent / 100;
  if (scale === textScale()) return;
  const after = [...watchers].map((watch) => watch());
  document.documentElement.style.setProperty('--text-scale', String(scale));
  for (const done of after) done(scale);
}
