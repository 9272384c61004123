// `npm test`: lint, import cycles, unused code (knip) and format check; type checks of all targets (one `tsc -b`); Forge's build of main, preload and renderer, packaged and made (zip,
// deb) with a stand-in Electron; the CLI bundle; the security scan; then every test (unit tests beside the code,
// service integration tests, packaging tests, browser-mode end-to-end tests in Chromium, Electron end-to-end
// tests where a binary exists) in one run of node's test runner. Every Node process started from here, and
// every Node process those start, runs with the network guard (NODE_OPTIONS).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';

const GUARD = fileURLToPath(new URL('./no-network.cjs', import.meta.url));
process.env.NODE_OPTIONS = [process.env.NODE_OPTIONS, `--require=${GUARD}`].filter(Boolean).join(' ');
const NO_NETWORK = ['--require', GUARD];
const TEST_GLOBS = ['shared/**/*.test.ts', 'electron/**/*.test.ts', 'renderer/**/*.test.ts', 'tests/**/*.test.ts'];
const only = process.argv.slice(2);
const CRUISED = ['shared', 'electron', 'renderer/src'];

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
  step('lint (eslint: types, hooks, a11y, folder boundaries)', process.execPath, [
    'node_modules/eslint/bin/eslint.js',
    '.',
  ]);
  step('import cycles (dependency-cruiser, type-only imports included)', process.execPath, [
    'node_modules/dependency-cruiser/bin/dependency-cruiser.mjs',
    ...CRUISED,
    '--config',
    '.dependency-cruiser.cjs',
  ]);
  step('unused files, exports and dependencies (knip)', process.execPath, [
    'node_modules/knip/bin/knip.js',
    '--no-progress',
  ]);
  step('format check (prettier)', process.execPath, ['node_modules/prettier/bin/prettier.cjs', '--check', '.']);
  // One build of the project references: shared/ is checked once (pure: no DOM, no Node), the others against
  // its declarations; declarations and build info go to .tmp/tsc, so a second run checks only what changed.
  step('type check (shared, renderer, electron, tests)', process.execPath, [tsc, '-b']);
  step('build with Forge; package and make with a stand-in Electron', process.execPath, [
    '--import',
    'tsx',
    'tests/packaging/support/package-standin.ts',
  ]);
  step('build the CLI', process.execPath, ['scripts/build.mjs', '--cli']);
  step('security scan (electronegativity)', process.execPath, [...NO_NETWORK, 'scripts/security-scan.cjs']);
}

mkdirSync('.tmp', { recursive: true });
// Two test files at a time even on two cores: most of a file's time is process start-up and waiting on
// Chromium or child processes, so two overlap well (measured: see docs/benchmarks.md, "The test suite").
const CONCURRENCY = Number(process.env.WORKBENCH_TEST_CONCURRENCY) || Math.max(2, availableParallelism());
step('tests', process.execPath, [
  ...NO_NETWORK,
  '--import',
  'tsx',
  '--test',
  `--test-concurrency=${CONCURRENCY}`,
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
