// File → "Export workspace report…" in browser mode, in real Chromium: the page asks the server for the report of
// every source (made in the export worker, shown with its progress), downloads the one PDF, and that PDF, read by
// pdftotext, has the workspace report's title page, every source's title and every claim's quote. Both languages.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test, type TestContext } from 'node:test';
import { openWorkbench } from '../../electron/services/app-context.ts';
import { MemorySettingsStore } from '../../electron/services/settings/settings-store.ts';
import { sourceIri } from '../../shared/annotations/model.ts';
import { claimAt } from '../pdf/support/claims-fixture.ts';
import { openPdf, pdfjsAnnotations, readable } from '../pdf/support/extract.ts';
import { normalizeForMetric } from '../pdf/support/fidelity.ts';
import { chromiumMissing } from './helpers/browser.ts';
import { corpusFile, corpusMissing, makeTempDir, repoRoot, skipUnlessCI } from './helpers/env.ts';
import { e2eBrowser, openImported } from './helpers/open-app.ts';

const CORPUS = [
  ['000_3713eee76bfc4b7f.txt', 'أزمة الصواريخ الكوبية', 'الزعيم باتيستا'],
  ['001_f1d8260e76d1168a.txt', 'مباحثات سرية', 'مأرب برس'],
  ['003_fc528dca72532d73.txt', 'Archive 003', 'الرئيس فلاديمير بوتين'],
] as const;
const browser = e2eBrowser();
const needs = {
  skip: skipUnlessCI(chromiumMissing(), ...CORPUS.map(([file]) => corpusMissing(file))),
  timeout: 120_000,
};

/** Three corpus texts under readable titles, imported, each with one claim stored beside the running app. */
async function threeSources(t: TestContext, lang: 'ar' | 'en') {
  const dir = await makeTempDir('ws-report-src');
  const files = await Promise.all(
    CORPUS.map(async ([file, title]) => {
      const named = join(dir, `${title}.txt`);
      await copyFile(corpusFile(file), named);
      return named;
    }),
  );
  const app = await openImported(browser, t, files, { lang, label: `ws-report-${lang}` });
  const { service } = await openWorkbench({
    workspaceDir: app.workspace,
    userDataDir: dir,
    settings: new MemorySettingsStore(),
    create: false,
  });
  for (const [i, sourceId] of app.sourceIds.entries()) {
    const { text } = await service.getSource({ sourceId });
    const quote = CORPUS[i]![2];
    const start = text.indexOf(quote);
    const claim = claimAt(text, start, start + quote.length, { id: `urn:uuid:e2e-ws-${i}`, tags: ['disputed'] });
    const annotations = [{ ...claim, target: { ...claim.target, source: sourceIri(sourceId) } }];
    const { revision } = await service.getAnnotations({ sourceId });
    await service.saveAnnotations({ sourceId, annotations, baseRevision: revision });
  }
  return app;
}

const SCREENSHOTS = process.env.SCREENSHOTS_DIR ?? join(repoRoot, '.tmp', 'screenshots');

async function exportFromMenu(app: Awaited<ReturnType<typeof threeSources>>, file: string, item: RegExp) {
  const { page } = app;
  await page.getByRole('button', { name: file, exact: true }).click();
  const download = page.waitForEvent('download', { timeout: 60_000 });
  await mkdir(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `workspace-report-menu-${file === 'File' ? 'en' : 'ar'}.png`) });
  await page.getByRole('menuitem', { name: item }).click();
  return download;
}

/** The claim ids of the PDF's /Highlight annotations (their /NM), in page order. */
async function highlightIds(path: string): Promise<(string | undefined)[]> {
  const pdf = new Uint8Array(await readFile(path));
  const annotations = await pdfjsAnnotations(await openPdf(pdf), pdf);
  return annotations.filter((a) => a.subtype === 'Highlight').map((a) => a.id);
}

const CLAIM_IDS = CORPUS.map((_, i) => `urn:uuid:e2e-ws-${i}`);

/** The PDF's text as words (the PDF tests' normalisation; pdftotext's bidi marks and line breaks dropped). */
function pdfWords(path: string): string {
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
  return normalizeForMetric(readable(text))
    .replace(/\p{Cf}/gu, '')
    .replace(/\s+/g, ' ');
}

test('File → Export workspace report… (Arabic UI): one PDF with every source and every claim', needs, async (t) => {
  const app = await threeSources(t, 'ar');
  const file = await exportFromMenu(app, 'ملف', /تصدير تقرير مساحة العمل/);
  const path = (await file.path())!;
  assert.match(file.suggestedFilename(), /\.workspace-report\.pdf$/);
  assert.equal((await readFile(path)).subarray(0, 5).toString('latin1'), '%PDF-');
  const words = pdfWords(path);
  assert.ok(words.includes('تقرير مساحة العمل'), 'the title page');
  for (const [, title, quote] of CORPUS) {
    assert.ok(words.includes(normalizeForMetric(title)), `title ${title}`);
    assert.ok(words.includes(normalizeForMetric(quote)), `claim ${quote}`);
  }
  assert.ok(words.includes('جدول الادعاءات'), 'the claims table');
  assert.deepEqual(await highlightIds(path), CLAIM_IDS, "each source's claim highlighted, in the sources' order");
  await app.page.getByRole('status').filter({ hasText: 'صُدّر التقرير' }).waitFor();
  assert.deepEqual(app.errors, []);
});

test('File → Export workspace report… (English UI): the report in English, every source in it', needs, async (t) => {
  const app = await threeSources(t, 'en');
  const file = await exportFromMenu(app, 'File', /Export workspace report/);
  const path = (await file.path())!;
  const words = pdfWords(path);
  assert.ok(words.includes('Workspace report'), 'the English title page');
  assert.deepEqual(await highlightIds(path), CLAIM_IDS);
  assert.ok(words.includes('Claims table'));
  for (const [, title, quote] of CORPUS) {
    assert.ok(words.includes(normalizeForMetric(title)), `title ${title}`);
    assert.ok(words.includes(normalizeForMetric(quote)), `claim ${quote}`);
  }
  await app.page.getByRole('status').filter({ hasText: 'Report exported' }).waitFor();
  assert.deepEqual(app.errors, []);
});
