// The source's provenance in the reading view, end to end in Chromium through browser mode: the sample's
// dateline shown as its publication date (detected), "Confirm" and the edit form (a bad date refused in the
// UI language, nothing sent) storing the researcher's values in meta.json, in the Arabic and English UI.

import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test, type TestContext } from 'node:test';
import type { Page } from 'playwright-core';
import { chromiumMissing } from './helpers/browser.ts';
import { makeTempDir, repoRoot, skipUnlessCI } from './helpers/env.ts';
import { e2eBrowser } from './helpers/open-app.ts';
import { startWebApp } from './helpers/web-app.ts';

const browser = e2eBrowser();
const needs = { skip: skipUnlessCI(chromiumMissing()), timeout: 90_000 };
const SCREENSHOTS = join(repoRoot, '.tmp', 'screenshots');

/** First launch with a fresh user-data folder: the default workspace with the sample source, opened. */
async function openSample(t: TestContext, lang: 'ar' | 'en') {
  const userData = await makeTempDir(`provenance-${lang}`);
  const app = await startWebApp({ userData, lang });
  t.after(() => app.stop().then(() => undefined));
  const context = await (await browser.get()).newContext({ viewport: { width: 1300, height: 850 } });
  t.after(() => context.close());
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(app.url);
  await page.getByTestId('provenance').waitFor({ timeout: 15_000 });
  const workspace = join(userData, 'Workspace');
  const metaFile = async () => {
    const { readdir } = await import('node:fs/promises');
    const [id] = (await readdir(join(workspace, 'sources'))).filter((n) => !n.startsWith('.'));
    return join(workspace, 'sources', id!, 'meta.json');
  };
  return { page, errors, metaFile };
}

const provenanceOnDisk = async (file: string) => JSON.parse(await readFile(file, 'utf8')).provenance;

async function waitStored(file: string, check: (p: Record<string, { value: string; from: string }>) => boolean) {
  for (let i = 0; i < 200; i++) {
    if (check(await provenanceOnDisk(file))) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`meta.json never matched: ${JSON.stringify(await provenanceOnDisk(file))}`);
}

const item = (page: Page, field: string) => page.getByTestId('provenance').locator(`[data-field=${field}]`);

test(
  "the sample's dateline is shown as its publication date; Confirm stores it as the researcher's",
  needs,
  async (t) => {
    const { page, errors, metaFile } = await openSample(t, 'ar');
    const published = item(page, 'publishedAt');
    assert.equal(await published.getAttribute('data-from'), 'detected');
    assert.match((await published.textContent()) ?? '', /تاريخ النشر: 2019-03-15/);
    assert.match((await item(page, 'author').textContent()) ?? '', /سلمى ناصر/);
    await page.screenshot({ path: join(SCREENSHOTS, 'provenance-ar.png') });
    await page.getByTestId('provenance').getByRole('button', { name: 'تأكيد' }).click();
    const file = await metaFile();
    await waitStored(file, (p) => p.publishedAt?.from === 'researcher' && p.author?.from === 'researcher');
    assert.equal((await provenanceOnDisk(file)).publishedAt.value, '2019-03-15');
    await page.getByTestId('provenance').locator('[data-field=publishedAt][data-from=researcher]').waitFor();
    assert.equal(await page.getByTestId('provenance').getByRole('button', { name: 'تأكيد' }).count(), 0);
    assert.deepEqual(errors, []);
  },
);

test(
  'Edit: a bad date is refused beside its field in Arabic and nothing is sent; a good one is stored',
  needs,
  async (t) => {
    const { page, errors, metaFile } = await openSample(t, 'ar');
    const file = await metaFile();
    const before = await readFile(file, 'utf8');
    await page.getByTestId('provenance').getByRole('button', { name: 'تعديل' }).click();
    const form = page.getByTestId('provenance-form');
    const date = form.getByRole('textbox', { name: 'تاريخ النشر' });
    await date.fill('2019-02-30');
    await form.getByRole('alert').filter({ hasText: 'ليس تاريخًا' }).waitFor();
    assert.equal(await form.getByRole('button', { name: 'حفظ البيانات' }).isDisabled(), true);
    await page.screenshot({ path: join(SCREENSHOTS, 'provenance-form-ar.png') });
    assert.equal(await readFile(file, 'utf8'), before, 'nothing written while the value is bad');
    await date.fill('٢٠١٩-٠٣-١٤');
    await form.getByRole('textbox', { name: 'الناشر' }).fill('وكالة الأنباء الأردنية');
    await form.getByRole('textbox', { name: 'الرابط' }).fill('https://example.org/water');
    await form.getByRole('button', { name: 'حفظ البيانات' }).click();
    await waitStored(file, (p) => p.outlet?.value === 'وكالة الأنباء الأردنية');
    const p = await provenanceOnDisk(file);
    assert.deepEqual([p.publishedAt.value, p.publishedAt.from], ['2019-03-14', 'researcher']);
    assert.equal(p.url.value, 'https://example.org/water');
    await item(page, 'outlet').filter({ hasText: 'وكالة الأنباء الأردنية' }).waitFor();
    assert.deepEqual(errors, []);
  },
);

test('the English UI shows the same provenance with English labels and the language by name', needs, async (t) => {
  const { page, errors } = await openSample(t, 'en');
  assert.match((await item(page, 'publishedAt').textContent()) ?? '', /Published: 2019-03-15/);
  assert.match((await item(page, 'language').textContent()) ?? '', /Language: Arabic/);
  await page.getByTestId('provenance').getByRole('button', { name: 'Edit' }).click();
  await page.getByTestId('provenance-form').getByRole('textbox', { name: 'Updated' }).fill('March 16');
  await page.getByTestId('provenance-form').getByRole('alert').filter({ hasText: 'Not a date' }).waitFor();
  await page.screenshot({ path: join(SCREENSHOTS, 'provenance-form-en.png') });
  await page.getByTestId('provenance-form').getByRole('button', { name: 'Cancel' }).click();
  await page.getByTestId('provenance').waitFor();
  await page.screenshot({ path: join(SCREENSHOTS, 'provenance-en.png') });
  assert.deepEqual(errors, []);
});
