// Editor benchmark (issues 3 and 14): the reading view in headless Chromium through browser mode, on
//   • 1 MB of Arabic (the corpus texts repeated) with 2,000 claims, and
//   • corpus 003 (41 KB) with 100 claims.
// Prints the table — medians over several runs, each in a fresh page, against the targets — with the
// baseline measured in the same run: a bare contenteditable holding the same lines. Every action is timed
// from the key event (see bench/page-timing.ts for the clock).
// Run: `node --import tsx scripts/bench-editor.ts [runs] [--json=out.json]` (after `npm run build`).

import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/e2e/helpers/browser.ts';
import { selectText } from '../tests/e2e/helpers/claims-page.ts';
import { corpusDir } from '../tests/e2e/helpers/env.ts';
import { BARE_TYPING_CLOCK, INIT_SCRIPT } from './bench/page-timing.ts';
import { workspaceWith } from './bench/workspace.ts';
import { startApp } from './bench/app-server.ts';

const RUNS = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 5);
const JSON_OUT = process.argv.find((a) => a.startsWith('--json='))?.slice('--json='.length);
/** Builds of the app to measure side by side (`--app=DIR`, repeatable; this checkout by default). */
const APPS = process.argv.filter((a) => a.startsWith('--app=')).map((a) => a.slice('--app='.length));
if (APPS.length === 0) APPS.push('.');
const TYPED = '2001 1962 2022 1959 2011 ';

/** Polls an expression in the page (waitForFunction would eval a string, which the app's CSP forbids). */
async function waitFor(page: Page, expression: string, timeoutMs = 60_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await page.evaluate(expression))) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${expression}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
const median = (xs: number[]) => (xs.length ? sorted(xs)[Math.floor(xs.length / 2)]! : NaN);
const p95 = (xs: number[]) => (xs.length ? sorted(xs)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))]! : NaN);

interface KeyTiming {
  ms: number;
  /** Chromium's Event Timing duration of the keydown; null when under its 16 ms reporting threshold. */
  eventTiming: number | null;
}

/** Presses `key` and times it from its event to the rendered frame where `test` (page JS) first holds. */
async function timeKey(page: Page, key: string, test: string): Promise<KeyTiming> {
  await page.evaluate(`window.__cw.arm(() => (${test}))`);
  await page.keyboard.press(key);
  await waitFor(page, `window.__cw.result !== null`);
  // Chromium reports an event's timing after the frame is presented, so later than our clock stops.
  await page.waitForTimeout(300);
  return page.evaluate(
    `({ ms: window.__cw.result.ms, eventTiming: window.__cw.events.get(window.__cw.result.key) ?? null })`,
  ) as Promise<KeyTiming>;
}

const ROW = `document.querySelector('.claims__list [data-claim-id="' + CSS.escape(window.__id) + '"]')?.closest('li')`;
const MARKS_OF_ID = `[...document.querySelectorAll('[data-testid=source-text] mark')].filter((m) => (m.dataset.ids || '').split(' ').includes(window.__id))`;

/** Tag a selection (new claim), untag it, type one key of its note, undo: each from its key event. */
/** A word of the text on screen that no claim covers yet (the same one on every run of the same build). */
async function unclaimedWord(page: Page): Promise<string> {
  return page.evaluate(`(() => {
    for (const p of document.querySelectorAll('[data-testid=source-text] > p')) {
      for (const node of p.childNodes) {
        if (node.nodeType !== Node.TEXT_NODE && node.nodeName !== 'SPAN') continue;
        const word = (node.textContent.match(/[\\p{L}]{5,}/u) || [])[0];
        if (word && p.textContent.indexOf(word) === p.textContent.lastIndexOf(word)) return word;
      }
    }
    return null;
  })()`) as Promise<string>;
}

