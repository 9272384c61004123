// The workspace's name in the header, in real Chromium (browser mode): the name the app gave a new workspace is
// said in the UI language; clicking it renames the workspace in place (Enter saves to workspace.json, Escape
// keeps the old name), and focus returns to the name.

import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { Workspace } from '../../electron/services/workspace/workspace.ts';
import { DEFAULT_WORKSPACE_NAME } from '../../shared/workspace/names.ts';
import { chromiumMissing } from './helpers/browser.ts';
import { makeTempDir, repoRoot, skipUnlessCI } from './helpers/env.ts';
import { e2eBrowser } from './helpers/open-app.ts';
import { startWebApp } from './helpers/web-app.ts';

const SCREENSHOTS = process.env.SCREENSHOTS_DIR ?? join(repoRoot, '.tmp', 'screenshots');
const browser = e2eBrowser();
const needs = { skip: skipUnlessCI(chromiumMissing()), timeout: 60_000 };

const WORDS = {
  ar: { shown: 'مساحة عملي', rename: 'إعادة تسمية مساحة العمل', field: 'اسم مساحة العمل' },
  en: { shown: DEFAULT_WORKSPACE_NAME, rename: 'Rename workspace', field: 'Workspace name' },
};

async function storedName(workspace: string): Promise<string> {
  return JSON.parse(await readFile(join(workspace, 'workspace.json'), 'utf8')).name;
}

for (const lang of ['ar', 'en'] as const) {
  test(
    `the workspace name: shown in the UI language, renamed in place, Escape keeps it (${lang})`,
    needs,
    async (t) => {
      const words = WORDS[lang];
      const dir = await makeTempDir(`workspace-name-${lang}`);
      const workspace = join(dir, 'workspace');
      await Workspace.open(workspace, { create: true, name: DEFAULT_WORKSPACE_NAME });
      const app = await startWebApp({ userData: join(dir, 'user-data'), workspace, lang });
      t.after(() => app.stop().then(() => undefined));
      const page = await (await browser.get()).newPage();
      t.after(() => page.close());
      await page.goto(app.url);

      const name = page.getByRole('button', { name: `${words.rename}: ${words.shown}` });
      await name.waitFor();
      assert.equal(await name.textContent(), words.shown);

      await name.click();
      const field = page.getByRole('textbox', { name: words.field });
      await field.waitFor();
      assert.equal(await field.evaluate((el) => el === document.activeElement), true, 'the field has the focus');
      await field.fill('تحقيق الكرملين 2024');
      // An Arabic name reads right to left in either UI language (its number at the end, on the left).
      assert.equal(await field.evaluate((el) => el.matches(':dir(rtl)')), true, 'the field follows the name');
      await page.screenshot({ path: join(SCREENSHOTS, `workspace-rename-${lang}.png`) });
      await field.press('Enter');
      const renamed = page.getByRole('button', { name: `${words.rename}: تحقيق الكرملين 2024` });
      await renamed.waitFor();
      assert.equal(await storedName(workspace), 'تحقيق الكرملين 2024', 'written to workspace.json');
      await page.waitForFunction(() => document.activeElement?.classList.contains('app__workspace'));

      // Escape: nothing saved, the name as it was.
      await renamed.click();
      await field.fill('never saved');
      await field.press('Escape');
      await renamed.waitFor();
      assert.equal(await storedName(workspace), 'تحقيق الكرملين 2024');

      // Blank is not a name: leaving the field keeps the old one.
      await renamed.click();
      await field.fill('   ');
      await field.press('Enter');
      await renamed.waitFor();
      assert.equal(await storedName(workspace), 'تحقيق الكرملين 2024');
    },
  );
}
