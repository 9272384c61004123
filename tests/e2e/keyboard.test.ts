// The window from the keyboard alone: F6 / Shift+F6 between the text, the claims list and the chosen claim's
// note (what is typed there is stored), and the shortcut sheet (F1, "?" outside text fields), which lists the
// menus' and the tags' keys in the UI language and closes on Escape with focus back where it was.

import assert from 'node:assert/strict';
import { test, type TestContext } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { readClaim } from '../../shared/annotations/claim.ts';
import { chromiumMissing } from './helpers/browser.ts';
import { claimItems, selectText, storedClaims, waitSaved } from './helpers/claims-page.ts';
import { corpusFile, corpusMissing, skipUnlessCI } from './helpers/env.ts';
import { e2eBrowser, openImported } from './helpers/open-app.ts';

const LONG = '003_fc528dca72532d73.txt';
const browser = e2eBrowser();
const needs = { skip: skipUnlessCI(chromiumMissing(), corpusMissing(LONG)), timeout: 90_000 };

async function open(t: TestContext, lang: 'ar' | 'en') {
  const app = await openImported(browser, t, [corpusFile(LONG)], { lang, label: 'keyboard' });
  return { ...app, sourceId: app.sourceIds[0]! };
}

const isFocused = (locator: Locator) => locator.evaluate((el) => el === document.activeElement);
const waitFocused = async (locator: Locator) =>
  locator.page().waitForFunction((el) => el === document.activeElement, await locator.elementHandle());

/** Two claims, the second chosen (the panel shows its details). */
async function twoClaims(page: Page, lang: 'ar' | 'en'): Promise<void> {
  await page.locator('[data-testid=source-text]').focus();
  await selectText(page, 'أبلغت المخابرات');
  await page.keyboard.press('1');
  await selectText(page, '14 يوليو 2011');
  await page.keyboard.press('3');
  await claimItems(page, lang).nth(1).waitFor();
}

for (const lang of ['ar', 'en'] as const) {
  test(
    `${lang}: F6 goes text → claims list → note and Shift+F6 back; the note typed there is stored`,
    needs,
    async (t) => {
      const { page, workspace, sourceId, errors } = await open(t, lang);
      await twoClaims(page, lang);
      const text = page.locator('[data-testid=source-text]');
      const note = page.getByTestId('claim-details').getByRole('textbox', { name: lang === 'ar' ? 'ملاحظة' : 'Note' });

      await page.keyboard.press('F6');
      const chosenButton = page.locator('.claims__list > li[aria-current=true] button');
      await waitFocused(chosenButton);
      assert.match(await chosenButton.innerText(), /14 يوليو 2011/, 'the chosen claim’s row, not the first');
      await page.keyboard.press('F6');
      await waitFocused(note);
      await page.keyboard.type('typed after F6');
      await page.keyboard.press('F6');
      await waitFocused(text);
      await page.keyboard.press('Shift+F6');
      await waitFocused(note);
      await page.keyboard.press('Shift+F6');
      await waitFocused(chosenButton);
      await page.keyboard.press('Shift+F6');
      await waitFocused(text);

      await waitSaved(page);
      const claims = await storedClaims(workspace, sourceId);
      const notes = claims.map((c) => readClaim(c).note).sort();
      assert.deepEqual(notes, ['', 'typed after F6']);
      assert.deepEqual(errors, []);
    },
  );
}

