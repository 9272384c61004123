// A researcher's project from start to deliverable, in real Chromium through browser mode and only through the
// page: three sources imported at once with the file chooser, each given its title and provenance in its header,
// a claim marked in each with the keyboard, the claims of all sources filtered, and the workspace report
// exported from the File menu — in which every claim is found, under its source's title.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFile, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { readable } from '../pdf/support/extract.ts';
import { normalizeForMetric } from '../pdf/support/fidelity.ts';
import { chromiumMissing } from './helpers/browser.ts';
import { selectText, storedClaimsWhen, waitSaved } from './helpers/claims-page.ts';
import { corpusFile, corpusMissing, makeTempDir, repoRoot, skipUnlessCI } from './helpers/env.ts';
import { e2eBrowser } from './helpers/open-app.ts';
import { startWebApp } from './helpers/web-app.ts';

const SOURCES = [
  {
    file: '000_3713eee76bfc4b7f.txt',
    name: 'cuba',
    title: 'أزمة الصواريخ',
    quote: 'الزعيم باتيستا',
    key: '1',
    outlet: 'مجلة التاريخ',
  },
  {
    file: '001_f1d8260e76d1168a.txt',
    name: 'yemen',
    title: 'مباحثات سرية',
    quote: 'مأرب برس',
    key: '2',
    outlet: 'صحيفة اليمن',
  },
  {
    file: '003_fc528dca72532d73.txt',
    name: 'archive',
    title: 'Archive 003',
    quote: 'الرئيس فلاديمير بوتين',
    key: '3',
    outlet: 'دار الأرشيف',
  },
] as const;
const SCREENSHOTS = join(repoRoot, '.tmp', 'screenshots');
const browser = e2eBrowser();
const needs = {
  skip: skipUnlessCI(chromiumMissing(), ...SOURCES.map((s) => corpusMissing(s.file))),
  timeout: 180_000,
};

const TAG_OF: Record<string, string> = { '1': 'sourced', '2': 'disputed', '3': 'likely-typo' };

async function sourcesOnDisk(workspace: string) {
  const ids = (await readdir(join(workspace, 'sources'))).filter((n) => !n.startsWith('.'));
  return Promise.all(
    ids.map(async (id) => {
      const meta = JSON.parse(await readFile(join(workspace, 'sources', id, 'meta.json'), 'utf8')) as {
        title: string;
        provenance?: Record<string, { value: string }>;
      };
      return [id, meta] as const;
    }),
  );
}

const words = (pdf: string) =>
  normalizeForMetric(readable(execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' })))
    .replace(/\p{Cf}/gu, '')
    .replace(/\s+/g, ' ');

test(
  'import three sources, give each its provenance, mark a claim in each, filter, export the lot',
  needs,
  async (t) => {
    const dir = await makeTempDir('journey');
    const files = await Promise.all(
      SOURCES.map(async (s) => {
        const named = join(dir, `${s.name}.txt`);
        await copyFile(corpusFile(s.file), named);
        return named;
      }),
    );
    const workspace = join(dir, 'workspace');
    const app = await startWebApp({ userData: join(dir, 'user-data'), workspace, create: true, lang: 'en' });
    t.after(() => app.stop().then(() => undefined));
    const context = await (await browser.get()).newContext({ viewport: { width: 1400, height: 900 } });
    t.after(() => context.close());
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(app.url);

    await page.locator('[data-testid=import-input]').setInputFiles(files);
    const items = page.locator('.sidebar__item');
    await items.nth(2).waitFor({ timeout: 30_000 });
    // Once all are in, the window opens the last one imported: wait for it, so no choice below races that.
    // The message names every source imported, not only the last.
    await page.getByRole('status').filter({ hasText: 'Imported cuba · yemen · archive' }).waitFor();
    await page.locator('nav li button[aria-current="true"]', { hasText: 'archive' }).waitFor();
    for (const s of SOURCES) {
      await items.filter({ hasText: s.name }).click();
      await page.locator('nav li button[aria-current="true"]', { hasText: s.name }).waitFor();
      // Its title, given in place in the header (the file name was all the import knew).
      await page.getByRole('button', { name: `Rename source: ${s.name}` }).click();
      const field = page.getByRole('textbox', { name: 'Source title' });
      await field.fill(s.title);
      await field.press('Enter');
      await page.getByRole('button', { name: `Rename source: ${s.title}` }).waitFor();
      // Provenance: the outlet and the publication date, typed in the header's form.
      await page.getByTestId('provenance').getByRole('button', { name: 'Edit' }).click();
      const form = page.getByTestId('provenance-form');
      await form.getByRole('textbox', { name: 'Outlet' }).fill(s.outlet);
      await form.getByRole('textbox', { name: 'Published' }).fill('2024-05-01');
      await form.getByRole('button', { name: /^Save/ }).click();
      await page.getByTestId('provenance').locator('[data-field=outlet]', { hasText: s.outlet }).waitFor();
      // A claim, selected and tagged with its key.
      await page.locator('[data-testid=source-text]').focus();
      await selectText(page, s.quote);
      await page.keyboard.press(s.key);
      await waitSaved(page);
    }
    // Stored: one claim per source with its tag, and the provenance typed.
    for (const [id, meta] of await sourcesOnDisk(workspace)) {
      const s = SOURCES.find((x) => x.title === meta.title)!;
      const [claim] = await storedClaimsWhen(workspace, id, 1);
      assert.ok(JSON.stringify(claim).includes(TAG_OF[s.key]!), `${s.name}: tagged ${TAG_OF[s.key]}`);
      assert.equal(meta.provenance?.outlet?.value, s.outlet);
    }

    await page.keyboard.press('Control+Shift+L');
    const view = page.getByRole('main', { name: 'Claims in all sources' });
    const rows = page.getByTestId('claims-view-row');
    await rows.nth(2).waitFor();
    await view.getByRole('combobox', { name: 'Tag', exact: true }).selectOption('disputed');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=claims-view-row]').length === 1);
    assert.match(await rows.first().innerText(), /مباحثات سرية/);
    await view.getByRole('button', { name: 'Clear filters' }).click();
    await rows.nth(2).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'journey-claims-en.png') });

    await page.getByRole('button', { name: 'File', exact: true }).click();
    const download = page.waitForEvent('download', { timeout: 90_000 });
    await page.getByRole('menuitem', { name: /Export workspace report/ }).click();
    const pdf = (await (await download).path())!;
    const text = words(pdf);
    for (const s of SOURCES) {
      assert.ok(text.includes(normalizeForMetric(s.title)), `the source ${s.title} in the report`);
      assert.ok(text.includes(normalizeForMetric(s.quote)), `its claim «${s.quote}»`);
      assert.ok(text.includes(normalizeForMetric(s.outlet)), `its outlet on the title page`);
      // Its claim follows its title (the section of the source) or precedes it (the claims table).
      assert.match(
        text,
        new RegExp(
          `${normalizeForMetric(s.title)}[^]{0,400}${normalizeForMetric(s.quote)}|${normalizeForMetric(s.quote)}[^]{0,400}${normalizeForMetric(s.title)}`,
        ),
      );
    }
    assert.deepEqual(errors, []);
  },
);
