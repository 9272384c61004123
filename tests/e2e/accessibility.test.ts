// axe-core over every screen a researcher reaches from the main window, in both UI languages: the main screen
// with a source and claims open, the overlap menu, the File menu, the Tags dialog, the import-annotations
// preview, the paste dialog, an error banner and the shortcut sheet. Zero violations, no rule turned off.

import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { axeViolations, describeViolations } from './helpers/axe.ts';
import { chromiumMissing } from './helpers/browser.ts';
import { claimItems, selectText, waitSaved } from './helpers/claims-page.ts';
import { corpusFile, corpusMissing, makeTempDir, repoRoot, skipUnlessCI } from './helpers/env.ts';
import { e2eBrowser, openImported } from './helpers/open-app.ts';
import { startWebApp } from './helpers/web-app.ts';
import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';

const LONG = '003_fc528dca72532d73.txt';
const FIXTURES = join(repoRoot, 'tests', 'fixtures', 'annotations');
/** Looked at, not compared: under the system temp folder (SCREENSHOT_DIR to put them elsewhere). */
const SCREENSHOTS = process.env.SCREENSHOT_DIR ?? join(tmpdir(), 'workbench-screenshots');
const browser = e2eBrowser();
const needs = { skip: skipUnlessCI(chromiumMissing(), corpusMissing(LONG)), timeout: 180_000 };

const WORDS = {
  ar: {
    file: 'ملف',
    whichClaim: 'أيّ ادعاء؟',
    tags: 'وسوم مساحة العمل',
    paste: /لصق كمصدر جديد/,
    importAnn: /استيراد تعليقات من أدوات/,
    cancel: 'إلغاء',
  },
  en: {
    file: 'File',
    whichClaim: 'Which claim?',
    tags: 'Workspace tags',
    paste: /Paste as new source/,
    importAnn: /Import annotations/,
    cancel: 'Cancel',
  },
} as const;

async function expectClean(page: Page, what: string, include?: string): Promise<void> {
  const violations = await axeViolations(page, include);
  assert.equal(violations.length, 0, `${what}:\n${describeViolations(violations)}`);
}

for (const lang of ['ar', 'en'] as const) {
  const w = WORDS[lang];
  test(
    `axe, ${lang === 'ar' ? 'Arabic' : 'English'} UI: the main screen, its menus and every dialog have no violations`,
    needs,
    async (t) => {
      const { page, errors } = await openImported(browser, t, [corpusFile(LONG)], { lang, label: `axe-${lang}` });
      await page.locator('[data-testid=source-text]').focus();
      await selectText(page, '14 يوليو 2011');
      await page.keyboard.press('3');
      await selectText(page, 'اختباراً في 14 يوليو');
      await page.keyboard.press('2');
      await claimItems(page, lang).nth(1).waitFor();
      await waitSaved(page);
      await expectClean(page, 'main screen with claims');

      const shared = page
        .locator('[data-testid=source-text] mark', { hasText: '14 يوليو' })
        .filter({ hasNot: page.locator('mark') });
      await shared.first().click();
      const picker = page.getByRole('menu', { name: w.whichClaim });
      await picker.waitFor();
      await expectClean(page, 'overlap menu');
      await page.keyboard.press('Escape');
      await picker.waitFor({ state: 'detached' });

      await page.getByRole('button', { name: w.file, exact: true }).click();
      await page.getByRole('menu', { name: w.file, exact: true }).waitFor();
      await expectClean(page, 'File menu');
      await page.keyboard.press('Escape');

      const empty = join(await makeTempDir('axe-empty'), 'empty.txt');
      await writeFile(empty, '');
      await page.locator('[data-testid=import-input]').setInputFiles(empty);
      await page.getByRole('alert').waitFor();
      await expectClean(page, 'error banner');

      await page.keyboard.press('Control+Shift+F');
      await page
        .getByRole('complementary', { name: lang === 'ar' ? 'البحث في كل المصادر' : 'Find in all sources' })
        .waitFor();
      await expectClean(page, 'workspace search');

      await page.getByRole('button', { name: new RegExp(`^${lang === 'ar' ? 'الوسوم' : 'Tags'}`) }).click();
      const tagsDialog = page.getByRole('dialog', { name: w.tags });
      await tagsDialog.waitFor();
      await expectClean(page, 'Tags dialog');
      await tagsDialog.getByRole('button', { name: w.cancel }).click();
      await tagsDialog.waitFor({ state: 'detached' });

      await page.getByRole('button', { name: w.file, exact: true }).click();
      await page.getByRole('menuitem', { name: w.paste }).click();
      const pasteDialog = page.getByRole('dialog');
      await pasteDialog.waitFor();
      await expectClean(page, 'paste dialog');
      await pasteDialog.getByRole('button', { name: w.cancel }).click();
      await pasteDialog.waitFor({ state: 'detached' });

      await page.getByRole('button', { name: w.file, exact: true }).click();
      const chooser = page.waitForEvent('filechooser');
      await page.getByRole('menuitem', { name: w.importAnn }).click();
      await (await chooser).setFiles(join(FIXTURES, 'hypothesis-jsonld.json'));
      const importDialog = page.getByRole('dialog');
      await importDialog.getByTestId('import-counts').waitFor();
      await expectClean(page, 'import-annotations preview');
      await importDialog.getByRole('button', { name: w.cancel }).click();
      await importDialog.waitFor({ state: 'detached' });

      // The claims of every source (Ctrl+Shift+L), with a row ticked so the bulk bar is in use too.
      await page.keyboard.press('Control+Shift+L');
      const claimsView = page.getByRole('main', {
        name: lang === 'ar' ? 'الادعاءات في كل المصادر' : 'Claims in all sources',
      });
      await claimsView.waitFor();
      await claimsView.locator('tbody tr').nth(1).waitFor();
      await claimsView.locator('tbody input[type=checkbox]').first().check();
      await expectClean(page, 'claims in all sources');
      await page.keyboard.press('Escape');
      await claimsView.waitFor({ state: 'detached' });

      await page.keyboard.press('F1');
      const sheet = page.getByRole('dialog', { name: lang === 'ar' ? 'اختصارات لوحة المفاتيح' : 'Keyboard shortcuts' });
      await sheet.waitFor();
      await expectClean(page, 'shortcut sheet');
      await page.keyboard.press('Escape');
      await sheet.waitFor({ state: 'detached' });

      assert.deepEqual(errors, []);
    },
  );
}

