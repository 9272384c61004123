// Workspaces in real Chromium through browser mode: File → New workspace… makes one in a new folder and the
// window starts again on it; Ctrl+Shift+O lists the recent ones and switches back, to the source open last
// there; a claim made just before switching is saved in its own workspace; a new launch without --workspace
// opens the workspace used last; folders that cannot be opened are said in the dialog, in the UI language.

import assert from 'node:assert/strict';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { axeViolations, describeViolations } from './helpers/axe.ts';
import { chromiumMissing } from './helpers/browser.ts';
import { selectText, storedClaims } from './helpers/claims-page.ts';
import { makeTempDir, repoRoot, skipUnlessCI } from './helpers/env.ts';
import { e2eBrowser, openImported } from './helpers/open-app.ts';
import { startWebApp } from './helpers/web-app.ts';

const SCREENSHOTS = join(repoRoot, '.tmp', 'screenshots');
const browser = e2eBrowser();
const needs = { skip: skipUnlessCI(chromiumMissing()), timeout: 120_000 };

async function twoSources(label: string) {
  const dir = await makeTempDir(label);
  const files = [join(dir, 'first.txt'), join(dir, 'second.txt')];
  await writeFile(files[0]!, 'المصدر الأول عن الانتخابات في المدينة.\n');
  await writeFile(files[1]!, 'المصدر الثاني عن القمة التي عقدت أمس.\n');
  return { dir, files };
}

test(
  'a new workspace, then back to the first through the recent list, the source open last there',
  needs,
  async (t) => {
    const { dir, files } = await twoSources('workspaces-files');
    const app = await openImported(browser, t, files, { lang: 'en', label: 'workspaces' });
    const { page, workspace, sourceIds, userData, errors } = app;
    await page.locator('.sidebar__item', { hasText: 'second' }).click();
    await page.getByText('المصدر الثاني عن القمة').waitFor();
    // A claim made just before switching is saved in its own workspace.
    await page.locator('[data-testid=source-text]').focus();
    await selectText(page, 'القمة');
    await page.keyboard.press('1');

    const fresh = join(dir, 'Second investigation');
    await page.getByRole('button', { name: 'File', exact: true }).click();
    await page.getByRole('menuitem', { name: 'New workspace…' }).click();
    const dialog = page.getByRole('dialog', { name: 'New workspace…' });
    await dialog.getByLabel('Folder (its full path)').fill(fresh);
    await page.screenshot({ path: join(SCREENSHOTS, 'workspaces-new-en.png') });
    await dialog.getByRole('button', { name: 'Make a new workspace here' }).click();
    await page.getByText('No sources yet.').waitFor();
    await page.locator('.app__workspace', { hasText: 'Second investigation' }).waitFor();
    assert.equal(JSON.parse(await readFile(join(fresh, 'workspace.json'), 'utf8')).name, 'Second investigation');
    assert.equal((await storedClaims(workspace, sourceIds[1]!)).length, 1, 'saved in the first workspace');
    assert.deepEqual(await readdir(join(fresh, 'annotations')).catch(() => []), []);

    await page.keyboard.press('Control+Shift+O');
    const openDialog = page.getByRole('dialog', { name: 'Open workspace…' });
    const items = openDialog.getByRole('listitem');
    await items.nth(1).waitFor();
    const shown = await items.allInnerTexts();
    assert.equal(shown.length, 2);
    assert.ok(shown[0]!.includes('Second investigation') && shown[0]!.includes('open now'), shown[0]);
    assert.ok(shown[0]!.includes(fresh), 'with its folder');
    assert.ok(shown[1]!.startsWith('workspace') && shown[1]!.includes(workspace), shown[1]);
    const violations = await axeViolations(page, '.workspaces');
    assert.deepEqual(violations, [], describeViolations(violations));
    await page.screenshot({ path: join(SCREENSHOTS, 'workspaces-recent-en.png') });
    await openDialog.getByRole('button', { name: /^workspace/ }).click();
    await page.getByText('المصدر الثاني عن القمة').waitFor();
    await page.locator('nav li button[aria-current="true"]', { hasText: 'second' }).waitFor();
    await page.locator('[data-testid=source-text] mark', { hasText: 'القمة' }).waitFor();

    // A new launch without --workspace opens the workspace used last.
    const again = await startWebApp({ userData, lang: 'en' });
    t.after(() => again.stop().then(() => undefined));
    const other = await (await browser.get()).newPage();
    t.after(() => other.close());
    await other.goto(again.url);
    await other.getByText('المصدر الثاني عن القمة').waitFor();
    assert.deepEqual(errors, []);
  },
);

test('folders that cannot be opened are said in the dialog in Arabic, which stays open', needs, async (t) => {
  const { dir, files } = await twoSources('workspaces-bad');
  const app = await openImported(browser, t, files.slice(0, 1), { lang: 'ar', label: 'workspaces-ar' });
  const { page, errors } = app;
  const papers = join(dir, 'papers');
  await mkdir(papers);
  await writeFile(join(papers, 'notes.txt'), 'ليست مساحة عمل');
  await page.keyboard.press('Control+Shift+O');
  const dialog = page.getByRole('dialog', { name: 'فتح مساحة عمل…' });
  const field = dialog.getByLabel('المجلد (مساره الكامل)');
  await field.fill('relative/folder');
  await field.press('Enter');
  await dialog.getByRole('alert').filter({ hasText: 'طلب غير صالح.' }).waitFor();
  await field.fill(papers);
  await dialog.getByRole('button', { name: 'فتح', exact: true }).click();
  await dialog.getByRole('alert').filter({ hasText: 'لم يُعثر على المطلوب.' }).waitFor();
  assert.match(await dialog.getByRole('alert').innerText(), /workspace\.json/);
  const violations = await axeViolations(page, '.workspaces');
  assert.deepEqual(violations, [], describeViolations(violations));
  await page.screenshot({ path: join(SCREENSHOTS, 'workspaces-refused-ar.png') });
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  assert.deepEqual(await readdir(papers), ['notes.txt'], 'nothing written there');
  await page.getByText('المصدر الأول عن الانتخابات').waitFor();
  assert.deepEqual(errors, []);
});
