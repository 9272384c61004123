// Citations end to end, in real Chromium through browser mode, on corpus 003: "Add citation" by mouse and by
// keyboard, what is stored (W3C linking bodies), what survives a reload, removing one, and the citation's link
// in the exported PDF report (a real /Link annotation read back by pdf.js).

import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test, type TestContext } from 'node:test';
import type { Page } from 'playwright-core';
import { readClaim } from '../../shared/annotations/claim.ts';
import { openPdf, pdfjsAnnotations } from '../pdf/support/extract.ts';
import { chromiumMissing } from './helpers/browser.ts';
import { claimItems, claimsPanel, selectText, storedClaims, waitSaved } from './helpers/claims-page.ts';
import { corpusFile, corpusMissing, repoRoot, skipUnlessCI } from './helpers/env.ts';
import { e2eBrowser, openImported } from './helpers/open-app.ts';

const LONG = '003_fc528dca72532d73.txt';
const QUOTE = '14 يوليو 2011';
const URL_AR = 'https://example.org/أرشيف/بوش?q=1';
const SCREENSHOTS = join(repoRoot, '.tmp', 'screenshots');
const browser = e2eBrowser();
const needs = { skip: skipUnlessCI(chromiumMissing(), corpusMissing(LONG)), timeout: 120_000 };

async function openWithClaim(t: TestContext, lang: 'ar' | 'en') {
  const app = await openImported(browser, t, [corpusFile(LONG)], { lang, label: 'citations' });
  await app.page.locator('[data-testid=source-text]').focus();
  await selectText(app.page, QUOTE);
  await app.page.keyboard.press('2');
  await claimItems(app.page, lang).first().waitFor();
  return { ...app, sourceId: app.sourceIds[0]! };
}

function citationRows(page: Page) {
  return page.getByTestId('claim-details').locator('.citations__row');
}

test(
  'Add citation (Arabic UI): a row appears, text and URL are stored as W3C linking bodies, kept after a reload, and the PDF links the URL',
  needs,
  async (t) => {
    const { page, workspace, sourceId, errors, reload } = await openWithClaim(t, 'ar');
    await page.getByRole('button', { name: 'إضافة مرجع' }).click();
    assert.equal(await citationRows(page).count(), 1, 'clicking "Add citation" shows an empty row');
    const text = page.getByRole('textbox', { name: 'نص المرجع' });
    assert.equal(await text.evaluate((el) => el === document.activeElement), true, 'the new row has the focus');
    await text.fill('أرشيف البيت الأبيض، 2021');
    await page.getByRole('textbox', { name: 'رابط المرجع' }).fill(URL_AR);
    await waitSaved(page);

    const [claim] = await storedClaims(workspace, sourceId);
    assert.deepEqual(readClaim(claim!).citations, [{ text: 'أرشيف البيت الأبيض، 2021', url: URL_AR }]);
    const link = claim!.body.find((b) => (b as { purpose?: string }).purpose === 'linking') as Record<string, unknown>;
    assert.equal(link.type, 'SpecificResource', 'a URL citation is a standard linking SpecificResource');
    assert.equal(link.source, URL_AR);
    assert.equal(link.label, 'أرشيف البيت الأبيض، 2021');
    assert.equal('citationUrl' in link, false, 'no private citationUrl is written any more');

    await reload();
    await claimItems(page).first().getByRole('button').click();
    assert.equal(await citationRows(page).count(), 1);
    assert.equal(await page.getByRole('textbox', { name: 'رابط المرجع' }).inputValue(), URL_AR);
    await page.getByTestId('claim-details').screenshot({ path: join(SCREENSHOTS, 'claim-citation-ar.png') });

    await page.getByRole('button', { name: 'ملف', exact: true }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('menuitem', { name: /تصدير تقرير PDF/ }).click();
    const pdf = new Uint8Array(await readFile((await (await download).path())!));
    const links = (await pdfjsAnnotations(await openPdf(pdf), pdf)).filter((a) => a.subtype === 'Link' && a.url);
    assert.deepEqual(
      links.map((l) => l.url),
      [new URL(URL_AR).href],
      'the citation URL is a link annotation, percent-encoded',
    );
    assert.deepEqual(errors, []);
  },
);

test(
  'citations by keyboard (English UI): add, type, add a second, remove the first; an unusable URL is explained',
  needs,
  async (t) => {
    const { page, workspace, sourceId, errors } = await openWithClaim(t, 'en');
    const add = page.getByRole('button', { name: 'Add citation' });
    await add.focus();
    await page.keyboard.press('Enter');
    await page.keyboard.type('Bush Library, memo 12');
    await page.keyboard.press('Tab');
    await page.keyboard.type('example.org/memo');
    await claimsPanel(page, 'en').getByText('Not a web address').waitFor();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('https://example.org/memo');
    await add.focus();
    await page.keyboard.press('Enter');
    await page.keyboard.type('Second source, no link');
    await waitSaved(page);
    let [claim] = await storedClaims(workspace, sourceId);
    assert.deepEqual(readClaim(claim!).citations, [
      { text: 'Bush Library, memo 12', url: 'https://example.org/memo' },
      { text: 'Second source, no link' },
    ]);
    await page.getByTestId('claim-details').screenshot({ path: join(SCREENSHOTS, 'claim-citation-en.png') });

    await page.getByRole('button', { name: 'Remove citation' }).first().focus();
    await page.keyboard.press('Enter');
    assert.equal(await citationRows(page).count(), 1);
    await waitSaved(page);
    [claim] = await storedClaims(workspace, sourceId);
    assert.deepEqual(readClaim(claim!).citations, [{ text: 'Second source, no link' }]);
    assert.deepEqual(errors, []);
  },
);
