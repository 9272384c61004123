// The PDF export in browser mode, in real Chromium: while the report is made (in a worker on the server) the
// page shows its progress and a Cancel button; Cancel ends it with no download and no file left in the server's
// staging folder; an export left to finish downloads a whole PDF, and the staging folder is empty again.

import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { chromiumMissing } from './helpers/browser.ts';
import { corpusFile, corpusMissing, makeTempDir, repoRoot, skipUnlessCI } from './helpers/env.ts';
import { e2eBrowser, openImported } from './helpers/open-app.ts';

const LONG = '003_fc528dca72532d73.txt';
const SCREENSHOTS = process.env.SCREENSHOTS_DIR ?? join(repoRoot, '.tmp', 'screenshots');
const browser = e2eBrowser();
const needs = { skip: skipUnlessCI(chromiumMissing(), corpusMissing(LONG)), timeout: 120_000 };

/** Corpus 003 twenty times over (about 1 MB): a report that takes seconds, long enough to cancel. */
async function longFile(): Promise<string> {
  const text = await readFile(corpusFile(LONG), 'utf8');
  const file = join(await makeTempDir('export-src'), 'long-report.txt');
  await writeFile(file, Array.from({ length: 20 }, () => text).join('\n\n'));
  return file;
}

const staged = (userData: string) => {
  const dir = join(userData, 'export-staging');
  return existsSync(dir) ? readdirSync(dir) : [];
};

test('Export, then Cancel: the progress shows, the export stops, nothing is downloaded or left', needs, async (t) => {
  const { page, userData, errors } = await openImported(browser, t, [await longFile()], { label: 'export-cancel' });
  let downloads = 0;
  page.on('download', () => downloads++);
  await page.getByRole('button', { name: 'ملف', exact: true }).click();
  await page.getByRole('menuitem', { name: /تصدير تقرير PDF/ }).click();
  const progress = page.getByRole('status', { name: 'تقدّم تصدير التقرير' });
  await progress.waitFor();
  await mkdir(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, 'export-progress-ar.png') });
  await progress.getByRole('button', { name: 'إلغاء التصدير' }).click();
  await page.getByRole('status').filter({ hasText: 'أُلغي التصدير' }).waitFor({ timeout: 30_000 });
  assert.equal(await progress.count(), 0, 'the progress is gone');
  assert.equal(downloads, 0);
  assert.deepEqual(staged(userData), [], 'no report, temp file or folder left on the server');
  assert.deepEqual(errors, []);
});

test('Export left to finish: progress, then the whole PDF downloads (English UI)', needs, async (t) => {
  const { page, userData, errors } = await openImported(browser, t, [await longFile()], {
    lang: 'en',
    label: 'export-done',
  });
  await page.getByRole('button', { name: 'File', exact: true }).click();
  const download = page.waitForEvent('download', { timeout: 60_000 });
  await page.getByRole('menuitem', { name: /Export PDF report/ }).click();
  await page.getByRole('status', { name: 'Report export progress' }).waitFor();
  const file = await download;
  assert.equal(file.suggestedFilename(), 'long-report.report.pdf');
  const pdf = await readFile((await file.path())!);
  assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
  assert.match(pdf.subarray(-1024).toString('latin1'), /%%EOF\s*$/);
  await page.getByRole('status').filter({ hasText: 'Report exported' }).waitFor();
  assert.deepEqual(staged(userData), []);
  assert.deepEqual(errors, []);
});
