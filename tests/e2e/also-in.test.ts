// "Also in" end to end, in real Chromium through browser mode: two sources sharing sentences (one copied with
// small changes); the shared sentences dotted in the text and listed in the panel; a claim on one lists the
// other source (its title, mixed-direction, and its sentence) in the claim's details; activating the link opens
// the other source with its copy of the sentence selected. Arabic and English UI, with screenshots.

import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test, type TestContext } from 'node:test';
import type { Page } from 'playwright-core';
import { chromiumMissing } from './helpers/browser.ts';
import { claimItems, selectText, shownTexts, waitSaved } from './helpers/claims-page.ts';
import { makeTempDir, repoRoot, skipUnlessCI } from './helpers/env.ts';
import { e2eBrowser, openImported } from './helpers/open-app.ts';

const SCREENSHOTS = process.env.SCREENSHOTS_DIR ?? join(repoRoot, '.tmp', 'screenshots');
const browser = e2eBrowser();
const needs = { skip: skipUnlessCI(chromiumMissing()), timeout: 90_000 };

// Titles come from the file names: Arabic with Latin words and digits, as researchers name their files.
const NEWS_TITLE = 'وكالة AFP 2022';
const BLOG_TITLE = 'مدونة Health Watch';
const NEWS_COST = 'وأكد مصدر حكومي أن تكلفة المشروع بلغت مئتي مليون دولار على مدى خمس سنوات';
const BLOG_COST = 'أكد مصدرٌ حكومي أن تكلفة المشروع بلغت مئتي مليون دولار على مدى خمس سنوات';
const NEWS_OPENING = 'أعلنت وزارة الصحة اليوم عن افتتاح ثلاثة مستشفيات جديدة في المحافظات الجنوبية';
const BLOG_OPENING = 'أعلنت وزارة الصحة اليوم عن افتتاح ثلاثة مستشفيات جديدة في المحافظات الجنوبية كلها';
const NEWS = [
  `${NEWS_OPENING}.`,
  'وقال الوزير: إن المستشفيات ستستقبل المرضى ابتداءً من الشهر المقبل دون أي رسوم إضافية.',
  'الجو حار جدا في العاصمة.',
  `${NEWS_COST}.`,
  '',
].join('\n');
const BLOG = [
  'هذه المدونة تنشر الأخبار الصحية كل يوم منذ عام ألفين وعشرة.',
  `نقلا عن الصحف المحلية: ${BLOG_OPENING}!`,
  'الجو حار جدا في العاصمة.',
  `${BLOG_COST}.`,
  '',
].join('\n');

/** The two sources imported by the CLI, served in browser mode, the news item open in a fresh page. */
async function openPair(t: TestContext, lang: 'ar' | 'en') {
  const dir = await makeTempDir('also-in-files');
  const files = [join(dir, `${NEWS_TITLE}.txt`), join(dir, `${BLOG_TITLE}.txt`)];
  await writeFile(files[0]!, NEWS);
  await writeFile(files[1]!, BLOG);
  const app = await openImported(browser, t, files, { lang, label: 'also-in' });
  const [newsId, blogId] = app.sourceIds;
  await openSource(app.page, NEWS_TITLE);
  return { page: app.page, errors: app.errors, newsId: newsId!, blogId: blogId! };
}

async function openSource(page: Page, title: string): Promise<void> {
  await page.locator('.sidebar__item', { hasText: title }).click();
  await page.locator('.reading__title', { hasText: title }).waitFor();
  await page.locator('[data-testid=source-text] > p').first().waitFor();
}

/**
 * Polls a page expression from Node until it is true. (page.waitForFunction polls with eval in the page,
 * which the app's CSP forbids.)
 */
async function until(page: Page, expression: string, what: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (await page.evaluate(expression)) return;
    await page.waitForTimeout(50);
  }
  throw new Error(`timed out waiting for ${what}: ${expression}`);
}

/** The texts the "also-in" highlight paints (CSS Custom Highlight API), in document order. */
async function paintedShared(page: Page): Promise<string[]> {
  await until(page, `CSS.highlights.has('also-in')`, 'the shared sentences to be painted');
  return page.evaluate(`[...CSS.highlights.get('also-in')].map((r) => r.toString())`);
}

async function selectionIs(page: Page, text: string): Promise<void> {
  await until(page, `getSelection().toString() === ${JSON.stringify(text)}`, `the selection «${text}»`);
}

