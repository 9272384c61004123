// The browser-mode server under the soak: `workbench web` in a child process, as a user runs it, SIGKILLed at
// random and started again on the same workspace. Clients always ask `current()` for the live one; while it is
// down they wait on `ready()`.

import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

const START_TIMEOUT_MS = 60_000;

export const repoRoot = new URL('../..', import.meta.url).pathname;
export const CLI = join(repoRoot, 'electron', 'cli', 'workbench.mjs');

/** Controls one server process at a time on `workspace`; its stderr goes to `logFile` (appended). */
export function serverControl({ workspace, userData, logFile }) {
  const log = createWriteStream(logFile, { flags: 'a' });
  let live = null; // { origin, token, child, epoch }
  let epoch = 0;
  let waiting = [];
  let stopped = false;

  async function start() {
    epoch += 1;
    log.write(`\n--- start ${epoch} at ${new Date().toISOString()}\n`);
    const child = spawn(process.execPath, [CLI, 'web', '--workspace', workspace, '--port', '0'], {
      cwd: repoRoot,
      env: { ...process.env, WORKBENCH_USER_DATA: userData },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stderr.pipe(log, { end: false });
    const url = await firstLine(child);
    const parsed = new URL(url);
    const token = new URLSearchParams(parsed.hash.slice(1)).get('token');
    if (!token) throw new Error(`workbench web printed no token: ${url}`);
    live = { origin: parsed.origin, token, child, epoch };
    const wake = waiting;
    waiting = [];
    for (const resolve of wake) resolve(live);
    return live;
  }

  /** SIGKILL, as a crash or a power cut would end it: no handler runs, nothing is flushed. */
  async function kill() {
    const victim = live;
    if (!victim) return;
    live = null;
    const gone = new Promise((resolve) => victim.child.once('exit', resolve));
    victim.child.kill('SIGKILL');
    await gone;
    log.write(`--- SIGKILL ${victim.epoch} at ${new Date().toISOString()}\n`);
  }

  /** SIGTERM (Ctrl+C) at the end of the run; after this `ready()` answers null. */
  async function stop() {
    stopped = true;
    for (const resolve of waiting.splice(0)) resolve(null);
    const last = live;
    live = null;
    if (last) {
      const gone = new Promise((resolve) => last.child.once('exit', (code, signal) => resolve({ code, signal })));
      last.child.kill('SIGTERM');
      const timer = setTimeout(() => last.child.kill('SIGKILL'), 15_000);
      const exit = await gone;
      clearTimeout(timer);
      log.write(`--- stopped ${last.epoch}: ${JSON.stringify(exit)}\n`);
    }
    await new Promise((resolve) => log.end(resolve));
  }

  return {
    start,
    kill,
    stop,
    current: () => live,
    isStopped: () => stopped,
    /** The live server, now or as soon as the next one has printed its URL. */
    ready: () => (live || stopped ? Promise.resolve(live) : new Promise((resolve) => waiting.push(resolve))),
  };
}

function firstLine(child) {
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`workbench web printed no URL within ${START_TIMEOUT_MS / 1000} s`));
    }, START_TIMEOUT_MS);
    const onExit = (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`workbench web exited (code ${code}, signal ${signal}) before printing its URL`));
    };
    child.once('exit', onExit);
    lines.once('line', (line) => {
      clearTimeout(timer);
      child.off('exit', onExit);
      resolve(line.trim());
    });
  });
}
