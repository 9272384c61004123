// Browser mode as a user runs it: `node electron/cli/workbench.mjs web …` in a child process (with the
// network guard), its first stdout line taken as the page URL, stopped with SIGTERM like Ctrl+C.

import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { repoRoot } from './env.ts';

const CLI = 'electron/cli/workbench.mjs';
const NO_NETWORK = join(repoRoot, 'scripts', 'no-network.cjs');
const START_TIMEOUT_MS = 20_000;
const STOP_TIMEOUT_MS = 10_000;

export interface WebAppOptions {
  /** WORKBENCH_USER_DATA for the server: always a temp dir, so no test touches the real user folder. */
  userData: string;
  workspace?: string;
  /** --create: the workspace folder may be new (without it a folder that is not a workspace is an error). */
  create?: boolean;
  lang?: 'ar' | 'en';
  port?: number;
}

interface ExitInfo {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface WebApp {
  /** The page URL exactly as printed, with the launch token in its fragment. */
  url: string;
  origin: string;
  port: number;
  token: string;
  stderr(): string;
  /** SIGTERM, then waits for the process to exit (SIGKILL after 10 s, which is reported as an error). */
  stop(): Promise<ExitInfo>;
}

const running = new Set<ChildProcess>();

// Last resort if a test file dies without its after hooks: no server outlives the test process.
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

export async function startWebApp(options: WebAppOptions): Promise<WebApp> {
  const args = ['--require', NO_NETWORK, CLI, 'web'];
  if (options.workspace !== undefined) args.push('--workspace', options.workspace);
  if (options.create) args.push('--create');
  if (options.port !== undefined) args.push('--port', String(options.port));
  if (options.lang !== undefined) args.push('--lang', options.lang);
  const command = `WORKBENCH_USER_DATA=${options.userData} node ${args.slice(2).join(' ')}`;

  const child = spawn(process.execPath, args, {
    cwd: repoRoot,
    env: { ...process.env, WORKBENCH_USER_DATA: options.userData },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  let stderr = '';
  child.stderr!.setEncoding('utf8');
  child.stderr!.on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<ExitInfo>((resolve) => {
    child.once('exit', (code, signal) => {
      running.delete(child);
      resolve({ code, signal });
    });
  });
  const stop = () => stopChild(child, exited, command);

  let url: string;
  try {
    url = await firstLine(child, exited, () => stderr, command);
  } catch (error) {
    await stop().catch(() => undefined);
    throw error;
  }
  const parsed = new URL(url);
  const token = new URLSearchParams(parsed.hash.slice(1)).get('token');
  if (parsed.hostname !== '127.0.0.1' || !token) {
    await stop().catch(() => undefined);
    throw new Error(`${command}: the first stdout line is not a 127.0.0.1 URL with a #token=: ${url}`);
  }
  return { url, origin: parsed.origin, port: Number(parsed.port), token, stderr: () => stderr, stop };
}

function firstLine(
  child: ChildProcess,
  exited: Promise<ExitInfo>,
  stderr: () => string,
  command: string,
): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    const timer = setTimeout(() => {
      finish();
      reject(
        new Error(
          `${command}: no URL on stdout within ${START_TIMEOUT_MS / 1000} s. stderr:\n${stderr() || '(empty)'}`,
        ),
      );
    }, START_TIMEOUT_MS);
    let done = false;
    const finish = () => {
      done = true;
      clearTimeout(timer);
    };
    lines.once('line', (line) => {
      if (done) return;
      finish();
      resolve(line.trim());
    });
    void exited.then(({ code, signal }) => {
      if (done) return;
      finish();
      reject(
        new Error(
          `${command}: exited (code ${code}, signal ${signal}) before printing a URL. stderr:\n${stderr() || '(empty)'}`,
        ),
      );
    });
  });
}

async function stopChild(child: ChildProcess, exited: Promise<ExitInfo>, command: string): Promise<ExitInfo> {
  if (child.exitCode !== null || child.signalCode !== null) return exited;
  child.kill('SIGTERM');
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), STOP_TIMEOUT_MS)));
  const result = await Promise.race([exited, timedOut]);
  clearTimeout(timer);
  if (result !== 'timeout') return result;
  child.kill('SIGKILL');
  await exited;
  throw new Error(`${command}: did not exit within ${STOP_TIMEOUT_MS / 1000} s of SIGTERM; killed`);
}

/** For an `after` hook: stops every server still running, whatever the tests did. */
export async function stopAllWebApps(): Promise<void> {
  await Promise.all(
    [...running].map(async (child) => {
      child.kill('SIGTERM');
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          child.kill('SIGKILL');
          resolve();
        }, STOP_TIMEOUT_MS);
        child.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
        if (child.exitCode !== null || child.signalCode !== null) resolve();
      });
    }),
  );
}
