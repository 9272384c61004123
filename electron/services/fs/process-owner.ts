// Who owns a half-written thing on disk (an import's staging folder, an atomic write's temp file): a tag in its
// name, `<host>-<pid>-<start>`, fixed at the moment the folder or file is created (no window in which it exists
// without an owner, as an owner file written after mkdir would leave). Opening a workspace removes only the
// things whose owner is gone, so one process never deletes what another is still writing.
//
// The start time tells a live owner from a dead one whose pid was reused. On Linux it is field 22 of
// /proc/<pid>/stat (clock ticks since boot, fixed for the life of the process). Elsewhere (macOS, Windows) there is
// no cheap, spawn-free way to read another process's start time, so the tag says `0` and only "is the pid alive"
// is checked: a reused pid then keeps a dead owner's leftovers until that pid exits too (never the unsafe way).
// The host part keeps a workspace in a synced or shared folder safe: another machine's pids mean nothing here,
// so its leftovers are removed only once they are clearly abandoned (older than FOREIGN_GRACE_MS).

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { hostname } from 'node:os';

/** A tag as it appears in names: 8 hex digits of the host, the pid, the start time (0 when unknown). */
const TAG_PATTERN = /^([0-9a-f]{8})-(\d+)-(\d+)$/;
/** Another machine's staging folder or temp file this old is abandoned (a day: longer than any import). */
export const FOREIGN_GRACE_MS = 24 * 60 * 60 * 1000;

export interface Owner {
  host: string;
  pid: number;
  start: string;
}

export type OwnerState = 'alive' | 'dead' | 'foreign';

const thisHost = createHash('sha256').update(hostname()).digest('hex').slice(0, 8);
let ownTagCache: string | undefined;

/** This process's tag (computed once: neither pid nor start time changes). */
export function ownTag(): string {
  ownTagCache ??= `${thisHost}-${process.pid}-${startTimeOf(process.pid) ?? '0'}`;
  return ownTagCache;
}

export function parseTag(tag: string): Owner | undefined {
  const match = TAG_PATTERN.exec(tag);
  if (!match) return undefined;
  return { host: match[1]!, pid: Number(match[2]), start: match[3]! };
}

/** Whether the process that wrote `tag` still runs: 'foreign' when it ran on another machine. */
export function ownerState(owner: Owner): OwnerState {
  if (owner.host !== thisHost) return 'foreign';
  if (!isAlive(owner.pid)) return 'dead';
  if (owner.start === '0') return 'alive';
  const start = startTimeOf(owner.pid);
  // Unreadable now (the process just exited, or /proc is hidden): dead if gone, else assume alive.
  if (start === undefined) return isAlive(owner.pid) ? 'alive' : 'dead';
  return start === owner.start ? 'alive' : 'dead';
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Field 22 of /proc/<pid>/stat; the name in field 2 may hold spaces and parentheses, so split after the last ')'. */
function startTimeOf(pid: number): string | undefined {
  if (process.platform !== 'linux') return undefined;
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return undefined;
  }
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // fields[0] is field 3 (state), so field 22 is fields[19].
  const start = fields[19];
  return start && /^\d+$/.test(start) ? start : undefined;
}
