// A corrupt workspace.json in browser mode, in real Chromium: the problems banner says the workspace is
// read-only and how to recover; once the kept copy is fixed on disk, one click restores it and the custom
// tags are back, written to workspace.json.

import assert from 'node:assert/strict';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { Workspace } from '../../electron/services/workspace/workspace.ts';
import { chromiumMissing } from './helpers/browser.ts';
import { makeTempDir, repoRoot, skipUnlessCI } from './helpers/env.ts';
import { e2eBrowser } from './helpers/open-app.ts';
import { startWebApp } from './helpers/web-app.ts';

const SCREENSHOTS = process.env.SCREENSHOTS_DIR ?? join(repoRoot, '.tmp', 'screenshots');
const browser = e2eBrowser();
const needs = { skip: skipUnlessCI(chromiumMissing()), timeout: 60_000 };
const TAGS = [{ id: 'doubtful-date', label: { ar: 'تاريخ مشكوك فيه', en: 'Doubtful date' }, color: '#aa3300' }];

for (const lang of ['ar', 'en'] as const) {
  test(
    `a corrupt workspace.json: read-only banner, then "restore the kept copy" puts it back (${lang})`,
    needs,
    async (t) => {
      const dir = await makeTempDir(`workspace-file-${lang}`);
      const workspace = join(dir, 'workspace');
      const ws = await Workspace.open(workspace, { create: true, name: 'بحث' });
      await ws.saveTags(TAGS);
      const good = await readFile(join(workspace, 'workspace.json'), 'utf8');
      await writeFile(join(workspace, 'workspace.json'), good.slice(0, 30));

      const app = await startWebApp({ userData: join(dir, 'user-data'), workspace, lang });
      t.after(() => app.stop().then(() => undefined));
      const page = await (await browser.get()).newPage();
      t.after(() => page.close());
      await page.goto(app.url);
      const banner = page.getByRole('alert', {
        name: lang === 'ar' ? 'ملفات لم تُقرأ' : 'Files that could not be read',
      });
      await banner
        .getByText(lang === 'ar' ? 'للقراءة فقط' : 'read-only', { exact: false })
        .first()
        .waitFor();
      const [kept] = (await readdir(workspace)).filter((n) => n.startsWith('workspace.json.corrupt-'));
      assert.ok(kept, 'the corrupt file was kept aside');
      assert.ok(!(await readdir(workspace)).includes('workspace.json'), 'no defaults were written over it');

      const restore = banner.getByRole('button', {
        name: lang === 'ar' ? 'استعادة النسخة المحفوظة' : 'Restore the kept copy',
      });
      await restore.waitFor();
      await mkdir(SCREENSHOTS, { recursive: true });
      await page.screenshot({ path: join(SCREENSHOTS, `workspace-restore-${lang}.png`) });
      // Still corrupt: the restore is refused with the reason, and nothing changes.
      await restore.click();
      await page.getByText(`${kept} is still not a valid workspace file`, { exact: false }).waitFor();
      assert.ok(!(await readdir(workspace)).includes('workspace.json'));

      await writeFile(join(workspace, kept!), good); // the researcher fixed the kept copy by hand
      await restore.click();
      await banner.waitFor({ state: 'detached' });
      assert.equal(await readFile(join(workspace, 'workspace.json'), 'utf8'), good);
      assert.deepEqual(JSON.parse(await readFile(join(workspace, 'workspace.json'), 'utf8')).tags, TAGS);
      assert.ok(!(await readdir(workspace)).includes(kept!));
    },
  );
}
