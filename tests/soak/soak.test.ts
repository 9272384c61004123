// The soak's short form (scripts/soak.mjs): two clients saving and editing claims, another process importing,
// listing and writing annotation files from outside, three SIGKILLs of the browser-mode server. No timing is
// asserted (a loaded machine only makes the run do less); what must hold is that nothing acknowledged is lost
// and no file is corrupt.

import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { corpusMissing, repoRoot, skipUnlessCI } from '../e2e/helpers/env.ts';

const built = ['.vite/node/cli.js', '.vite/renderer/main_window/index.html'].every((p) => existsSync(join(repoRoot, p)))
  ? undefined
  : 'the CLI bundle or the renderer is not built (node scripts/build.mjs)';

interface SoakFigures {
  kills: number;
  acknowledged: Record<'client-add' | 'client-note' | 'outside-add' | 'import' | 'tag-label' | 'total', number>;
  lost: number;
  corrupt: number;
}

function runSoak(args: string[]): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['scripts/soak.mjs', ...args], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
    child.once('error', reject);
    child.once('exit', (code) => resolve({ code, out }));
  });
}

test(
  'soak, short form: 0 acknowledged writes lost and 0 corrupt files across server kills',
  // 20 s of soak; the rest is process start-ups (servers, CLI imports) on a busy machine.
  { timeout: 600_000, skip: skipUnlessCI(built, corpusMissing()) },
  async () => {
    const { code, out } = await runSoak(['--seconds', '20', '--clients', '2', '--kills', '3']);
    const line = out.split('\n').find((l) => l.startsWith('SOAK-RESULT '));
    assert.ok(line, `the soak printed no SOAK-RESULT line:\n${out}`);
    const figures = JSON.parse(line.slice('SOAK-RESULT '.length)) as SoakFigures;
    assert.equal(figures.lost, 0, `acknowledged-but-lost must be 0:\n${out}`);
    assert.equal(figures.corrupt, 0, `corrupt files must be 0:\n${out}`);
    assert.equal(code, 0, out);
    // It really soaked: the server was killed and every kind of write was acknowledged at least once.
    assert.ok(figures.kills >= 1, out);
    for (const kind of ['client-add', 'client-note', 'outside-add', 'import', 'tag-label'] as const) {
      assert.ok(figures.acknowledged[kind] > 0, `no ${kind} was acknowledged:\n${out}`);
    }
  },
);
