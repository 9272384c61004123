// Runs the electronegativity security scan over electron/ and renderer/ and fails on any finding not
// justified in .electronegativity.json, and on any file it could not parse (an unscanned file is no pass).
// Start it with --require ./scripts/no-network.cjs: nothing it does may reach the internet.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const Module = require('node:module');

const root = path.resolve(__dirname, '..');
const electronVersion = require('../node_modules/electron/package.json').version;
const config = JSON.parse(fs.readFileSync(path.join(root, '.electronegativity.json'), 'utf8'));
const args = process.argv.slice(2);
const asJson = args.includes('--json');
const given = args.filter((a) => !a.startsWith('--'));
/** Main process, preload and renderer are scanned together, so the global checks see the whole app. */
const APP_PARTS = ['electron', 'renderer'];

/**
 * Electronegativity's own i18n set-up downloads translations on every run; replace that module with
 * one that loads the bundled English messages.
 */
function useBundledMessages() {
  const id = require.resolve('@doyensec/electronegativity/dist/locales/i18n.js');
  const load = async () => {
    const i18n = require('i18n');
    i18n.configure({
      locales: ['en-US'],
      defaultLocale: 'en-US',
      directory: path.dirname(id),
      updateFiles: false,
      objectNotation: true,
      register: global,
    });
    i18n.setLocale('en-US');
  };
  const stub = new Module(id);
  stub.filename = id;
  stub.loaded = true;
  stub.exports = Object.assign(load, { default: load, __esModule: true });
  require.cache[id] = stub;
}

/** A temp folder holding copies of the app's parts (tests and fixtures left out). */
function stageApp() {
  const dir = fs.mkdtempSync(path.join(require('node:os').tmpdir(), 'wb-scan-'));
  for (const part of APP_PARTS) {
    fs.cpSync(path.join(root, part), path.join(dir, part), {
      recursive: true,
      filter: (src) => !/\.test\.tsx?$/.test(src),
    });
  }
  return dir;
}

async function scan(input) {
  // The published CLI breaks with the commander version npm hoists; the runner is called directly.
  const run = require('@doyensec/electronegativity/dist/runner.js');
  return run({
    input,
    customScan: [],
    // Looks up Electron's release list on the internet; the Electron version is pinned and reviewed instead.
    excludeFromScan: ['availablesecurityfixesglobalcheck'],
    isRelative: true,
    isVerbose: false,
    electronVersionOverride: electronVersion,
    parserPlugins: [],
  });
}

function justification(finding) {
  return config.justified.find(
    (j) => j.check === finding.check && (j.file === undefined || finding.file.endsWith(j.file)),
  );
}

(async () => {
  useBundledMessages();
  const findings = [];
  const errors = [];
  const input = given[0] ? path.resolve(given[0]) : stageApp();
  try {
    const result = await scan(input);
    if (!result || !(result.atomicChecks > 0)) throw new Error(`electronegativity ran no checks on ${input}`);
    for (const e of result.errors) errors.push(`${e.file}: ${e.message ?? e.error ?? JSON.stringify(e)}`);
    for (const i of result.issues) {
      findings.push({
        check: i.id,
        file: String(i.file).replace(/\\/g, '/'),
        line: i.location?.line,
        severity: i.severity?.name,
        confidence: i.confidence?.name,
        description: i.description,
      });
    }
  } finally {
    if (!given[0]) fs.rmSync(input, { recursive: true, force: true });
  }
  if (asJson) {
    console.log(
      JSON.stringify({ findings: findings.map((f) => ({ ...f, justified: Boolean(justification(f)) })), errors }),
    );
    return;
  }
  let unjustified = 0;
  for (const f of findings) {
    const j = justification(f);
    if (j) console.log(`security scan: justified ${f.check} at ${f.file}:${f.line} — ${j.reason}`);
    else {
      unjustified += 1;
      console.log(
        `security scan: FINDING ${f.check} (${f.severity}/${f.confidence}) at ${f.file}:${f.line}: ${f.description}`,
      );
    }
  }
  for (const e of errors) console.log(`security scan: COULD NOT PARSE ${e}`);
  console.log(
    `security scan: ${findings.length} findings (${findings.length - unjustified} justified, ${unjustified} not), ${errors.length} unparsed files`,
  );
  process.exitCode = unjustified || errors.length ? 1 : 0;
})().catch((error) => {
  console.error(`security scan failed to run: ${error.stack || error}`);
  process.exitCode = 1;
});
