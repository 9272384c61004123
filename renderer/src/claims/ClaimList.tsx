// The claims list of the panel. A source with thousands of claims keeps only the rows near the panel's
// viewport in the DOM (TanStack Virtual, rows measured as they render): with 2,000 rows in the DOM every
// keystroke anywhere paid Chromium's content-visibility intersection pass over all of them, and adding a
// claim re-rendered the list. Rows stay the panel's own <li> elements; the rest is padding of the list.

import { useVirtualizer } from '@tanstack/react-virtual';
import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';

/**
 * ArrowDown / ArrowUp from one row's button to the next one's (a row's neighbours are always rendered: the
 * window keeps an overscan around the viewport, and focusing a row scrolls it into view).
 */
function moveBetweenRows(event: KeyboardEvent): void {
  const step = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
  const list = event.currentTarget as HTMLElement;
  if (step === 0 || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
  const buttons = [...list.querySelectorAll<HTMLElement>(':scope > li > button')];
  const at = buttons.indexOf(document.activeElement as HTMLElement);
  const next = at < 0 ? undefined : buttons[at + step];
  if (!next) return;
  event.preventDefault();
  next.focus();
}

/** Up to this many rows the list is rendered whole (a browser's find in page sees them all). */
const WHOLE_LIST = 200;

export function ClaimList<T>(props: {
  items: readonly T[];
  label: string;
  keyOf: (item: T) => string;
  selectedKey: string | null;
  /** Renders one row: an <li>. */
  row: (item: T) => ReactNode;
}) {
  const { items } = props;
  const list = useRef<HTMLUListElement>(null);
  const [margin, setMargin] = useState(0);
  const windowed = items.length > WHOLE_LIST;
  // A listener, not onKeyDown: the <ul> stays a plain list for assistive technology (its rows are buttons).
  useLayoutEffect(() => {
    const element = list.current;
    element?.addEventListener('keydown', moveBetweenRows);
    return () => element?.removeEventListener('keydown', moveBetweenRows);
  }, [windowed]);
  const virtualizer = useVirtualizer({
    count: items.length,
    enabled: windowed,
    getScrollElement: () => list.current?.closest<HTMLElement>('.claims') ?? null,
    estimateSize: () => 72,
    overscan: 8,
    scrollMargin: margin,
    getItemKey: (i) => props.keyOf(items[i]!),
  });
  // Where the list starts inside the scrolling panel (the filter and the notice above it change height): measured
  // after every render on purpose, as any render may change what stands above; set only when it moved.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- no dependency list: see above
  useLayoutEffect(() => {
    const panel = list.current?.closest<HTMLElement>('.claims');
    if (!windowed || !list.current || !panel) return;
    const top = list.current.getBoundingClientRect().top - panel.getBoundingClientRect().top + panel.scrollTop;
    if (Math.abs(top - margin) > 1) setMargin(top);
  });
  // The chosen claim's row is brought into the list (a mark clicked in the text, undo showing a claim).
  const selectedIndex = props.selectedKey === null ? -1 : items.findIndex((i) => props.keyOf(i) === props.selectedKey);
  useLayoutEffect(() => {
    if (windowed && selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [windowed, selectedIndex, virtualizer]);
  // Rows are measured once rendered: their <li> is found in the list by position.
  const rows = windowed ? virtualizer.getVirtualItems() : [];
  useLayoutEffect(() => {
    if (!windowed || !list.current) return;
    [...list.current.children].forEach((element, i) => {
      const row = rows[i];
      if (!row) return;
      element.setAttribute('data-index', String(row.index));
      virtualizer.measureElement(element);
    });
  });
  if (!windowed) {
    return (
      <ul ref={list} className="claims__list" aria-label={props.label}>
        {items.map((item) => props.row(item))}
      </ul>
    );
  }
  const before = (rows[0]?.start ?? margin) - margin;
  const after = virtualizer.getTotalSize() - ((rows[rows.length - 1]?.end ?? margin) - margin);
  return (
    <ul
      ref={list}
      className="claims__list"
      aria-label={props.label}
      style={{ paddingBlockStart: before, paddingBlockEnd: Math.max(0, after) }}
    >
      {rows.map((row) => props.row(items[row.index]!))}
    </ul>
  );
}
