// The query field of both searches (the find bar and the workspace search): any direction, focused and
// selected each time its opener bumps `focusNonce`. A layout effect, so when the opener renders it with
// flushSync the field has focus before the next key arrives (a "1" must not reach the reading view).

import { useLayoutEffect, useRef } from 'react';

export function SearchQuery(props: {
  className: string;
  label: string;
  placeholder: string;
  value: string;
  focusNonce: number;
  onChange: (value: string) => void;
  onKeyDown?: (event: React.KeyboardEvent<HTMLInputElement>) => void;
}) {
  const input = useRef<HTMLInputElement>(null);
  useLayoutEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, [props.focusNonce]);
  return (
    <input
      ref={input}
      className={props.className}
      type="search"
      dir="auto"
      aria-label={props.label}
      placeholder={props.placeholder}
      value={props.value}
      onChange={(e) => props.onChange(e.target.value)}
      onKeyDown={props.onKeyDown}
    />
  );
}