async function claimActions(page: Page): Promise<Record<string, KeyTiming>> {
  await page.locator('[data-testid=source-text]').focus();
  await selectText(page, await unclaimedWord(page));
  await page.evaluate(`window.__before = new Set([...document.querySelectorAll('[data-testid=source-text] mark')]
    .flatMap((m) => (m.dataset.ids || '').split(' ')))`);
  const add = await timeKey(
    page,
    '3',
    `(() => {
      const id = [...document.querySelectorAll('[data-testid=source-text] mark')]
        .flatMap((m) => (m.dataset.ids || '').split(' ')).find((id) => id && !window.__before.has(id));
      if (!id) return false;
      window.__id = id;
      return !!${ROW};
    })()`,
  );
  // Collapse the selection: the next "3" toggles the tag of the chosen (new) claim.
  await page.keyboard.press('ArrowLeft');
  await page.evaluate(`window.__label = ${ROW}.getAttribute('aria-label')`);
  const untag = await timeKey(
    page,
    '3',
    `${ROW}?.getAttribute('aria-label') !== window.__label &&
      ${MARKS_OF_ID}.every((m) => !(m.dataset.tags || '').split(' ').includes('likely-typo'))`,
  );
  // A long list keeps only the rows near its viewport: with the details (below the list) in view, the claim's
  // row is not rendered, and what the key changes on screen is the claim's save state (same React commit).
  const SAVE_STATE_CHANGED = `document.querySelector('[data-testid=save-state]')?.dataset.status !== 'saved'`;
  await waitFor(page, `!${SAVE_STATE_CHANGED}`);
  await page.locator('[data-testid=claim-details] textarea').first().click({ timeout: 120_000 });
  const note = await timeKey(
    page,
    'x',
    `(${ROW}) ? !!${ROW}.querySelector('.claim-item__note')?.textContent.includes('x') : ${SAVE_STATE_CHANGED}`,
  );
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await waitFor(page, `!${SAVE_STATE_CHANGED}`);
  const undo = await timeKey(
    page,
    'Control+z',
    `(${ROW}) ? !${ROW}.querySelector('.claim-item__note') : ${SAVE_STATE_CHANGED}`,
  );
  if (process.env.BENCH_DEBUG) {
    const busy = await page.evaluate(`new Promise((resolve) => {
      let mutations = 0;
      const o = new MutationObserver((l) => (mutations += l.length));
      o.observe(document.body, { subtree: true, childList: true, attributes: true });
      const t0 = performance.now();
      let frames = 0;
      const tick = () => (++frames < 30 ? requestAnimationFrame(tick) : resolve({ mutations, ms: performance.now() - t0 }));
      requestAnimationFrame(tick);
    })`);
    console.error('after undo', JSON.stringify(busy));
  }
  return { add, untag, note, undo };
}

/** Keydown → the rendered frame after the typed character, correcting the text. */
async function typingLatencies(page: Page): Promise<number[]> {
  // CSS, not getByRole: computing roles over a 20,000-paragraph page (the old build) took over 30 s on a loaded machine.
  await page.locator('.toolbar button', { hasText: 'تصحيح النص' }).click({ timeout: 120_000 });
  await page.locator('[data-testid=source-text] > p').nth(3).click();
  await page.evaluate(
    `window.__cw.typing = []; window.__cw.armTyping(document.querySelector('[data-testid=source-text]'))`,
  );
  // A person types 5–8 characters a second; keys 150 ms apart measure latency, not a backlog of keys. Digits and
  // spaces (fixing years): Playwright types non-ASCII text without key events, which would leave nothing to time.
  await page.keyboard.type(TYPED, { delay: 150 });
  await waitFor(page, `window.__cw.typing.length >= ${TYPED.length}`, 10_000).catch(() => undefined);
  return page.evaluate(`window.__cw.typing`) as Promise<number[]>;
}

/**
 * The same keys typed into a bare contenteditable holding the same lines (one <p> each, content-visibility
 * auto), in a blank page of the same browser: what Chromium alone costs on this machine, in the same run.
 */
async function bareTypingLatencies(page: Page, text: string): Promise<number[]> {
  await page.goto('about:blank');
  await page.setContent(
    '<div id=e contenteditable dir=rtl spellcheck=false style="font-size:18px;line-height:1.9"></div>',
  );
  await page.evaluate(`((text) => {
    const e = document.getElementById('e');
    for (const line of text.split('\\n')) {
      const p = document.createElement('p');
      p.style.cssText = 'margin:0;content-visibility:auto;contain-intrinsic-size:auto 2em';
      p.textContent = line || '\\u200b';
      e.appendChild(p);
    }
    ${BARE_TYPING_CLOCK}(e);
  })(${JSON.stringify(text)})`);
  await page.locator('#e > p').nth(3).click();
  await page.keyboard.type(TYPED, { delay: 150 });
  await waitFor(page, `window.__typing.length >= ${TYPED.length}`, 10_000).catch(() => undefined);
  return page.evaluate(`window.__typing`) as Promise<number[]>;
}

