import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'node:test';
import { REPO_ROOT } from '../support/corpus.ts';

function scan(...args: string[]) {
  const result = spawnSync(
    process.execPath,
    ['--require', './scripts/no-network.cjs', 'scripts/security-scan.cjs', '--json', ...args],
    {
      cwd: REPO_ROOT,
      encoding: 'utf8',
    },
  );
  assert.equal(result.status, 0, result.stderr);
  return JSON.parse(result.stdout.trim().split('\n').at(-1)!) as {
    findings: { check: string; file: string; justified: boolean }[];
    errors: string[];
  };
}

test('the scanner catches an insecure main process (so a clean scan means something)', () => {
  const { findings } = scan(join('tests', 'fixtures', 'insecure-electron'));
  const checks = new Set(findings.map((f) => f.check));
  for (const expected of [
    'CONTEXT_ISOLATION_JS_CHECK',
    'SANDBOX_JS_CHECK',
    'WEB_SECURITY_JS_CHECK',
    'OPEN_EXTERNAL_JS_CHECK',
  ]) {
    assert.ok(checks.has(expected), `expected ${expected} in ${[...checks].join(', ')}`);
  }
});

// The app's own clean scan is a step of `npm test` (scripts/test.mjs), not repeated here.
