// A button that opens a menu of items (the File menu, a source's "⋯"): arrows move, Escape closes and returns
// focus to the button, leaving the menu closes it (menu-keys.ts).

import { useRef, useState, type ReactNode } from 'react';
import { menuKeyDown, useMenuFocus } from './menu-keys.ts';

export function MenuButton(props: {
  /** What the button shows. */
  children: ReactNode;
  /** The menu's name (and the button's, unless `buttonLabel`). */
  label: string;
  buttonLabel?: string;
  className?: string;
  buttonClassName?: string;
  listClassName?: string;
  /** The menu's items, given the function that closes it. */
  items: (close: () => void) => ReactNode;
}) {
  const [open, setOpen] = useState(false);
  return (
    <div
      className={`menu${props.className ? ` ${props.className}` : ''}`}
      onBlur={(e) => !e.currentTarget.contains(e.relatedTarget) && setOpen(false)}
    >
      <button
        type="button"
        className={props.buttonClassName ?? 'button button--quiet'}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-label={props.buttonLabel}
        title={props.buttonLabel ? props.label : undefined}
        onClick={() => setOpen(!open)}
      >
        {props.children}
      </button>
      {open && (
        <MenuList label={props.label} className={props.listClassName} close={() => setOpen(false)}>
          {props.items}
        </MenuList>
      )}
    </div>
  );
}

function MenuList(props: {
  label: string;
  className: string | undefined;
  close: () => void;
  children: (close: () => void) => ReactNode;
}) {
  const list = useRef<HTMLDivElement>(null);
  useMenuFocus(list);
  return (
    <div
      className={`menu__list${props.className ? ` ${props.className}` : ''}`}
      role="menu"
      aria-label={props.label}
      ref={list}
      tabIndex={-1}
      onKeyDown={(e) => menuKeyDown(e, props.close)}
    >
      {props.children(props.close)}
    </div>
  );
}
