// App commands from wherever they come (the native menu in Electron, the in-page File menu, shortcuts),
// delivered to whichever component handles them.

import { useEffect, useRef } from 'react';
import type { MenuCommand } from '../../../shared/api/shell.ts';

const bus = new EventTarget();

export function runCommand(command: MenuCommand): void {
  bus.dispatchEvent(new Event(command));
}

export function useCommand(command: MenuCommand, handler: () => void): void {
  const latest = useRef(handler);
  latest.current = handler;
  useEffect(() => {
    const listener = () => latest.current();
    bus.addEventListener(command, listener);
    return () => bus.removeEventListener(command, listener);
  }, [command]);
}

/** Work that must be saved before the window or tab closes. */
export interface Flusher {
  /** Saves; resolves true when everything is saved. */
  flush(): Promise<boolean>;
  /** True while something is not on disk yet. */
  isDirty(): boolean;
}

const flushers = new Set<Flusher>();

export function registerFlusher(flusher: Flusher): () => void {
  flushers.add(flusher);
  return () => flushers.delete(flusher);
}

export async function flushAll(): Promise<boolean> {
  const results = await Promise.all([...flushers].map((f) => f.flush().catch(() => false)));
  return results.every(Boolean);
}

export function anyDirty(): boolean {
  return [...flushers].some((f) => f.isDirty());
}