test(
  'a claim on a shared sentence lists the other source; its link opens that source with its copy selected',
  needs,
  async (t) => {
    const { page, errors } = await openPair(t, 'ar');
    assert.deepEqual(
      await paintedShared(page),
      [NEWS_OPENING, NEWS_COST],
      'shared sentences dotted; the short shared one is not',
    );
    const shared = page.getByTestId('shared-sentences');
    assert.match(await shared.locator('summary').innerText(), /جمل مشتركة مع مصادر أخرى\s*٢/);

    // A claim on a sentence no other source has: no "also in".
    await page.locator('[data-testid=source-text]').focus();
    await selectText(page, 'الجو حار جدا');
    await page.keyboard.press('1');
    await page.getByTestId('claim-details').waitFor();
    assert.equal(await page.getByTestId('claim-also-in').count(), 0);

    // A claim on part of the shared sentence: the blog, by title, with its copy of the sentence.
    await selectText(page, 'تكلفة المشروع بلغت مئتي مليون دولار');
    await page.keyboard.press('2');
    await waitSaved(page);
    assert.equal(await claimItems(page).count(), 2);
    const alsoIn = page.getByTestId('claim-also-in');
    await alsoIn.waitFor();
    assert.equal(await alsoIn.getByRole('heading').innerText(), 'ورد أيضًا في');
    const link = alsoIn.getByRole('button');
    assert.equal(await link.count(), 1);
    await alsoIn.locator('.also-in__snippet').waitFor();
    assert.equal(await link.locator('.also-in__source').innerText(), BLOG_TITLE);
    assert.equal(await link.locator('.also-in__snippet').innerText(), `«${BLOG_COST}»`);
    await page.screenshot({ path: join(SCREENSHOTS, 'also-in-ar.png') });

    await link.click();
    await page.locator('.reading__title', { hasText: BLOG_TITLE }).waitFor();
    await selectionIs(page, BLOG_COST);
    // In the blog, the same sentences link back to the news item.
    assert.deepEqual(await paintedShared(page), [BLOG_OPENING, BLOG_COST]);
    await page.screenshot({ path: join(SCREENSHOTS, 'also-in-opened-ar.png') });
    const blogShared = page.getByTestId('shared-sentences');
    await blogShared.locator('summary').click();
    // The list is rendered on the details' toggle event, a task after the click.
    await blogShared.locator('.shared-sentence__where').first().waitFor();
    const where = (await shownTexts(blogShared.locator('.shared-sentence__where'))).map((w) => w.replace(/\s+/g, ' '));
    assert.deepEqual(where, [`ورد أيضًا في: ${NEWS_TITLE}`, `ورد أيضًا في: ${NEWS_TITLE}`]);
    await page.screenshot({ path: join(SCREENSHOTS, 'also-in-list-ar.png') });
    assert.deepEqual(errors, []);
  },
);

test('English UI: "Also in" in the details; the shared-sentences list opens the other source too', needs, async (t) => {
  const { page, errors } = await openPair(t, 'en');
  await paintedShared(page);
  await page.locator('[data-testid=source-text]').focus();
  await selectText(page, 'ثلاثة مستشفيات جديدة');
  await page.keyboard.press('1');
  const alsoIn = page.getByTestId('claim-also-in');
  await alsoIn.waitFor();
  assert.equal(await alsoIn.getByRole('heading').innerText(), 'Also in');
  await alsoIn.locator('.also-in__snippet').waitFor();
  assert.match(await alsoIn.getByRole('button').innerText(), new RegExp(BLOG_TITLE));
  await page.screenshot({ path: join(SCREENSHOTS, 'also-in-en.png') });
  const shared = page.getByTestId('shared-sentences');
  await shared.locator('summary').click();
  // The list is rendered on the details' toggle event, a task after the click.
  await shared.locator('.shared-sentence__where').first().waitFor();
  const items = shared.locator('.shared-sentence');
  assert.equal(await items.count(), 2);
  await shared.evaluate((el) => el.scrollIntoView({ block: 'end' }));
  await page.screenshot({ path: join(SCREENSHOTS, 'also-in-list-en.png') });

  await items.nth(1).getByRole('button', { name: BLOG_TITLE }).click();
  await page.locator('.reading__title', { hasText: BLOG_TITLE }).waitFor();
  await selectionIs(page, BLOG_COST);
  assert.deepEqual(errors, []);
});
