// "Claims in all sources" end to end, in real Chromium through browser mode: claims marked in two corpus sources,
// then the view opened by its shortcut, its menu item and its button, in both UI languages; filtered by tag and by
// free text (an Arabic query without hamza finds the quote with it), sorted, walked with the keyboard; Enter opens
// the source with that claim chosen, an orphan too; a bulk tag change and its undo. Screenshots at 1400×900 and 1024×768 in Arabic and English.

import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { chromiumMissing } from './helpers/browser.ts';
import { createClaimAnnotation, readClaim } from '../../shared/annotations/claim.ts';
import { serializeAnnotationCollection } from '../../shared/annotations/jsonld.ts';
import { quoteSelector, sourceIri } from '../../shared/annotations/model.ts';
import { claimItems, selectText, storedClaims, waitSaved } from './helpers/claims-page.ts';
import { corpusFile, corpusMissing, repoRoot, skipUnlessCI } from './helpers/env.ts';
import { e2eBrowser, openImported } from './helpers/open-app.ts';

const LONG = '003_fc528dca72532d73.txt';
const NEWS = '001_f1d8260e76d1168a.txt';
const ARCHIVE = 'أرشيف البيت الأبيض';
const TYPO = '14 يوليو 2011';
const WARNING = 'تحذير موسكو من استخدام الأسلحة النووية';
const LOST = 'جملة حُذفت من النص';
const SCREENSHOTS = process.env.SCREENSHOTS_DIR ?? join(repoRoot, '.tmp', 'screenshots');
const browser = e2eBrowser();
const needs = { skip: skipUnlessCI(chromiumMissing(), corpusMissing(LONG, NEWS)), timeout: 120_000 };

const rows = (page: Page) => page.getByTestId('claims-view-row');
const quotes = (page: Page) => rows(page).locator('.claims-table__open').allTextContents();
/** The focused element's text once it is `expected` (or what it is after a while, for the assertion). */
async function focusedText(page: Page, expected: string): Promise<string> {
  const read = () => page.evaluate(() => document.activeElement?.textContent ?? '');
  for (let i = 0; i < 40 && (await read()) !== expected; i++) await page.waitForTimeout(50);
  return read();
}

/** Polls until the rows' quotes are `expected` (filters apply on the next render). */
async function waitQuotes(page: Page, expected: string[]): Promise<void> {
  for (let i = 0; i < 100 && (await quotes(page)).join('|') !== expected.join('|'); i++) await page.waitForTimeout(50);
  assert.deepEqual(await quotes(page), expected);
}

async function mark(page: Page, needle: string, key: string): Promise<void> {
  await page.locator('[data-testid=source-text]').focus();
  await selectText(page, needle);
  await page.keyboard.press(key);
  await waitSaved(page);
}

/** Two sources with three claims (one with a correction), marked in the reading view; the long one open again. */
async function markedWorkspace(t: Parameters<typeof openImported>[1], lang: 'ar' | 'en') {
  const app = await openImported(browser, t, [corpusFile(LONG), corpusFile(NEWS)], { lang, label: 'claims-view' });
  const { page } = app;
  await mark(page, ARCHIVE, '1');
  await mark(page, TYPO, '3');
  const correction = lang === 'ar' ? 'التصحيح المقترح' : 'Suggested correction';
  await page.getByRole('textbox', { name: correction }).fill('2001');
  await waitSaved(page);
  await page.locator('.sidebar__item').nth(1).click();
  await page.locator('[data-testid=source-text] > p', { hasText: 'مباحثات سرية' }).first().waitFor();
  await mark(page, WARNING, '2');
  await page.locator('.sidebar__item').nth(0).click();
  await page.locator('[data-testid=source-text] > p', { hasText: 'سبحانه' }).first().waitFor();
  return app;
}

async function screenshots(page: Page, lang: 'ar' | 'en'): Promise<void> {
  await mkdir(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `claims-view-${lang}-1400.png`) });
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.screenshot({ path: join(SCREENSHOTS, `claims-view-${lang}-1024.png`) });
  await page.setViewportSize({ width: 1400, height: 900 });
}