/** The box of the first element matching `selector`. */
const box = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { width: r.width, height: r.height, left: r.left, right: r.right };
    });

for (const [width, height] of [
  [1400, 900],
  [1024, 768],
] as const) {
  for (const lang of ['ar', 'en'] as const) {
    test(
      `${width}×${height}, ${lang}: the reading column stays readable, the toolbar on one or two rows, the Tags table inside its dialog`,
      needs,
      async (t) => {
        const { page, errors } = await openImported(browser, t, [corpusFile(LONG)], {
          lang,
          label: `layout-${lang}`,
          width,
          height,
        });
        await mkdir(SCREENSHOTS, { recursive: true });
        await page.locator('[data-testid=source-text]').focus();
        await selectText(page, '14 يوليو 2011');
        await page.keyboard.press('3');
        await claimItems(page, lang).first().waitFor();
        await waitSaved(page);
        await page.screenshot({ path: join(SCREENSHOTS, `main-${lang}-${width}x${height}.png`) });

        const text = await box(page, '[data-testid=source-text]');
        assert.ok(text.width >= 440, `the reading column is ${text.width} px wide`);
        const toolbar = await box(page, '.toolbar');
        const button = await box(page, '.toolbar .button');
        assert.ok(
          toolbar.height < button.height * 2 + 40,
          `the toolbar is ${toolbar.height} px tall (buttons ${button.height} px)`,
        );

        await page.getByRole('button', { name: new RegExp(`^${lang === 'ar' ? 'الوسوم' : 'Tags'}`) }).click();
        const dialog = page.getByRole('dialog', { name: WORDS[lang].tags });
        await dialog.waitFor();
        await dialog.screenshot({ path: join(SCREENSHOTS, `tags-${lang}-${width}x${height}.png`) });
        const inside = await dialog.evaluate((d) => {
          const frame = d.getBoundingClientRect();
          return [...d.querySelectorAll('input, button')].every((el) => {
            const r = el.getBoundingClientRect();
            return r.left >= frame.left - 0.5 && r.right <= frame.right + 0.5;
          });
        });
        assert.equal(inside, true, 'every field and button of the Tags dialog is inside it');
        assert.equal(await dialog.evaluate((d) => d.scrollWidth <= d.clientWidth), true, 'no sideways scrolling');
        await page.keyboard.press('Escape');

        await page.keyboard.press('F1');
        const sheet = page.getByRole('dialog', {
          name: lang === 'ar' ? 'اختصارات لوحة المفاتيح' : 'Keyboard shortcuts',
        });
        await sheet.waitFor();
        await page.screenshot({ path: join(SCREENSHOTS, `shortcuts-${lang}-${width}x${height}.png`) });
        await page.keyboard.press('Escape');
        assert.deepEqual(errors, []);
      },
    );
  }
}

for (const lang of ['ar', 'en'] as const) {
  test(`axe, ${lang}: the banner of files that could not be read has no violations`, needs, async (t) => {
    const dir = await makeTempDir(`axe-problems-${lang}`);
    const workspace = join(dir, 'workspace');
    const out = execFileSync(
      process.execPath,
      ['electron/cli/workbench.mjs', 'import', '--create', '--workspace', workspace, '--json', corpusFile(LONG)],
      { cwd: repoRoot, encoding: 'utf8' },
    );
    const sourceId = (JSON.parse(out) as { id: string }[])[0]!.id;
    await writeFile(join(workspace, 'annotations', `${sourceId}.json`), '{"type": "AnnotationCollection", "items": [');
    const app = await startWebApp({ userData: join(dir, 'user-data'), workspace, lang });
    t.after(() => app.stop().then(() => undefined));
    const page = await (await browser.get()).newPage({ viewport: { width: 1400, height: 900 } });
    t.after(() => page.close());
    await page.goto(app.url);
    await page.getByText(lang === 'ar' ? 'ملفات لم تُقرأ' : 'Files that could not be read').waitFor();
    await page.locator('[data-testid=source-text] > p').first().waitFor();
    await expectClean(page, 'problems banner');
  });
}
