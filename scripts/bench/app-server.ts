// Browser mode for a benchmark, from this checkout or from another build of the app (`--app=DIR`, e.g. an
// export of the previous commit), so "before" and "after" can be measured in the same run on a loaded machine.

import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';

export interface BenchApp {
  url: string;
  stop(): Promise<void>;
}

export async function startApp(appDir: string, workspace: string, userData: string): Promise<BenchApp> {
  const root = resolve(appDir);
  const child = spawn(
    process.execPath,
    [
      '--require',
      join(root, 'scripts/no-network.cjs'),
      join(root, 'electron/cli/workbench.mjs'),
      'web',
      '--workspace',
      workspace,
      '--lang',
      'ar',
    ],
    { cwd: root, env: { ...process.env, WORKBENCH_USER_DATA: userData }, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const url = await new Promise<string>((done, fail) => {
    createInterface({ input: child.stdout! }).once('line', (line) => done(line.trim()));
    void exited.then(() => fail(new Error(`browser mode of ${root} exited before printing its URL`)));
  });
  return {
    url,
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}
