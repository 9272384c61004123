// The dark theme follows the system (prefers-color-scheme: dark), emulated in real Chromium through browser mode:
// the page really is dark (the background behind the body and the reading view dark, the text light), and axe
// (color-contrast included, no rule turned off) finds nothing on the main screen with a claim selected, with the
// Tags dialog open, in the claims of every source and over set-aside passages with search hits, in both UI
// languages at 1400×900 and 1024×768; the light theme keeps its colours. Screenshots are looked at, not compared.

import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { axeViolations, describeViolations } from './helpers/axe.ts';
import { chromiumMissing } from './helpers/browser.ts';
import { claimItems, selectText, waitSaved } from './helpers/claims-page.ts';
import { corpusFile, corpusMissing, repoRoot, skipUnlessCI } from './helpers/env.ts';
import { e2eBrowser, openImported } from './helpers/open-app.ts';

const LONG = '003_fc528dca72532d73.txt';
const POST = '000_3713eee76bfc4b7f.txt';
const SCREENSHOTS = process.env.SCREENSHOTS_DIR ?? join(repoRoot, '.tmp', 'screenshots');
const browser = e2eBrowser();
const needs = { skip: skipUnlessCI(chromiumMissing(), corpusMissing(LONG, POST)), timeout: 180_000 };

const WORDS = {
  ar: {
    tags: 'وسوم مساحة العمل',
    tagsButton: /^الوسوم/,
    claimsView: 'الادعاءات في كل المصادر',
    find: 'البحث في المصدر',
  },
  en: { tags: 'Workspace tags', tagsButton: /^Tags/, claimsView: 'Claims in all sources', find: 'Find in source' },
} as const;

/** Relative luminance (WCAG 2) of an `rgb()`/`rgba()` colour. */
function luminance(css: string): number {
  const [r, g, b] = (css.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number) as [number, number, number];
  const lin = (c: number) => (c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/**
 * The element's text colour and the background it is seen on: its own and its ancestors' background colours,
 * translucent ones composited over those beneath, down to the first opaque one.
 */
function look(l: Locator): Promise<{ color: string; background: string }> {
  return l.first().evaluate((el) => {
    const layers: number[][] = [];
    for (let e: Element | null = el; e; e = e.parentElement) {
      const [r = 0, g = 0, b = 0, a = 1] = (getComputedStyle(e).backgroundColor.match(/[\d.]+/g) ?? []).map(Number);
      if (a === 0) continue;
      layers.push([r, g, b, a]);
      if (a === 1) break;
    }
    let rgb = [255, 255, 255];
    for (const [r, g, b, a] of layers.reverse()) rgb = [r!, g!, b!].map((c, i) => c * a! + rgb[i]! * (1 - a!));
    const background = `rgb(${rgb.map((c) => Math.round(c)).join(', ')})`;
    return { color: getComputedStyle(el).color, background };
  });
}

/** A dark background (luminance < 0.2) under light text: at least `light` luminance and 4.5:1 against it. */
async function expectDark(what: string, l: Locator, light = 0.5): Promise<void> {
  const { color, background } = await look(l);
  const ratio = (luminance(color) + 0.05) / (luminance(background) + 0.05);
  assert.ok(luminance(background) < 0.2, `${what}: the background ${background} is not dark`);
  assert.ok(luminance(color) > light, `${what}: the text ${color} is not light`);
  assert.ok(ratio >= 4.5, `${what}: ${color} on ${background} is ${ratio.toFixed(2)}:1`);
}

/** Until the claim's flash (and any other animation) is over: the colours measured are the resting ones. */
async function settled(page: Page): Promise<void> {
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)));
}

async function expectClean(page: Page, what: string): Promise<void> {
  const violations = await axeViolations(page);
  assert.equal(violations.length, 0, `${what}:\n${describeViolations(violations)}`);
}

