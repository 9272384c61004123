// Sources as researchers have them, end to end in browser mode with Debian Chromium: a researcher imports a
// PDF (printed by Chromium from corpus 003) through the file picker, marks "14 يوليو 2011" in it, and exports
// the original PDF annotated; the download is read back with pdf.js, Poppler and MuPDF, and rendered by
// pdftoppm and mutool (PNGs kept in .tmp/screenshots) with the highlight on exactly those words. Then: pasting
// an article copied from a browser as a new source, and a password-protected PDF refused in both languages.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test, type TestContext } from 'node:test';
import { execFileSync } from 'node:child_process';
import type { Page } from 'playwright-core';
import { chromiumMissing } from './helpers/browser.ts';
import { claimsPanel, selectText, storedClaims, waitSaved } from './helpers/claims-page.ts';
import { corpusFile, corpusMissing, makeTempDir, repoRoot, skipUnlessCI } from './helpers/env.ts';
import { e2eBrowser } from './helpers/open-app.ts';
import { startWebApp } from './helpers/web-app.ts';
import { openPdf, pdfjsAnnotations } from '../pdf/support/extract.ts';
import { letters, mupdfCharsIn, overlap, popplerWordsIn, quadBoxes } from '../documents/support/coverage.ts';
import { changedOutside, changedShare, mupdfRender, popplerRender, readPpm } from '../documents/support/ppm.ts';
import { chromiumPdf, writeArticle } from '../documents/support/producers.ts';

const LONG = '003_fc528dca72532d73.txt';
const CLAIM = '14 يوليو 2011';
const SCREENSHOTS = join(repoRoot, '.tmp', 'screenshots');
const browser = e2eBrowser();
const needs = { skip: skipUnlessCI(chromiumMissing(), corpusMissing(LONG)), timeout: 120_000 };

async function openEmpty(
  t: TestContext,
  lang: 'ar' | 'en' = 'ar',
): Promise<{ page: Page; workspace: string; errors: string[] }> {
  const dir = await makeTempDir('documents');
  const workspace = join(dir, 'workspace');
  const app = await startWebApp({ userData: join(dir, 'user-data'), workspace, create: true, lang });
  t.after(() => app.stop().then(() => undefined));
  const context = await (
    await browser.get()
  ).newContext({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
  t.after(() => context.close());
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(app.url);
  await page.getByRole('button', { name: lang === 'ar' ? 'ملف' : 'File', exact: true }).waitFor();
  return { page, workspace, errors };
}

async function chooseFromFileMenu(page: Page, item: RegExp, screenshot?: string): Promise<void> {
  await page.getByRole('button', { name: /^(ملف|File)$/ }).click();
  if (screenshot) await page.screenshot({ path: join(SCREENSHOTS, screenshot) });
  await page.getByRole('menuitem', { name: item }).click();
}

test(
  'import a Chromium-printed PDF, mark "14 يوليو 2011", export the annotated original: the highlight sits on those words',
  needs,
  async (t) => {
    const dir = await makeTempDir('pdf-original');
    const html = await writeArticle(dir, 'article-003', readFileSync(corpusFile(LONG), 'utf8'));
    const pdfPath = chromiumPdf(html, join(dir, 'article-003.pdf'));
    const { page, workspace, errors } = await openEmpty(t);

    await page.locator('[data-testid=import-input]').setInputFiles(pdfPath);
    await page.locator('[data-testid=source-text] > p').first().waitFor({ timeout: 30_000 });
    await page.getByTestId('document-facts').filter({ hasText: 'PDF' }).waitFor();
    await claimsPanel(page).waitFor();
    await selectText(page, CLAIM);
    await page.keyboard.press('1');
    await waitSaved(page);
    const [sourceId] = await readdir(join(workspace, 'sources'));
    const stored = await storedClaims(workspace, sourceId!);
    assert.equal(stored.length, 1);

    await mkdir(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, 'pdf-source-claim-ar.png') });
    const download = page.waitForEvent('download');
    await chooseFromFileMenu(page, /تصدير ملف PDF الأصلي مع التظليل/, 'file-menu-pdf-source-ar.png');
    const file = await download;
    assert.match(file.suggestedFilename(), /\.annotated\.pdf$/);
    await page.getByRole('status').filter({ hasText: 'صُدّر الملف الأصلي مع التظليل' }).waitFor();
    const original = new Uint8Array(readFileSync(pdfPath));
    const annotated = new Uint8Array(await readFile((await file.path())!));
    assert.ok(
      Buffer.from(annotated.subarray(0, original.length)).equals(Buffer.from(original)),
      'the original bytes come first',
    );

    // pdf.js: one highlight, the tag in its contents, the tag's colour.
    const doc = await openPdf(annotated);
    const highlights = (await pdfjsAnnotations(doc, annotated)).filter((a) => a.subtype === 'Highlight');
    assert.equal(highlights.length, 1);
    const [h] = highlights;
    assert.match(h!.contents, /موثّق/);
    assert.deepEqual([...(h!.color ?? [])], [0x2e, 0x9d, 0x5b]);
    const view = (await doc.getPage(h!.page)).view;
    const boxes = quadBoxes(h!.quadPoints as ArrayLike<number>, view[3]!);

    // Poppler's words and MuPDF's characters under the quads are those of "14 يوليو 2011", and nothing else.
    const want = letters(CLAIM);
    const poppler = overlap(want, letters(popplerWordsIn(annotated, dir, h!.page, boxes).join(' ')));
    const mupdf = overlap(want, letters(mupdfCharsIn(annotated, dir, h!.page, boxes).join('')));
    assert.deepEqual(poppler, { recall: 1, precision: 1 });
    assert.deepEqual(mupdf, { recall: 1, precision: 1 });

    // Rendered: pixels change under the quads (the tint) and nowhere else, in Poppler and in MuPDF.
    await mkdir(SCREENSHOTS, { recursive: true });
    const annotatedPath = join(dir, 'annotated.pdf');
    (await import('node:fs')).writeFileSync(annotatedPath, annotated);
    const dpi = 100;
    const px = boxes.map((b) => ({
      x0: (b.x0 * dpi) / 72,
      x1: (b.x1 * dpi) / 72,
      y0: (b.y0 * dpi) / 72,
      y1: (b.y1 * dpi) / 72,
    }));
    for (const [reader, render] of [
      ['poppler', popplerRender],
      ['mupdf', mupdfRender],
    ] as const) {
      const before = readPpm(render(pdfPath, h!.page, dpi, join(dir, `${reader}-original`)));
      const after = readPpm(render(annotatedPath, h!.page, dpi, join(SCREENSHOTS, `original-14-july-2011-${reader}`)));
      const inside = Math.min(...px.map((b) => changedShare(before, after, b)));
      assert.ok(inside > 0.5, `${reader}: ${inside} of the highlight's pixels are tinted`);
      assert.equal(changedOutside(before, after, px, 2), 0, `${reader}: nothing changed outside the highlight`);
    }
    // The same in the English UI: the menu item by its English name, the document facts in English.
    await page.getByRole('button', { name: 'Switch the interface to English' }).click();
    await page.getByTestId('document-facts').filter({ hasText: '9 pages' }).waitFor();
    await page.getByRole('button', { name: 'File', exact: true }).click();
    await page.getByRole('menuitem', { name: 'Export annotated original…' }).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'file-menu-pdf-source-en.png') });
    await page.keyboard.press('Escape');
    assert.deepEqual(errors, []);
  },
);

