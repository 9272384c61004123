// The two virtualised reading-view designs of issue 14, measured side by side on the 1 MB source with 2,000
// claims before one was chosen (docs/architecture.md says which and why):
//   A — one Lexical editor over a window of lines, spacer nodes for the rest (scripts/bench/designs/design-a.tsx)
//   B — a Lexical editor per block of 100 lines, mounted on demand (scripts/bench/designs/design-b.tsx)
// Same clocks as bench-editor.ts (key event → rendered frame). Also: how long scrolling one screen takes until
// real lines cover the viewport, Chromium's longest animation frame while scrolling, a jump to the middle, and
// what a keyboard selection and select-all reach.
// Run: `node --import tsx scripts/bench-editor-designs.ts [runs]`.

import { createServer } from 'node:http';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { build } from 'vite';
import { positionSelector } from '../shared/annotations/model.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/e2e/helpers/browser.ts';
import { corpusDir } from '../tests/e2e/helpers/env.ts';
import { INIT_SCRIPT } from './bench/page-timing.ts';
import { claimsOn } from './bench/workspace.ts';

const RUNS = Number(process.argv[2] ?? 3);
const TYPED = '2001 1962 2022 1959 2011 ';
const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
const median = (xs: number[]) => (xs.length ? sorted(xs)[Math.floor(xs.length / 2)]! : NaN);
const p95 = (xs: number[]) => (xs.length ? sorted(xs)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))]! : NaN);

async function waitFor(page: Page, expression: string, timeoutMs = 30_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await page.evaluate(expression))) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${expression}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** In the page: true when the viewport's top and bottom both show rendered lines, not a spacer. */
const COVERED = `(() => {
  const s = document.querySelector('.scroller').getBoundingClientRect();
  const x = s.left + s.width / 2;
  return [s.top + 40, s.bottom - 40].every((y) => !!document.elementFromPoint(x, y)?.closest('p[data-line]'));
})()`;

/** Scrolls by `by` px (or to `to`) and resolves with ms until a rendered frame shows lines at both edges. */
const SCROLL_CLOCK = `((by, to) => new Promise((resolve) => {
  const el = document.querySelector('.scroller');
  const t0 = performance.now();
  if (to !== null) el.scrollTop = to; else el.scrollTop += by;
  const tick = () => requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => (${COVERED} ? resolve(performance.now() - t0) : tick());
    channel.port2.postMessage(0);
  });
  tick();
}))`;

interface Sample {
  paint: number;
  elements: number;
  add: number;
  typing: number[];
  scroll: number[];
  longestFrame: number;
  jump: number;
  shiftDown: string;
  selectAll: string;
}

async function measure(page: Page, url: string): Promise<Sample> {
  await page.goto(url);
  await waitFor(page, `typeof window.__cw.text === 'number'`);
  const paint = (await page.evaluate(`window.__cw.text`)) as number;
  await page.waitForTimeout(500);
  const elements = (await page.evaluate(`document.querySelectorAll('[data-testid=source-text] *').length`)) as number;

  // Add a claim: select 5 letters of line 3, press "3", until the new mark is drawn.
  await page.evaluate(`(() => {
    const p = document.querySelector('p[data-line="3"]');
    const node = document.createTreeWalker(p, NodeFilter.SHOW_TEXT).nextNode();
    p.closest('[contenteditable]').focus();
    const range = document.createRange();
    range.setStart(node, 0);
    range.setEnd(node, Math.min(5, node.length));
    getSelection().removeAllRanges();
    getSelection().addRange(range);
    window.__marks = document.querySelectorAll('mark').length;
  })()`);
  await page.waitForTimeout(50);
  await page.evaluate(`window.__cw.arm(() => document.querySelectorAll('mark').length > window.__marks)`);
  await page.keyboard.press('3');
  await waitFor(page, `window.__cw.result !== null`);
  const add = ((await page.evaluate(`window.__cw.result`)) as { ms: number }).ms;

  // Typing in line 4.
  await page.locator('p[data-line="4"]').click();
  await page.evaluate(
    `window.__cw.typing = []; window.__cw.armTyping(document.querySelector('[data-testid=source-text]'))`,
  );
  await page.keyboard.type(TYPED, { delay: 150 });
  await waitFor(page, `window.__cw.typing.length >= ${TYPED.length}`, 10_000).catch(() => undefined);
  const typing = (await page.evaluate(`window.__cw.typing`)) as number[];

  // Scrolling: 15 steps of 90 % of a screen, then a jump to the middle; Chromium's long animation frames.
  await page.evaluate(`window.__loaf = 0; new PerformanceObserver((l) => { for (const e of l.getEntries())
    window.__loaf = Math.max(window.__loaf, e.duration); }).observe({ type: 'long-animation-frame' })`);
  const scroll: number[] = [];
  for (let i = 0; i < 15; i++) {
    scroll.push(
      (await page.evaluate(`${SCROLL_CLOCK}(document.querySelector('.scroller').clientHeight * 0.9, null)`)) as number,
    );
  }
  const jump = (await page.evaluate(
    `${SCROLL_CLOCK}(0, document.querySelector('.scroller').scrollHeight / 2)`,
  )) as number;
  await page.waitForTimeout(300);
  const longestFrame = (await page.evaluate(`window.__loaf`)) as number;

  // Keyboard selection from the start of a line on screen: 400 × Shift+ArrowDown. Where do its ends stand?
  const where = `(() => {
    const s = getSelection();
    const line = (n) => n && (n.nodeType === 1 ? n : n.parentElement)?.closest('p[data-line]')?.dataset.line;
    return 'lines ' + line(s.anchorNode) + ' → ' + line(s.focusNode) + ' (' + s.toString().length + ' characters in the DOM selection)';
  })()`;
  await page.evaluate(`document.querySelector('.scroller').scrollTop = 0`);
  await page.waitForTimeout(300);
  await page.locator('p[data-line="5"]').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Home');
  for (let i = 0; i < 400; i++) await page.keyboard.press('Shift+ArrowDown');
  await page.waitForTimeout(300);
  const shiftDown = (await page.evaluate(where)) as string;
  await page.keyboard.press('Control+a');
  await page.waitForTimeout(100);
  const selectAll = (await page.evaluate(`getSelection().toString().length + ' characters'`)) as string;
  return { paint, elements, add, typing, scroll, longestFrame, jump, shiftDown, selectAll };
}

