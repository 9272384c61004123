// `npm test`: type checks of all targets, the build, the security scan, then every test (unit tests beside
// the code, service integration tests, browser-mode end-to-end tests in Chromium, Electron end-to-end tests
// where a binary exists) in one run of node's test runner. Every step runs with the network guard.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';

const NO_NETWORK = ['--require', './scripts/no-network.cjs'];
const TEST_GLOBS = ['shared/**/*.test.ts', 'electron/**/*.test.ts', 'renderer/**/*.test.ts', 'tests/**/*.test.ts'];
const only = process.argv.slice(2);

function step(name, command, args, options = {}) {
  const started = Date.now();
  console.log(`\n== ${name}`);
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.log(`== ${name} FAILED (${seconds} s)`);
    process.exit(result.status ?? 1);
  }
  console.log(`== ${name} ok (${seconds} s)`);
}

const tsc = 'node_modules/typescript/bin/tsc';
if (only.length === 0) {
  for (const project of ['shared', 'renderer', 'electron', 'tests']) {
    step(`type check ${project}/`, process.execPath, [tsc, '-p', project]);
  }
  step('build', process.execPath, ['scripts/build.mjs']);
  step('security scan (electronegativity)', process.execPath, [...NO_NETWORK, 'scripts/security-scan.cjs']);
}

mkdirSync('.tmp', { recursive: true });
step('tests', process.execPath, [
  ...NO_NETWORK,
  '--import',
  'tsx',
  '--test',
  '--test-reporter=spec',
  '--test-reporter-destination=stdout',
  '--test-reporter=tap',
  '--test-reporter-destination=.tmp/tests.tap',
  ...(only.length ? only : TEST_GLOBS),
]);

// One plain closing line, counted from the TAP copy of the run.
const tap = readFileSync('.tmp/tests.tap', 'utf8');
const count = (key) => Number(new RegExp(`^# ${key} (\\d+)$`, 'm').exec(tap)?.[1] ?? 0);
console.log(`\n${count('pass')} passed, ${count('fail')} failed, ${count('skipped')} skipped`);