test(
  'English: Ctrl+Shift+L lists every claim; tag and text filters, sorting, arrows and Enter open the claim',
  needs,
  async (t) => {
    const { page, errors, workspace, sourceIds } = await markedWorkspace(t, 'en');
    await page.keyboard.press('Control+Shift+L');
    const view = page.getByRole('main', { name: 'Claims in all sources' });
    await view.waitFor();
    const count = page.getByTestId('claims-view-count');
    await waitQuotes(page, [ARCHIVE, TYPO, WARNING]);
    assert.equal(await count.textContent(), '3 of 3 claims in 2 sources');
    assert.deepEqual(await rows(page).locator('.claims-table__tag').allTextContents(), [
      'Sourced',
      'Likely typo',
      'Disputed',
    ]);
    await screenshots(page, 'en');

    const tag = view.getByRole('combobox', { name: 'Tag', exact: true });
    assert.deepEqual((await tag.locator('option').allTextContents()).slice(0, 4), [
      'Any',
      'Sourced (1)',
      'Disputed (1)',
      'Likely typo (1)',
    ]);
    await tag.selectOption('disputed');
    await waitQuotes(page, [WARNING]);
    assert.equal(await count.textContent(), '1 of 3 claims in 1 source');
    await tag.selectOption('');
    // No hamza on the alef of أرشيف nor of الأبيض: found as search finds it.
    const text = view.getByRole('searchbox', { name: 'Search quotes and notes' });
    await text.fill('ارشيف البيت الابيض');
    await waitQuotes(page, [ARCHIVE]);
    await text.fill('');
    await view.getByRole('combobox', { name: 'Correction' }).selectOption('no');
    await waitQuotes(page, [ARCHIVE, WARNING]);
    await view.getByRole('button', { name: 'Clear filters' }).click();
    await waitQuotes(page, [ARCHIVE, TYPO, WARNING]);

    const quoteHeader = view.getByRole('columnheader', { name: 'Quote' });
    await quoteHeader.getByRole('button').click();
    assert.equal(await quoteHeader.getAttribute('aria-sort'), 'ascending');
    await waitQuotes(page, [TYPO, ARCHIVE, WARNING]);
    await quoteHeader.getByRole('button').click();
    assert.equal(await quoteHeader.getAttribute('aria-sort'), 'descending');
    await waitQuotes(page, [WARNING, ARCHIVE, TYPO]);

    // One tab stop for the rows; arrows, Home and End move it.
    await rows(page).first().locator('button').focus();
    await page.keyboard.press('ArrowDown');
    assert.equal(await focusedText(page, ARCHIVE), ARCHIVE);
    await page.keyboard.press('End');
    assert.equal(await focusedText(page, TYPO), TYPO);
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowDown');
    assert.deepEqual(
      await rows(page)
        .locator('.claims-table__open')
        .evaluateAll((b) => b.map((x) => x.getAttribute('tabindex'))),
      ['-1', '0', '-1'],
    );
    await page.keyboard.press('ArrowUp');
    assert.equal(await focusedText(page, WARNING), WARNING);
    await page.keyboard.press('Enter');

    await view.waitFor({ state: 'detached' });
    const details = page.getByTestId('claim-details');
    await details.waitFor();
    assert.equal((await details.locator('blockquote').textContent())?.trim(), WARNING, 'that claim is chosen');
    assert.equal(await page.locator('.sidebar__item[aria-current=true]').count(), 1);
    assert.match((await page.locator('.sidebar__item[aria-current=true]').textContent())!, /001/);
    const current = claimItems(page, 'en').and(page.locator('[aria-current=true]'));
    assert.equal(await current.count(), 1);
    assert.match((await current.getAttribute('aria-label'))!, new RegExp(WARNING), 'its row in the panel is current');
    await page.locator('[data-testid=source-text] mark', { hasText: 'موسكو' }).first().waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'claims-view-opened-en.png') });

    // The tag set changed under the open view (a tag deleted, its claims rewritten): the rows follow.
    await page.keyboard.press('Control+Shift+L');
    await view.waitFor();
    await waitQuotes(page, [ARCHIVE, TYPO, WARNING]);

    // Bulk: two claims of two sources get "Likely typo" at once; Ctrl+Z takes it off both, as stored.
    const tagsOnDisk = async () => {
      const all = [
        ...(await storedClaims(workspace, sourceIds[0]!)),
        ...(await storedClaims(workspace, sourceIds[1]!)),
      ];
      return Object.fromEntries(all.map((c) => [quoteSelector(c)!.exact, readClaim(c).tags.join()]));
    };
    const waitDisk = async (expected: Record<string, string>) => {
      for (let i = 0; i < 100 && JSON.stringify(await tagsOnDisk()) !== JSON.stringify(expected); i++)
        await page.waitForTimeout(50);
      assert.deepEqual(await tagsOnDisk(), expected);
    };
    await view.getByRole('checkbox', { name: `Select the claim «${ARCHIVE}»` }).check();
    await view.getByRole('checkbox', { name: `Select the claim «${WARNING}»` }).check();
    assert.equal(await page.getByTestId('bulk-count').textContent(), 'Selected: 2');
    await view.getByRole('combobox', { name: 'Tag for the selected' }).selectOption('likely-typo');
    await view.getByRole('button', { name: 'Add tag' }).click();
    await waitDisk({ [ARCHIVE]: 'sourced,likely-typo', [TYPO]: 'likely-typo', [WARNING]: 'disputed,likely-typo' });
    for (let i = 0; i < 100 && (await rows(page).first().locator('.claims-table__tag').count()) < 2; i++)
      await page.waitForTimeout(50);
    assert.deepEqual(await rows(page).first().locator('.claims-table__tag').allTextContents(), [
      'Sourced',
      'Likely typo',
    ]);
    await page.screenshot({ path: join(SCREENSHOTS, 'claims-view-bulk-en.png') });
    await page.keyboard.press('Control+z');
    await waitDisk({ [ARCHIVE]: 'sourced', [TYPO]: 'likely-typo', [WARNING]: 'disputed' });
    for (let i = 0; i < 100 && !(await view.getByRole('button', { name: 'Undo the tag change' }).isDisabled()); i++)
      await page.waitForTimeout(50);
    assert.ok(await view.getByRole('button', { name: 'Undo the tag change' }).isDisabled(), 'one step, undone');

    await page.getByRole('button', { name: 'Tags…' }).click();
    await page.getByRole('button', { name: 'Delete tag (Disputed)' }).click();
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.locator('dialog.tag-manager').waitFor({ state: 'detached' });
    for (let i = 0; i < 100 && (await rows(page).nth(2).locator('.claims-table__none').count()) === 0; i++)
      await page.waitForTimeout(50);
    assert.equal(await rows(page).nth(2).locator('td').nth(3).textContent(), 'Untagged');
    assert.deepEqual(readClaim((await storedClaims(workspace, sourceIds[1]!))[0]!).tags, [], 'as stored');
    assert.deepEqual(errors, []);
  },
);