for (const [width, height] of [
  [1400, 900],
  [1024, 768],
] as const) {
  for (const lang of ['ar', 'en'] as const) {
    const w = WORDS[lang];
    test(
      `dark, ${lang}, ${width}×${height}: a claim selected, the Tags dialog and the claims of every source are dark, with no axe violation`,
      needs,
      async (t) => {
        const { page, errors } = await openImported(browser, t, [corpusFile(LONG)], {
          lang,
          label: `dark-${lang}`,
          width,
          height,
        });
        await page.emulateMedia({ colorScheme: 'dark' });
        await mkdir(SCREENSHOTS, { recursive: true });
        // Two claims over one phrase (stripes where they overlap), the second selected with its details open.
        await page.locator('[data-testid=source-text]').focus();
        await selectText(page, '14 يوليو 2011');
        await page.keyboard.press('3');
        await selectText(page, 'اختباراً في 14 يوليو');
        await page.keyboard.press('2');
        await claimItems(page, lang).nth(1).waitFor();
        await waitSaved(page);
        await claimItems(page, lang).first().getByRole('button').click();
        await page.getByTestId('claim-details').waitFor();
        await settled(page);

        await expectDark('the body', page.locator('body'));
        await expectDark('the reading view', page.getByTestId('source-text'));
        await expectDark('the claim details', page.getByTestId('claim-details'));
        await expectDark('a marked claim', page.locator('[data-testid=source-text] mark'));
        await page.screenshot({ path: join(SCREENSHOTS, `dark-main-${lang}-${width}x${height}.png`) });
        await expectClean(page, 'dark: main screen with a claim selected');

        await page.getByRole('button', { name: w.tagsButton }).click();
        const dialog = page.getByRole('dialog', { name: w.tags });
        await dialog.waitFor();
        await expectDark('the Tags dialog', dialog);
        await expectDark('a tag name field', dialog.locator('input:not([type=color])'));
        await page.screenshot({ path: join(SCREENSHOTS, `dark-tags-${lang}-${width}x${height}.png`) });
        await expectClean(page, 'dark: Tags dialog');
        await page.keyboard.press('Escape');
        await dialog.waitFor({ state: 'detached' });

        await page.keyboard.press('Control+Shift+L');
        const claimsView = page.getByRole('main', { name: w.claimsView });
        await claimsView.locator('tbody tr').nth(1).waitFor();
        await claimsView.locator('tbody input[type=checkbox]').first().check();
        await expectDark('the claims of every source', claimsView.locator('tbody td'));
        await page.screenshot({ path: join(SCREENSHOTS, `dark-claims-view-${lang}-${width}x${height}.png`) });
        await expectClean(page, 'dark: claims in all sources');
        await page.keyboard.press('Escape');
        await claimsView.waitFor({ state: 'detached' });

        await page.keyboard.press('F1');
        await page.getByRole('dialog').waitFor();
        await page.screenshot({ path: join(SCREENSHOTS, `dark-shortcuts-${lang}-${width}x${height}.png`) });
        await expectClean(page, 'dark: shortcut sheet');
        assert.deepEqual(errors, []);
      },
    );
  }
}

for (const lang of ['ar', 'en'] as const) {
  test(`dark, ${lang}: set-aside passages and search hits stay readable, with no axe violation`, needs, async (t) => {
    const { page, errors } = await openImported(browser, t, [corpusFile(POST)], {
      lang,
      label: `dark-passages-${lang}`,
      ready: (page) => page.getByTestId('passages').waitFor({ timeout: 15_000 }),
    });
    await page.emulateMedia({ colorScheme: 'dark' });
    await mkdir(SCREENSHOTS, { recursive: true });
    await page.locator('[data-testid=source-text]').focus();
    await selectText(page, 'كندي');
    await page.keyboard.press('1');
    await claimItems(page, lang).first().waitFor();
    await waitSaved(page);
    await page.keyboard.press('Control+f');
    await page.getByRole('searchbox', { name: WORDS[lang].find }).fill('كندي');
    await page
      .getByTestId('search-count')
      .filter({ hasText: /^1 \/ \d+$/ })
      .waitFor();
    // Set aside: dimmed, so less light than the text around it, still 4.5:1.
    await expectDark('a set-aside line', page.locator('[data-testid=source-text] > p[data-passage]'), 0.25);
    await page.screenshot({ path: join(SCREENSHOTS, `dark-search-${lang}.png`) });
    await expectClean(page, 'dark: search hits');
    // The copied half of the post, set aside (dimmed), with its fold button and the list of passages.
    await page.keyboard.press('Escape');
    await page.getByTestId('passages').scrollIntoViewIfNeeded();
    const setAside = page.locator('[data-testid=source-text] > p[data-passage]').first();
    await setAside.evaluate((p) => p.scrollIntoView({ block: 'start' }));
    await page.waitForTimeout(300);
    await expectDark('a set-aside line, scrolled to', setAside, 0.25);
    await page.screenshot({ path: join(SCREENSHOTS, `dark-passages-${lang}.png`) });
    await expectClean(page, 'dark: set-aside passages');
    assert.deepEqual(errors, []);
  });
}

test('light (the system default): the colours are the light theme’s, unchanged', needs, async (t) => {
  const { page, errors } = await openImported(browser, t, [corpusFile(LONG)], { label: 'light' });
  await page.emulateMedia({ colorScheme: 'light' });
  await mkdir(SCREENSHOTS, { recursive: true });
  assert.deepEqual(await look(page.locator('body')), { color: 'rgb(31, 35, 40)', background: 'rgb(247, 246, 243)' });
  assert.equal((await look(page.getByTestId('source-text'))).background, 'rgb(255, 255, 255)');
  assert.equal((await look(page.locator('.app__header'))).background, 'rgb(255, 255, 255)');
  await page.locator('[data-testid=source-text]').focus();
  await selectText(page, '14 يوليو 2011');
  await page.keyboard.press('3');
  await claimItems(page).first().waitFor();
  await waitSaved(page);
  await settled(page);
  const mark = page.locator('[data-testid=source-text] mark').first();
  assert.equal(await mark.evaluate((m) => getComputedStyle(m).backgroundColor), 'rgba(194, 59, 122, 0.32)');
  await page.screenshot({ path: join(SCREENSHOTS, 'light-main-ar-1400x900.png') });
  await expectClean(page, 'light: main screen');
  assert.deepEqual(errors, []);
});
