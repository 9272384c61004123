// A name renamed where it stands (the workspace's in the header, a source's title in its header and in the
// source list): the field replaces it, Enter or leaving the field saves, Escape keeps the old name, a blank or
// unchanged name saves nothing. After Enter or Escape the focus is back on what was renamed; after a click
// elsewhere it stays where it went. A refused save (the caller shows why) keeps the field and what was typed.

import { useEffect, useRef, useState, type KeyboardEvent } from 'react';

export function useInPlaceEdit(shown: string, onRename: (name: string) => Promise<boolean>) {
  const [draft, setDraft] = useState<string | null>(null);
  /** What the focus goes back to: the button that shows the name (or the list item that holds it). */
  const button = useRef<HTMLButtonElement>(null);
  const field = useRef<HTMLInputElement>(null);
  /** Set by Escape and by a save in flight, so the blur that follows does not save again. */
  const settled = useRef(false);
  /** Set when editing ends by Enter or Escape: the name takes the focus back once it is on screen again. */
  const refocus = useRef(false);
  const editing = draft !== null;
  useEffect(() => {
    // The field the researcher just asked for takes the focus, with the name selected to type over.
    if (editing) {
      field.current?.focus();
      field.current?.select();
    } else {
      settled.current = false;
      // After the commit that put the button back (a frame callback could run before it, under load).
      if (refocus.current) button.current?.focus();
      refocus.current = false;
    }
  }, [editing]);
  const finish = (returnFocus: boolean) => {
    refocus.current = returnFocus;
    setDraft(null);
  };
  const commit = async (returnFocus: boolean) => {
    if (settled.current || draft === null) return;
    settled.current = true;
    const name = draft.trim();
    if (name === '' || name === shown) return finish(returnFocus);
    if (await onRename(name)) finish(returnFocus);
    else settled.current = false;
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      void commit(true);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      settled.current = true;
      finish(true);
    }
  };
  const fieldProps = {
    ref: field,
    dir: 'auto' as const,
    value: draft ?? '',
    onChange: (e: { target: { value: string } }) => setDraft(e.target.value),
    onBlur: () => void commit(false),
    onKeyDown,
  };
  return { editing, start: () => setDraft(shown), button, fieldProps };
}
