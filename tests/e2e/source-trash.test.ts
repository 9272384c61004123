// Deleting, restoring, purging and renaming sources in real Chromium (browser mode) on corpus texts: the Delete
// key and the "⋯" menu ask first (the source named, its claims counted; Escape cancels, focus back), the source
// leaves the list and its files move to trash/; the Trash view restores it byte for byte and deletes
// permanently; the title is renamed in the header and in the list, checked in meta.json; a rename made by
// another process meanwhile is refused and said. axe on the dialog and the trash view; screenshots of both.

import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { Workspace } from '../../electron/services/workspace/workspace.ts';
import { createClaimAnnotation } from '../../shared/annotations/claim.ts';
import { sourceIri } from '../../shared/annotations/model.ts';
import { axeViolations, describeViolations } from './helpers/axe.ts';
import { chromiumMissing } from './helpers/browser.ts';
import { corpusFile, corpusMissing, repoRoot, skipUnlessCI } from './helpers/env.ts';
import { e2eBrowser, openImported } from './helpers/open-app.ts';

const SCREENSHOTS = process.env.SCREENSHOTS_DIR ?? join(repoRoot, '.tmp', 'screenshots');
const FILES = ['000_3713eee76bfc4b7f.txt', '001_f1d8260e76d1168a.txt'];
const TITLES = FILES.map((f) => f.replace(/\.txt$/, ''));
const browser = e2eBrowser();
const needs = { skip: skipUnlessCI(chromiumMissing(), corpusMissing(...FILES)), timeout: 120_000 };

const WORDS = {
  ar: {
    actions: 'إجراءات المصدر',
    delete: 'حذف',
    confirm: 'انقله إلى السلة',
    oneClaim: 'فيه ادعاء واحد.',
    trash: 'سلة المحذوفات',
    restore: 'استرجاع',
    purge: 'حذف نهائي',
    purgeYes: 'احذفه نهائيًا',
    cancel: 'إلغاء',
    close: 'إغلاق',
  },
  en: {
    actions: 'Source actions',
    delete: 'Delete',
    confirm: 'Move to trash',
    oneClaim: 'It has 1 claim.',
    trash: 'Trash',
    restore: 'Restore',
    purge: 'Delete permanently',
    purgeYes: 'Delete for good',
    cancel: 'Cancel',
    close: 'Close',
  },
};

const stored = (workspace: string, id: string) => ({
  annotations: join(workspace, 'annotations', `${id}.json`),
  text: join(workspace, 'sources', id, 'text.txt'),
  meta: join(workspace, 'sources', id, 'meta.json'),
});

/** One claim on the source's first long word, saved by another process (as the CLI or a second app would). */
async function saveOneClaim(workspace: string, id: string): Promise<void> {
  const ws = await Workspace.open(workspace);
  const text = await ws.readText(id);
  const word = /[\u0621-\u064a]{4,}/.exec(text)!;
  const claim = createClaimAnnotation({
    id: 'kept-claim',
    sourceIri: sourceIri(id),
    text,
    start: word.index,
    end: word.index + word[0].length,
    tags: ['sourced'],
    now: '2026-01-01T00:00:00.000Z',
  });
  await ws.saveAnnotations(id, [claim], 'absent');
}

const item = (page: Page, title: string) => page.locator('.sidebar__item', { hasText: title });
const focusedIs = (page: Page, selector: string) =>
  page.waitForFunction((s) => document.activeElement?.matches(s) === true, selector);

async function checkAxe(page: Page, selector: string, what: string): Promise<void> {
  const violations = await axeViolations(page, selector);
  assert.deepEqual(violations, [], `${what}:\n${describeViolations(violations)}`);
}