test(
  'Paste as new source: an article copied from a browser (HTML) becomes a source with its paragraphs',
  needs,
  async (t) => {
    const { page, workspace, errors } = await openEmpty(t);
    await chooseFromFileMenu(page, /لصق كمصدر جديد/);
    const dialog = page.getByRole('dialog', { name: 'مصدر جديد من الحافظة' });
    await dialog.getByLabel('العنوان (اختياري)').fill('مقال ملصق');
    const html =
      '<meta charset="utf-8"><h1>مباحثات سرية</h1><p>في الواقع، أجرت الولايات المتحدة اختباراً في 14 يوليو 2011.</p><p>وقال المسؤولون.</p>';
    await dialog.getByRole('textbox', { name: 'النص الملصق' }).evaluate((area, markup) => {
      const data = new DataTransfer();
      data.setData('text/html', markup);
      data.setData('text/plain', 'مباحثات سرية في الواقع');
      area.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, html);
    await dialog.getByTestId('paste-kind').waitFor();
    await dialog.getByRole('button', { name: 'استيراد' }).click();
    await page.locator('[data-testid=source-text] > p').first().waitFor();
    await page.getByRole('heading', { name: 'مقال ملصق' }).waitFor();
    const [id] = await readdir(join(workspace, 'sources'));
    const text = await readFile(join(workspace, 'sources', id!, 'text.txt'), 'utf8');
    assert.equal(text, 'مباحثات سرية\nفي الواقع، أجرت الولايات المتحدة اختباراً في 14 يوليو 2011.\nوقال المسؤولون.');
    const meta = JSON.parse(await readFile(join(workspace, 'sources', id!, 'meta.json'), 'utf8'));
    assert.equal(meta.format, 'html');
    assert.equal(
      await readFile(join(workspace, 'sources', id!, 'original.html'), 'utf8'),
      `<title>مقال ملصق</title>\n${html}`,
    );
    assert.deepEqual(errors, []);
  },
);

test(
  'a password-protected PDF is refused with a clear message in Arabic and in English, and nothing is stored',
  needs,
  async (t) => {
    const dir = await makeTempDir('locked');
    const html = await writeArticle(dir, 'locked', 'نص عربي قصير في 14 يوليو 2011.');
    const plain = chromiumPdf(html, join(dir, 'plain.pdf'));
    const locked = join(dir, 'locked.pdf');
    execFileSync('mutool', ['clean', '-E', 'aes-256', '-U', 'secret', '-O', 'owner', plain, locked], {
      stdio: 'ignore',
    });
    for (const [lang, lead] of [
      ['ar', 'الملف محميّ بكلمة مرور، فلم يُستورد.'],
      ['en', 'The file is password-protected; nothing was imported.'],
    ] as const) {
      const { page, workspace, errors } = await openEmpty(t, lang);
      await page.locator('[data-testid=import-input]').setInputFiles(locked);
      const alert = page.getByRole('alert');
      await alert.filter({ hasText: lead }).waitFor();
      assert.match(await alert.innerText(), /locked\.pdf is password-protected/);
      await page.screenshot({ path: join(SCREENSHOTS, `locked-pdf-${lang}.png`) });
      assert.deepEqual(await readdir(join(workspace, 'sources')), []);
      assert.deepEqual(errors, []);
    }
  },
);