test(
  'Arabic: the File menu item, the button and the shortcut open the view; text and tag filters; an orphan opens',
  needs,
  async (t) => {
    const { page, errors, workspace, sourceIds } = await markedWorkspace(t, 'ar');
    await page.getByRole('button', { name: 'ملف', exact: true }).click();
    await page.getByRole('menuitem', { name: /الادعاءات في كل المصادر/ }).click();
    const view = page.getByRole('main', { name: 'الادعاءات في كل المصادر' });
    await view.waitFor();
    await waitQuotes(page, [ARCHIVE, TYPO, WARNING]);
    assert.equal(await page.getByTestId('claims-view-count').textContent(), '٣ من ٣ ادعاءات في مصدرين');
    assert.equal(await page.evaluate(() => document.documentElement.dir), 'rtl');
    await screenshots(page, 'ar');
    await page.keyboard.press('Escape');
    await view.waitFor({ state: 'detached' });
    await page.locator('[data-testid=source-text] > p').first().waitFor();

    await page.getByRole('button', { name: 'الادعاءات في كل المصادر' }).click();
    await view.waitFor();
    const text = view.getByRole('searchbox', { name: 'بحث في الاقتباس والملاحظة' });
    // Without the hamza of الأسلحة; the tag filter on top.
    await text.fill('الاسلحة');
    await waitQuotes(page, [WARNING]);
    await view.getByRole('combobox', { name: 'الوسم' }).selectOption('sourced');
    await waitQuotes(page, []);
    assert.equal(await view.getByText('لا ادعاءات تطابق التصفية.').count(), 1);
    await view.getByRole('combobox', { name: 'الوسم' }).selectOption('');
    await text.fill('يوليو');
    await waitQuotes(page, [TYPO]);
    await rows(page).first().locator('button').focus();
    await page.keyboard.press('Enter');
    await view.waitFor({ state: 'detached' });
    const details = page.getByTestId('claim-details');
    await details.waitFor();
    assert.equal((await details.locator('blockquote').textContent())?.trim(), TYPO);
    await page.screenshot({ path: join(SCREENSHOTS, 'claims-view-opened-ar.png') });

    // A claim that lost its place (as a text correction leaves it), in the news source's file on disk.
    const newsId = sourceIds[1]!;
    const lost = createClaimAnnotation({
      ...{ id: 'lost', sourceIri: sourceIri(newsId), text: LOST, start: 0, end: LOST.length },
      ...{ tags: ['disputed'], now: '2026-01-01T00:00:00.000Z' },
    });
    const file = serializeAnnotationCollection(
      [...(await storedClaims(workspace, newsId)), { ...lost, orphanedAt: '2026-01-02T00:00:00.000Z' }],
      { id: `${sourceIri(newsId)}/annotations` },
    );
    await writeFile(join(workspace, 'annotations', `${newsId}.json`), file);
    await page.keyboard.press('Control+Shift+L');
    await view.waitFor();
    // In text order, the orphan at its old place (the news text's start).
    await waitQuotes(page, [ARCHIVE, TYPO, LOST, WARNING]);
    await view.getByRole('combobox', { name: 'فقد موضعه' }).selectOption('yes');
    await waitQuotes(page, [LOST]);
    assert.equal(await rows(page).locator('.claims-table__flag').textContent(), 'فقد موضعه');
    await rows(page).first().locator('button').click();
    await view.waitFor({ state: 'detached' });
    await details.waitFor();
    assert.equal((await details.locator('blockquote').textContent())?.trim(), LOST, 'the orphan is chosen');
    assert.match((await page.getByTestId('orphans').textContent())!, new RegExp(LOST));
    assert.deepEqual(errors, []);
  },
);
