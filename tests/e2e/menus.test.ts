// The app's menus from the keyboard (WAI-ARIA menu pattern): the overlap menu ("Which claim?") and the File
// menu open with focus on their first item, arrows move, Enter chooses, Escape closes and focus goes back.
import assert from 'node:assert/strict';
import { test, type TestContext } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { chromiumMissing } from './helpers/browser.ts';
import { claimItems, selectText, storedClaims, waitSaved } from './helpers/claims-page.ts';
import { corpusFile, corpusMissing, skipUnlessCI } from './helpers/env.ts';
import { e2eBrowser, openImported } from './helpers/open-app.ts';

const LONG = '003_fc528dca72532d73.txt';
const browser = e2eBrowser();
const needs = { skip: skipUnlessCI(chromiumMissing(), corpusMissing(LONG)), timeout: 90_000 };

async function open(t: TestContext) {
  const app = await openImported(browser, t, [corpusFile(LONG)], { lang: 'ar', label: 'menus' });
  return { ...app, sourceId: app.sourceIds[0]! };
}

/** Resolves once the element has focus (focus moves in effects, after the element is on the page). */
const waitFocused = async (locator: Locator) =>
  locator.page().waitForFunction((el) => el === document.activeElement, await locator.elementHandle());

const focusedName = (page: Page) =>
  page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent ?? '');

test('the overlap menu: arrows move, Enter picks, Escape closes and returns focus to the text', needs, async (t) => {
  const { page, workspace, sourceId, errors } = await open(t);
  await page.locator('[data-testid=source-text]').focus();
  await selectText(page, '14 يوليو 2011');
  await page.keyboard.press('3');
  await selectText(page, 'اختباراً في 14 يوليو');
  await page.keyboard.press('2');
  await waitSaved(page);
  assert.equal((await storedClaims(workspace, sourceId)).length, 2);
  const shared = page
    .locator('[data-testid=source-text] mark', { hasText: '14 يوليو' })
    .filter({ hasNot: page.locator('mark') });
  const picker = page.getByRole('menu', { name: 'أيّ ادعاء؟' });

  await shared.first().click();
  await picker.waitFor();
  const items = picker.getByRole('menuitem');
  // The first item takes focus once the click that opened the menu has settled the text's selection.
  await waitFocused(items.first());
  await page.keyboard.press('ArrowDown');
  assert.equal(await items.nth(1).evaluate((el) => el === document.activeElement), true);
  await page.keyboard.press('ArrowDown');
  assert.equal(await items.first().evaluate((el) => el === document.activeElement), true, 'wraps around');
  await page.keyboard.press('End');
  const last = await items.nth(1).innerText();
  await page.keyboard.press('Enter');
  await picker.waitFor({ state: 'detached' });
  const chosen = await page.getByTestId('claim-details').locator('blockquote').innerText();
  assert.ok(last.includes(chosen), `Enter chose the focused claim (${last} / ${chosen})`);

  await shared.first().click();
  await picker.waitFor();
  await page.keyboard.press('Escape');
  await picker.waitFor({ state: 'detached' });
  assert.equal(
    await page.locator('[data-testid=source-text]').evaluate((el) => el.contains(document.activeElement)),
    true,
    'focus is back in the text',
  );
  assert.equal(await claimItems(page).count(), 2, 'Escape changed nothing');
  assert.deepEqual(errors, []);
});

test('the File menu: opens on its first item, arrows and End move, Escape closes onto its button', needs, async (t) => {
  const { page, errors } = await open(t);
  const button = page.getByRole('button', { name: 'ملف', exact: true });
  await button.click();
  const menu = page.getByRole('menu', { name: 'ملف', exact: true });
  await menu.waitFor();
  const items = menu.getByRole('menuitem');
  await waitFocused(items.first());
  await page.keyboard.press('End');
  assert.equal(await items.last().evaluate((el) => el === document.activeElement), true);
  await page.keyboard.press('ArrowUp');
  assert.equal(await items.nth((await items.count()) - 2).evaluate((el) => el === document.activeElement), true);
  await page.keyboard.press('Escape');
  await menu.waitFor({ state: 'detached' });
  assert.equal(await button.evaluate((el) => el === document.activeElement), true, `focus: ${await focusedName(page)}`);
  assert.equal(await button.getAttribute('aria-expanded'), 'false');
  assert.deepEqual(errors, []);
});
