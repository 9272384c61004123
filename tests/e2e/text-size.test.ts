// The reading text's size, in real Chromium through browser mode: Ctrl +/−/0 (and Ctrl++, the keypad, the
// in-page menu) step the source text through its sizes, the line the researcher was reading stays at the top
// of the view (a short source rendered whole and a long one shown through a window), the size is stored in
// settings and comes back after a reload; the rest of the window keeps its size.

import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { chromiumMissing } from './helpers/browser.ts';
import { corpusFile, corpusMissing, makeTempDir, repoRoot, skipUnlessCI } from './helpers/env.ts';
import { e2eBrowser, openImported } from './helpers/open-app.ts';

const CORPUS = '003_fc528dca72532d73.txt';
const SCREENSHOTS = join(repoRoot, '.tmp', 'screenshots');
const browser = e2eBrowser();
const needs = { skip: skipUnlessCI(chromiumMissing(), corpusMissing(CORPUS)), timeout: 120_000 };
/** The reading text's font size at 100% (styles.css: 1.15rem). */
const BASE_PX = 1.15 * 16;

const fontPx = (page: Page) =>
  page.locator('.source-editor__content').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));

/** The first line with text whose bottom is below the view's top edge, and how far its top is from that edge. */
const topLine = (page: Page) =>
  page.evaluate(`(() => {
    const edge = document.querySelector('.source-editor').getBoundingClientRect().top;
    for (const p of document.querySelectorAll('[data-testid=source-text] > p')) {
      const r = p.getBoundingClientRect();
      if (r.bottom > edge + 1 && p.textContent.trim()) return { text: p.textContent, top: r.top - edge, height: r.height };
    }
    return null;
  })()`) as Promise<{ text: string; top: number; height: number } | null>;

async function storedSize(userData: string, size: number): Promise<number | undefined> {
  let stored: { textSize?: number } = {};
  for (let i = 0; i < 50; i++) {
    stored = JSON.parse(await readFile(join(userData, 'browser-mode-settings.json'), 'utf8').catch(() => '{}'));
    if (stored.textSize === size) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return stored.textSize;
}

async function scrollTo(page: Page, fraction: number): Promise<void> {
  await page.locator('.source-editor').evaluate((el, f) => (el.scrollTop = el.scrollHeight * f), fraction);
  await page.waitForTimeout(300); // the window follows on the next frames
}

/** Presses the key, then checks the size and that the line at the top of the view is still the one there. */
async function pressKeepingLine(page: Page, key: string, percent: number): Promise<void> {
  const before = await topLine(page);
  await page.keyboard.press(key);
  await page.waitForTimeout(300);
  assert.ok(Math.abs((await fontPx(page)) - (BASE_PX * percent) / 100) < 0.1, `${key}: ${percent}%`);
  const after = await topLine(page);
  assert.equal(after?.text, before?.text, `${key}: the line read before is still at the top`);
  assert.ok(Math.abs(after!.top - before!.top) <= after!.height, `${key}: moved ${after!.top - before!.top} px`);
}

test('Ctrl +/−/0 size the source text, keep the line being read in place, and are remembered', needs, async (t) => {
  const app = await openImported(browser, t, [corpusFile(CORPUS)], { lang: 'ar', label: 'text-size' });
  const { page, userData, errors } = app;
  const headerPx = await page
    .locator('header')
    .first()
    .evaluate((el) => getComputedStyle(el).fontSize);
  assert.ok(Math.abs((await fontPx(page)) - BASE_PX) < 0.1, 'starts at 100%');
  await page.locator('[data-testid=source-text]').focus();
  await scrollTo(page, 0.4);
  await pressKeepingLine(page, 'Control+Equal', 110);
  await pressKeepingLine(page, 'Control+Shift+Equal', 125); // Ctrl++
  await pressKeepingLine(page, 'Control+NumpadAdd', 150);
  assert.equal(await storedSize(userData, 150), 150);
  await page.screenshot({ path: join(SCREENSHOTS, 'text-size-150-ar.png') });
  await pressKeepingLine(page, 'Control+Minus', 125);
  await pressKeepingLine(page, 'Control+0', 100);
  assert.equal(await storedSize(userData, 100), 100);
  assert.equal(
    await page
      .locator('header')
      .first()
      .evaluate((el) => getComputedStyle(el).fontSize),
    headerPx,
  );

  // Stepping stops at the ends, and the size chosen comes back after a reload.
  for (let i = 0; i < 10; i++) await page.keyboard.press('Control+Minus');
  assert.ok(Math.abs((await fontPx(page)) - BASE_PX * 0.8) < 0.1, 'no smaller than 80%');
  assert.equal(await storedSize(userData, 80), 80);
  for (let i = 0; i < 12; i++) await page.keyboard.press('Control+Equal');
  assert.ok(Math.abs((await fontPx(page)) - BASE_PX * 2) < 0.1, 'no larger than 200%');
  assert.equal(await storedSize(userData, 200), 200);
  await app.reload();
  assert.ok(Math.abs((await fontPx(page)) - BASE_PX * 2) < 0.1, 'remembered');
  assert.deepEqual(errors, []);
});

test('the in-page menu sizes the text too (English UI), and the sheet lists the keys', needs, async (t) => {
  const app = await openImported(browser, t, [corpusFile(CORPUS)], { lang: 'en', label: 'text-size-menu' });
  const { page, userData, errors } = app;
  await page.getByRole('button', { name: 'File', exact: true }).click();
  await page.getByRole('menuitem', { name: /^Larger text/ }).click();
  assert.ok(Math.abs((await fontPx(page)) - BASE_PX * 1.1) < 0.1);
  assert.equal(await storedSize(userData, 110), 110);
  await page.getByRole('button', { name: 'File', exact: true }).click();
  await page.getByRole('menuitem', { name: /^Default text size/ }).click();
  assert.ok(Math.abs((await fontPx(page)) - BASE_PX) < 0.1);
  assert.equal(await storedSize(userData, 100), 100);
  await page.keyboard.press('F1');
  const sheet = page.getByRole('dialog');
  await sheet.getByText('Larger text').waitFor();
  assert.match(await sheet.innerText(), /Ctrl\+\+/);
  assert.deepEqual(errors, []);
});

test('a long source shown through a window keeps the line being read at every size', needs, async (t) => {
  const dir = await makeTempDir('text-size-long');
  const article = (await readFile(corpusFile(CORPUS), 'utf8')).trimEnd();
  const file = join(dir, 'long-source.txt');
  await writeFile(file, Array.from({ length: 8 }, () => article).join('\n'));
  const app = await openImported(browser, t, [file], { lang: 'ar', label: 'text-size-window' });
  const { page, errors } = app;
  const inDom = () => page.locator('[data-testid=source-text] > p').count();
  assert.ok((await inDom()) < 300, 'shown through a window');
  await page.locator('[data-testid=source-text]').focus();
  await scrollTo(page, 0.55);
  await pressKeepingLine(page, 'Control+Equal', 110);
  await pressKeepingLine(page, 'Control+Equal', 125);
  await pressKeepingLine(page, 'Control+Equal', 150);
  await pressKeepingLine(page, 'Control+Minus', 125);
  await pressKeepingLine(page, 'Control+0', 100);
  await pressKeepingLine(page, 'Control+Minus', 90);
  assert.ok((await inDom()) < 300, 'still a window');
  // Scrolling elsewhere after the change still shows lines of the text (the heights were measured again).
  await scrollTo(page, 0.9);
  assert.ok((await topLine(page))?.text.length, 'a line at the top after scrolling on');
  assert.deepEqual(errors, []);
});