function serve(dir: string): Promise<{ url: string; close(): void }> {
  const types: Record<string, string> = {
    '.html': 'text/html',
    '.js': 'text/javascript',
    '.css': 'text/css',
    '.json': 'application/json',
  };
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    try {
      const body = readFileSync(join(dir, path === '/' ? 'index.html' : path));
      res.writeHead(200, { 'content-type': types[extname(path)] ?? 'text/html' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address() as { port: number };
      resolve({ url: `http://127.0.0.1:${address.port}/`, close: () => server.close() });
    }),
  );
}

async function main() {
  const out = mkdtempSync(join(tmpdir(), 'bench-designs-'));
  await build({
    root: 'scripts/bench/designs',
    base: './',
    logLevel: 'warn',
    mode: process.env.DESIGNS_MODE ?? 'production',
    build: { outDir: out, emptyOutDir: true, target: 'chrome140', modulePreload: { polyfill: false } },
    oxc: { jsx: { runtime: 'automatic' } },
  });
  const corpus = readdirSync(corpusDir)
    .filter((n) => n.endsWith('.txt'))
    .sort()
    .map((n) => readFileSync(join(corpusDir, n), 'utf8'));
  let text = '';
  while (text.length < 1_000_000) text += `${corpus.join('\n\n')}\n\n`;
  text = text.normalize('NFC');
  const ranges = claimsOn('bench', text, 2000).map((c) => {
    const p = positionSelector(c)!;
    return { id: c.id, start: p.start, end: p.end };
  });
  writeFileSync(join(out, 'data.json'), JSON.stringify({ text, ranges }));
  const server = await serve(out);
  if (process.argv.includes('--serve')) {
    // For looking at the prototypes by hand: ?design=a or ?design=b; stop with Ctrl+C.
    console.log(`${server.url}?design=a`);
    return;
  }
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
  const load = [loadavg()[0]!];
  const samples: Record<'a' | 'b', Sample[]> = { a: [], b: [] };
  try {
    for (let run = 0; run < RUNS; run++) {
      for (const design of ['a', 'b'] as const) {
        const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
        await context.addInitScript(INIT_SCRIPT);
        const page = await context.newPage();
        const errors: string[] = [];
        page.on('pageerror', (e) => errors.push(e.message));
        samples[design].push(
          await measure(page, `${server.url}?design=${design}`).catch(async (error) => {
            await page.screenshot({ path: `/tmp/bench-designs-${design}.png` });
            throw new Error(`design ${design}: ${error}; page errors: ${errors.join('; ')}`);
          }),
        );
        await context.close();
      }
    }
  } finally {
    load.push(loadavg()[0]!);
    await browser.close();
    server.close();
    rmSync(out, { recursive: true, force: true });
  }
  const ms = (x: number) => `${x.toFixed(1)} ms`;
  const rows: [string, (s: Sample[]) => string][] = [
    ['first paint: navigation → frame with text', (s) => ms(median(s.map((x) => x.paint)))],
    ['elements in the editor after the first paint', (s) => String(median(s.map((x) => x.elements)))],
    ['add a claim: key → mark drawn (median)', (s) => ms(median(s.map((x) => x.add)))],
    ['typing p95', (s) => ms(p95(s.flatMap((x) => x.typing)))],
    [
      'scroll one screen → lines cover the viewport: median / p95',
      (s) => `${ms(median(s.flatMap((x) => x.scroll)))} / ${ms(p95(s.flatMap((x) => x.scroll)))}`,
    ],
    ['jump to the middle → lines cover the viewport', (s) => ms(median(s.map((x) => x.jump)))],
    ['longest animation frame while scrolling (Chromium LoAF)', (s) => ms(median(s.map((x) => x.longestFrame)))],
    ['400 × Shift+ArrowDown from line 5 reaches', (s) => s[0]!.shiftDown],
    ['Ctrl+A selects (DOM)', (s) => s[0]!.selectAll],
  ];
  console.log(
    `\nReading-view designs on 1 MB + 2,000 claims — ${new Date().toISOString().slice(0, 10)}, medians of ${RUNS} runs;`,
  );
  console.log(
    `${cpus().length} × ${cpus()[0]?.model}, Chromium ${browser.version()}, load ${load.map((l) => l.toFixed(1)).join(' → ')}\n`,
  );
  console.log('| measure | A: one editor, window of lines | B: editor per 100-line block |\n|---|---|---|');
  for (const [label, value] of rows) console.log(`| ${label} | ${value(samples.a)} | ${value(samples.b)} |`);
}

await main();