for (const lang of ['ar', 'en'] as const) {
  test(
    `delete asks, moves to trash/, and the Trash view restores byte for byte and purges (${lang})`,
    needs,
    async (t) => {
      const words = WORDS[lang];
      const app = await openImported(browser, t, FILES.map(corpusFile), { lang, label: `trash-${lang}` });
      const { page, workspace } = app;
      const id = app.sourceIds[1]!;
      const title = TITLES[1]!;
      await saveOneClaim(workspace, id);
      await app.reload();
      const paths = stored(workspace, id);
      const before = { annotations: await readFile(paths.annotations), text: await readFile(paths.text) };

      // The Delete key on the focused list item asks; Escape cancels, the focus back on the item, nothing moved.
      await item(page, title).focus();
      await page.keyboard.press('Delete');
      const dialog = page.getByRole('dialog', { name: title });
      await dialog.waitFor();
      assert.equal(await dialog.getByTestId('delete-source-name').textContent(), title);
      assert.match((await dialog.locator('p').textContent())!, new RegExp(`^${words.oneClaim}`));
      await checkAxe(page, '.confirm-dialog', 'the delete dialog');
      await page.screenshot({ path: join(SCREENSHOTS, `delete-source-dialog-${lang}.png`) });
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
      await focusedIs(page, '.sidebar__item[aria-keyshortcuts]');
      assert.equal(await page.evaluate(() => document.activeElement?.textContent?.includes('001_')), true);
      assert.ok(existsSync(paths.annotations));

      // The "⋯" menu's Delete, then the dialog's own Cancel button: still nothing moved.
      const more = page.getByRole('button', { name: `${words.actions}: ${title}` });
      await more.click();
      await page.getByRole('menuitem', { name: words.delete }).click();
      await dialog.getByRole('button', { name: words.cancel }).click();
      await dialog.waitFor({ state: 'detached' });
      assert.ok(existsSync(paths.annotations));

      // Confirmed: the source leaves the list, its files are in trash/<id>, the Trash entry counts it.
      await more.click();
      await page.getByRole('menuitem', { name: words.delete }).click();
      await dialog.getByRole('button', { name: words.confirm }).click();
      await item(page, title).waitFor({ state: 'detached' });
      assert.equal(await item(page, TITLES[0]!).count(), 1);
      for (const path of Object.values(paths)) assert.equal(existsSync(path), false, `${path} moved`);
      assert.deepEqual(await readFile(join(workspace, 'trash', id, 'annotations.json')), before.annotations);
      const entry = page.locator('#trash-entry');
      await page.waitForFunction(() => /[1١]/.test(document.getElementById('trash-entry')?.textContent ?? ''));
      // Its list item is gone: the focus went to the Trash entry, not to nowhere.
      await focusedIs(page, '#trash-entry');

      // The Trash view lists it; Restore brings back the same bytes and the source is in the list again.
      await entry.click();
      const trash = page.getByRole('dialog', { name: words.trash });
      await trash.waitFor();
      const row = trash.locator(`tr[data-source-id="${id}"]`);
      assert.match((await row.textContent())!, new RegExp(title));
      await checkAxe(page, '.trash-dialog', 'the trash view');
      await page.screenshot({ path: join(SCREENSHOTS, `trash-view-${lang}.png`) });
      await trash.getByRole('button', { name: `${words.restore}: ${title}` }).click();
      await row.waitFor({ state: 'detached' });
      await item(page, title).waitFor();
      assert.deepEqual(await readFile(paths.annotations), before.annotations, 'claims file byte-equal');
      assert.deepEqual(await readFile(paths.text), before.text, 'text byte-equal');
      assert.equal(existsSync(join(workspace, 'trash', id)), false);
      await trash.getByRole('button', { name: words.close }).click();
      await trash.waitFor({ state: 'detached' });
      await focusedIs(page, '#trash-entry');

      // Its claim is back: open it and the claims panel lists it.
      await item(page, title).click();
      await page.locator('.reading__title', { hasText: title }).waitFor();
      await page.locator('[data-testid=source-text] mark, [data-testid=source-text] .claim-mark').first().waitFor();

      // Deleted again, then deleted permanently (asked once more; Cancel first keeps it).
      await item(page, title).focus();
      await page.keyboard.press('Delete');
      await dialog.getByRole('button', { name: words.confirm }).click();
      await item(page, title).waitFor({ state: 'detached' });
      await entry.click();
      await trash.getByRole('button', { name: `${words.purge}: ${title}` }).click();
      await trash.getByRole('button', { name: words.cancel }).click();
      await trash.getByRole('button', { name: `${words.purge}: ${title}` }).click();
      await trash.getByRole('button', { name: `${words.purgeYes}: ${title}` }).click();
      await row.waitFor({ state: 'detached' });
      assert.equal(existsSync(join(workspace, 'trash', id)), false, 'purged from disk');
      assert.deepEqual(app.errors, []);
    },
  );
}

const RENAME = {
  ar: { header: 'إعادة تسمية المصدر', field: 'عنوان المصدر', rename: 'إعادة تسمية', conflict: 'تعارض' },
  en: { header: 'Rename source', field: 'Source title', rename: 'Rename', conflict: 'Conflict' },
};