test(
  'the shortcut sheet (Arabic UI): "?" in the text opens it, Escape closes it onto the text; F1 from the note',
  needs,
  async (t) => {
    const { page, errors } = await open(t, 'ar');
    await twoClaims(page, 'ar');
    const text = page.locator('[data-testid=source-text]');
    await text.focus();
    await page.keyboard.press('Shift+Slash');
    const sheet = page.getByRole('dialog', { name: 'اختصارات لوحة المفاتيح' });
    await sheet.waitFor();
    const row = (label: string) => sheet.locator('.shortcut-sheet__row', { hasText: label });
    assert.equal(await row('استيراد ملف…').locator('kbd').innerText(), 'Ctrl+O');
    assert.equal(await row('تصدير تقرير PDF…').locator('kbd').innerText(), 'Ctrl+P');
    assert.equal(await row('البحث في كل المصادر').locator('kbd').innerText(), 'Ctrl+Shift+F');
    assert.equal(await row('خطأ مطبعي محتمل').locator('kbd').innerText(), '3', 'tag keys from the workspace');
    assert.equal(await row('الانتقال إلى الجزء التالي').locator('kbd').innerText(), 'F6');
    assert.deepEqual(await row('الرجوع إلى الجزء السابق').locator('kbd').allInnerTexts(), ['Shift+F6']);
    assert.deepEqual(await row('في قائمة الادعاءات').locator('kbd').allInnerTexts(), ['↑', '↓']);
    assert.deepEqual(await row('تكبير النص').locator('kbd').allInnerTexts(), ['Ctrl+=', 'Ctrl++']);
    assert.equal(await row('إعادة تسمية المصدر').locator('kbd').innerText(), 'F2');
    assert.equal(await row('حذف المصدر').locator('kbd').innerText(), 'Delete');
    assert.deepEqual(await sheet.locator('h3').allInnerTexts(), [
      'ملف',
      'تحرير',
      'الوسوم (على النص المحدد أو الادعاء المختار)',
      'عرض',
      'التنقل',
      'قائمة المصادر',
      'مساعدة',
    ]);
    await page.keyboard.press('Escape');
    await sheet.waitFor({ state: 'detached' });
    await waitFocused(text);
    assert.equal(await claimItems(page).count(), 2, '"?" tagged nothing');

    const note = page.getByTestId('claim-details').getByRole('textbox', { name: 'ملاحظة' });
    await note.focus();
    await page.keyboard.press('Shift+Slash');
    assert.equal(await note.inputValue(), '?', '"?" types in a text field');
    assert.equal(await sheet.count(), 0);
    await page.keyboard.press('F1');
    await sheet.waitFor();
    assert.equal(await isFocused(note), false, 'focus moved into the sheet');
    await page.keyboard.press('Escape');
    await sheet.waitFor({ state: 'detached' });
    await waitFocused(note);
    assert.deepEqual(errors, []);
  },
);

test('the shortcut sheet (English UI) lists the same keys in English, from the File menu too', needs, async (t) => {
  const { page, errors } = await open(t, 'en');
  await page.getByRole('button', { name: 'File', exact: true }).click();
  await page.getByRole('menuitem', { name: /Keyboard shortcuts/ }).click();
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await sheet.waitFor();
  const row = (label: string) => sheet.locator('.shortcut-sheet__row', { hasText: label });
  assert.equal(await row('Import file…').locator('kbd').innerText(), 'Ctrl+O');
  assert.equal(await row('Likely typo').locator('kbd').innerText(), '3');
  assert.deepEqual(await row('outside text fields').locator('kbd').allInnerTexts(), ['?', '؟']);
  assert.deepEqual(await row('Redo').locator('kbd').allInnerTexts(), ['Ctrl+Shift+Z', 'Ctrl+Y'], 'one row, two ways');
  assert.match(await row('Redo').innerText(), /Ctrl\+Shift\+Z or Ctrl\+Y/);
  await sheet.getByRole('button', { name: 'Close' }).click();
  await sheet.waitFor({ state: 'detached' });
  assert.deepEqual(errors, []);
});

test(
  'English UI: lists use the Latin comma; the page loads without a failed request (the favicon is inline)',
  needs,
  async (t) => {
    const { page, errors, reload } = await open(t, 'en');
    const failed: string[] = [];
    page.on('response', (r) => void (r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`)));
    await reload();
    assert.match((await page.locator('link[rel=icon]').getAttribute('href')) ?? '', /^data:image\/svg\+xml,/);
    await page.locator('[data-testid=source-text]').focus();
    await selectText(page, '14 يوليو 2011');
    await page.keyboard.press('3');
    await claimItems(page, 'en').first().waitFor();
    await page.keyboard.press('1');
    await page.getByTestId('claim-details').getByRole('button', { name: 'Sourced', pressed: true }).waitFor();
    assert.equal(
      await claimItems(page, 'en').first().getAttribute('aria-label'),
      'Likely typo, Sourced: «14 يوليو 2011»',
    );
    assert.deepEqual(failed, []);
    assert.deepEqual(errors, []);
  },
);