async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  return usedSize / 2 ** 20;
}

/** An app mark's time (ms from navigation), NaN when this build does not set it. */
async function appMark(page: Page, name: string): Promise<number> {
  return page.evaluate(`performance.getEntriesByName('${name}')[0]?.startTime ?? NaN`) as Promise<number>;
}

interface Case {
  name: string;
  text: string;
  dir: string;
  targets: { paint: number; typing?: number; action: number };
}

type Samples = Record<string, number[]>;

/** One fresh page of one app on one case: every figure once. */
async function runOnce(browser: Browser, url: string, c: Case, add: (key: string, ...xs: number[]) => void) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  try {
    await context.addInitScript(INIT_SCRIPT);
    const page = await context.newPage();
    await page.goto(url);
    await waitFor(page, `typeof window.__cw.text === 'number' && typeof window.__cw.marks === 'number'`);
    add('paintText', (await page.evaluate(`window.__cw.text`)) as number);
    add('paintMarks', (await page.evaluate(`window.__cw.marks`)) as number);
    add('scriptStart', await appMark(page, 'cw:script-start'));
    add('sourceLoaded', await appMark(page, 'cw:source-loaded'));
    add('open', (await appMark(page, 'cw:painted')) - (await appMark(page, 'cw:source-requested')));
    // Let the work that follows the first paint (suspicions, passages, the rest of the text) settle.
    await page.waitForTimeout(1500);
    add('heap', await heapMb(page));
    const actions = await claimActions(page);
    for (const [name, timing] of Object.entries(actions)) {
      add(name, timing.ms);
      add(`${name}ET`, timing.eventTiming ?? 0);
    }
    add(
      'typing',
      ...(await typingLatencies(page).catch(async (error) => {
        await page.screenshot({ path: '/tmp/bench-editor-failure.png' });
        throw error;
      })),
    );
    add('bare', ...(await bareTypingLatencies(page, c.text)));
  } finally {
    await context.close();
  }
}

/** Every app on one case, runs interleaved (app 1, app 2, app 1, …) so load changes hit them alike. */
async function runCase(browser: Browser, c: Case): Promise<Samples[]> {
  const samples: Samples[] = APPS.map(() => ({}));
  const apps = await Promise.all(APPS.map((dir, i) => startApp(dir, c.dir, `${c.dir}-ud-${i}`)));
  try {
    for (let run = 0; run < RUNS; run++) {
      for (const [i, app] of apps.entries()) {
        const s = samples[i]!;
        await runOnce(browser, app.url, c, (key, ...xs) =>
          (s[key] ??= []).push(...xs.filter((x) => Number.isFinite(x))),
        );
      }
    }
  } finally {
    await Promise.all(apps.map((app) => app.stop()));
  }
  return samples;
}

const ms = (x: number) => (Number.isFinite(x) ? `${x.toFixed(x < 100 ? 1 : 0)} ms` : '—');