for (const lang of ['en', 'ar'] as const) {
  test(
    `a source is renamed in place in its header and in the list; a rename elsewhere is refused (${lang})`,
    needs,
    async (t) => {
      const words = RENAME[lang];
      const app = await openImported(browser, t, FILES.map(corpusFile), { lang, label: `rename-${lang}` });
      const { page, workspace } = app;
      const [first, second] = app.sourceIds as [string, string];
      const metaTitle = async (id: string) => JSON.parse(await readFile(stored(workspace, id).meta, 'utf8')).title;
      await item(page, TITLES[0]!).click();
      await page.locator('.reading__title', { hasText: TITLES[0]! }).waitFor();

      // The header: click the title, type, Enter saves to meta.json, the focus back on the title.
      await page.getByRole('button', { name: `${words.header}: ${TITLES[0]}` }).click();
      const field = page.getByRole('textbox', { name: words.field });
      await field.fill('بيان وزارة الصحة 2011');
      await field.press('Enter');
      await page.getByRole('button', { name: `${words.header}: بيان وزارة الصحة 2011` }).waitFor();
      assert.equal(await metaTitle(first), 'بيان وزارة الصحة 2011');
      await focusedIs(page, '.reading__title-button');
      await item(page, 'بيان وزارة الصحة 2011').waitFor();

      // Escape keeps the title.
      await page.locator('.reading__title-button').click();
      await field.fill('never saved');
      await field.press('Escape');
      await focusedIs(page, '.reading__title-button');
      assert.equal(await metaTitle(first), 'بيان وزارة الصحة 2011');

      // F2 on a list item renames it where it stands; the "⋯" menu's Rename too.
      await item(page, TITLES[1]!).focus();
      await page.keyboard.press('F2');
      await field.fill('Ministry statement');
      await field.press('Enter');
      await item(page, 'Ministry statement').waitFor();
      assert.equal(await metaTitle(second), 'Ministry statement');
      await focusedIs(page, '.sidebar__item');
      await page.getByRole('button', { name: `${WORDS[lang].actions}: Ministry statement` }).click();
      await page.getByRole('menuitem', { name: words.rename }).click();
      await field.fill('Ministry statement (2)');
      await field.press('Enter');
      await item(page, 'Ministry statement (2)').waitFor();
      assert.equal(await metaTitle(second), 'Ministry statement (2)');

      // Renamed by another process meanwhile: this window's rename is refused and said, the other title kept.
      const other = await Workspace.open(workspace);
      await other.renameSource(first, 'Renamed elsewhere', 'بيان وزارة الصحة 2011');
      await page.locator('.reading__title-button').click();
      await field.fill('Mine');
      await field.press('Enter');
      await page.locator('.message--error', { hasText: words.conflict }).waitFor();
      assert.equal(await metaTitle(first), 'Renamed elsewhere');
      // The field keeps what was typed; Escape, and the header shows the title on disk.
      await field.press('Escape');
      await page.getByRole('button', { name: `${words.header}: Renamed elsewhere` }).waitFor();
      assert.deepEqual(app.errors, []);
    },
  );
}

test(
  'a second window showing a source deleted in the first closes it and says so; its list follows',
  needs,
  async (t) => {
    const app = await openImported(browser, t, FILES.map(corpusFile), { lang: 'en', label: 'trash-two-windows' });
    const { page } = app;
    const title = TITLES[1]!;
    const context = await (await browser.get()).newContext({ viewport: { width: 1200, height: 850 } });
    t.after(() => context.close());
    const other = await context.newPage();
    await other.goto(app.url);
    await item(other, title).click();
    await other.locator('.reading__title', { hasText: title }).waitFor();

    await item(page, title).focus();
    await page.keyboard.press('Delete');
    await page.getByRole('dialog', { name: title }).getByRole('button', { name: WORDS.en.confirm }).click();
    await item(page, title).waitFor({ state: 'detached' });

    // Within a poll or two: gone from the other window's list, its view closed, the reason on its message line.
    await other.getByRole('status').filter({ hasText: `The open source was deleted elsewhere` }).waitFor();
    assert.match((await other.getByRole('status').textContent())!, new RegExp(title));
    await item(other, title).waitFor({ state: 'detached' });
    assert.equal(await other.locator('.reading__title', { hasText: title }).count(), 0);
    await other.waitForFunction(() => /1/.test(document.getElementById('trash-entry')?.textContent ?? ''));

    // Restored from the other window: back in the first one's list too.
    await other.locator('#trash-entry').click();
    await other.getByRole('button', { name: `${WORDS.en.restore}: ${title}` }).click();
    await item(other, title).waitFor();
    await item(page, title).waitFor({ timeout: 10_000 });
    assert.deepEqual(app.errors, []);
  },
);

test('dark theme: the delete dialog and the trash view are dark, with no axe violation (ar)', needs, async (t) => {
  const app = await openImported(browser, t, FILES.map(corpusFile), { lang: 'ar', label: 'trash-dark' });
  const { page } = app;
  await page.emulateMedia({ colorScheme: 'dark' });
  const title = TITLES[1]!;
  await item(page, title).focus();
  await page.keyboard.press('Delete');
  const dialog = page.getByRole('dialog', { name: title });
  await dialog.waitFor();
  const background = () => dialog.evaluate((el) => getComputedStyle(el).backgroundColor);
  assert.notEqual(await background(), 'rgb(255, 255, 255)', 'the dialog follows the dark theme');
  // No claims, said as the language says it (not "فيه لا ادعاءات").
  assert.match((await dialog.locator('p').textContent())!, /^ليس فيه ادعاءات\. سيُنقل/);
  await checkAxe(page, '.confirm-dialog', 'the delete dialog, dark');
  await page.screenshot({ path: join(SCREENSHOTS, 'delete-source-dialog-dark-ar.png') });
  await dialog.getByRole('button', { name: WORDS.ar.confirm }).click();
  await item(page, title).waitFor({ state: 'detached' });
  await page.locator('#trash-entry').click();
  await page.getByRole('dialog', { name: WORDS.ar.trash }).waitFor();
  await checkAxe(page, '.trash-dialog', 'the trash view, dark');
  await page.screenshot({ path: join(SCREENSHOTS, 'trash-view-dark-ar.png') });
});