/** One row per measure: its value for each app, the target, and the verdict for the last app. */
function tableRows(c: Case, per: Samples[]): string[][] {
  const rows: string[][] = [];
  const row = (
    label: string,
    value: (s: Samples) => number,
    target?: number,
    format = ms,
    extra?: (s: Samples) => string,
  ) => {
    const values = per.map(value);
    const last = values[values.length - 1]!;
    const verdict = target === undefined ? '' : last <= target ? 'met' : '**miss**';
    rows.push([
      c.name,
      label,
      ...values.map(format),
      target === undefined ? '' : `≤ ${target} ms`,
      verdict,
      extra ? extra(per[per.length - 1]!) : '',
    ]);
  };
  const med = (key: string) => (s: Samples) => median(s[key] ?? []);
  const et = (key: string) => (s: Samples) => {
    const xs = s[`${key}ET`] ?? [];
    return xs.length ? (median(xs) === 0 ? 'Event Timing < 16 ms' : `Event Timing ${ms(median(xs))}`) : '';
  };
  row('first paint: navigation → frame with the text', med('paintText'), c.targets.paint);
  row('… → frame with the marks of the first screen', med('paintMarks'));
  row('… app script starts', med('scriptStart'));
  row('… text and claims received', med('sourceLoaded'));
  row('opening the source in the app: request → painted', med('open'));
  row('add a claim: key "3" on a selection → mark and list row drawn', med('add'), c.targets.action, ms, et('add'));
  row('untag: key "3" on the chosen claim → mark and row redrawn', med('untag'), c.targets.action, ms, et('untag'));
  row('note: one key in the note → list row shows it (†)', med('note'), c.targets.action, ms, et('note'));
  row('undo (Ctrl+Z) of that note → list row without it (†)', med('undo'), c.targets.action, ms, et('undo'));
  row(
    'typing p95 while correcting',
    (s) => p95(s.typing ?? []),
    c.targets.typing,
    ms,
    (s) => `${s.typing?.length ?? 0} keys`,
  );
  row('baseline, same run: bare contenteditable with the same lines, typing p95', (s) => p95(s.bare ?? []));
  row(
    'typing p95 ÷ bare contenteditable',
    (s) => p95(s.typing ?? []) / p95(s.bare ?? []),
    undefined,
    (x) => x.toFixed(2),
  );
  row('JS heap after GC', med('heap'), undefined, (x) => `${x.toFixed(0)} MB`);
  return rows;
}

async function main() {
  if (!existsSync('.vite/renderer/main_window/index.html'))
    execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
  const corpus = readdirSync(corpusDir)
    .filter((n) => n.endsWith('.txt'))
    .sort()
    .map((n) => readFileSync(join(corpusDir, n), 'utf8'));
  let big = '';
  while (big.length < 1_000_000) big += `${corpus.join('\n\n')}\n\n`;
  const c003 = readFileSync(join(corpusDir, '003_fc528dca72532d73.txt'), 'utf8');
  const root = mkdtempSync(join(tmpdir(), 'bench-editor-'));
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
  const load = [loadavg()[0]!];
  try {
    const cases: Case[] = [
      {
        name: '1 MB, 2,000 claims',
        text: big,
        dir: await workspaceWith(root, 'big', big, 2000),
        targets: { paint: 300, typing: 16, action: 30 },
      },
      {
        name: 'corpus 003 (41 KB), 100 claims',
        text: c003,
        dir: await workspaceWith(root, 'c003', c003, 100),
        targets: { paint: 250, action: 16 },
      },
    ];
    const results: Record<string, Samples[]> = {};
    const rows: string[][] = [];
    for (const c of cases) {
      results[c.name] = await runCase(browser, c);
      rows.push(...tableRows(c, results[c.name]!));
    }
    load.push(loadavg()[0]!);
    const machine = `${cpus().length} × ${cpus()[0]?.model ?? '?'}, Chromium ${browser.version()}, load average ${load.map((l) => l.toFixed(1)).join(' → ')}`;
    console.log(`\nEditor benchmark — ${new Date().toISOString().slice(0, 10)}, medians of ${RUNS} runs; ${machine}`);
    console.log('Every action is timed from its key event to the rendered frame that shows it; verdicts are for the');
    console.log('last build named. (†) where the long claims list has that row scrolled away: until the save state');
    console.log('changes, in the same React commit.\n');
    const heads = APPS.map((a) => `median: ${a}`);
    console.log(`| document | measure | ${heads.join(' | ')} | target | | |`);
    console.log(`|---|---|${heads.map(() => '---|').join('')}---|---|---|`);
    for (const row of rows) console.log(`| ${row.join(' | ')} |`);
    if (JSON_OUT)
      writeFileSync(
        JSON_OUT,
        JSON.stringify({ date: new Date().toISOString(), machine, runs: RUNS, apps: APPS, results }, null, 1),
      );
  } finally {
    await browser.close();
    rmSync(root, { recursive: true, force: true });
  }
}

await main();
