// "Decode as" in real Chromium through browser mode: choosing another encoding asks first, showing both readings;
// Escape or Cancel leave the text as it is; confirming rewrites it and shows it at once; Undo on the message line
// gives back the text exactly as it was. A source with claims is refused in the dialog, before anything is tried.
// The file is a made-up Arabic text in windows-1256, written to a temp folder.

import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test, type TestContext } from 'node:test';
import { axeViolations, describeViolations } from './helpers/axe.ts';
import { chromiumMissing } from './helpers/browser.ts';
import { selectText, storedText, waitSaved } from './helpers/claims-page.ts';
import { makeTempDir, repoRoot, skipUnlessCI } from './helpers/env.ts';
import { e2eBrowser, openImported } from './helpers/open-app.ts';

const SCREENSHOTS = join(repoRoot, '.tmp', 'screenshots');
const TEXT = [
  'قال وزير الخارجية في مؤتمر صحفي إن المحادثات ستستأنف الأسبوع المقبل.',
  'وأضاف أن الوفدين اتفقا على جدول أعمال من خمس نقاط.',
  'ونفى المتحدث باسم الحكومة ما تداولته الصحف عن تأجيل القمة.',
].join('\n');
const browser = e2eBrowser();
const needs = { skip: skipUnlessCI(chromiumMissing()), timeout: 90_000 };

function cp1256(text: string): Buffer {
  const decoder = new TextDecoder('windows-1256');
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) table.set(decoder.decode(Uint8Array.of(b)), b);
  return Buffer.from([...text].map((c) => table.get(c) ?? assert.fail(`no windows-1256 byte for ${c}`)));
}

async function open(t: TestContext, lang: 'ar' | 'en') {
  const dir = await makeTempDir('decode-files');
  const file = join(dir, 'statement.txt');
  await writeFile(file, cp1256(TEXT));
  const app = await openImported(browser, t, [file], { lang, label: 'decode' });
  const sourceId = app.sourceIds[0]!;
  const meta = async () =>
    JSON.parse(await readFile(join(app.workspace, 'sources', sourceId, 'meta.json'), 'utf8')) as {
      encoding: { name: string };
    };
  return { ...app, sourceId, meta };
}

test(
  'Decode as asks with both readings; Escape keeps the text; confirm rewrites it; Undo restores it',
  needs,
  async (t) => {
    const { page, workspace, sourceId, meta, errors } = await open(t, 'ar');
    assert.equal(await storedText(workspace, sourceId), TEXT);
    assert.equal((await meta()).encoding.name, 'windows-1256');
    const select = page.getByLabel('فك الترميز بـ');
    const dialog = page.getByRole('dialog', { name: 'فك ترميز المصدر بـ utf-8؟' });

    await select.focus(); // as a click on it does; selectOption alone does not focus it
    await select.selectOption('utf-8');
    await dialog.waitFor();
    assert.equal(await dialog.getByTestId('decode-before').innerText(), TEXT);
    assert.match(await dialog.getByTestId('decode-after').innerText(), /\uFFFD/);
    assert.match(await dialog.innerText(), /من السطر ١،/);
    assert.match(await dialog.innerText(), /تعذّرت قراءة/);
    assert.deepEqual(await axeViolations(page, '.decode-dialog'), [], 'axe on the dialog');
    await page.screenshot({ path: join(SCREENSHOTS, 'decode-as-ar.png') });
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    assert.equal(await select.inputValue(), 'windows-1256', 'the list shows the encoding still used');
    assert.equal(await select.evaluate((el) => el === document.activeElement), true, 'focus back on the list');
    assert.equal(await storedText(workspace, sourceId), TEXT, 'nothing written');

    await select.selectOption('utf-8');
    await dialog.getByRole('button', { name: 'فك الترميز بـ utf-8' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.locator('[data-testid=source-text]', { hasText: '\uFFFD' }).waitFor();
    assert.match(await storedText(workspace, sourceId), /\uFFFD/);
    assert.equal((await meta()).encoding.name, 'utf-8');
    assert.equal(await select.inputValue(), 'utf-8');

    const message = page.getByRole('status').filter({ hasText: 'فُكّ ترميز المصدر بـ' });
    await message.getByRole('button', { name: 'تراجع' }).click();
    await page.getByRole('status').filter({ hasText: 'أُعيد المصدر إلى ترميزه السابق' }).waitFor();
    await page.locator('[data-testid=source-text] > p', { hasText: 'قال وزير الخارجية' }).waitFor();
    assert.equal(await storedText(workspace, sourceId), TEXT, 'the text exactly as it was');
    assert.equal((await meta()).encoding.name, 'windows-1256');
    assert.equal(await select.inputValue(), 'windows-1256');
    assert.deepEqual(errors, []);
  },
);

test('a source with claims: the dialog says why it cannot be decoded again (English UI)', needs, async (t) => {
  const { page, workspace, sourceId, meta, errors } = await open(t, 'en');
  await page.locator('[data-testid=source-text]').focus();
  await selectText(page, 'خمس نقاط');
  await page.keyboard.press('1');
  await waitSaved(page);
  await page.getByLabel('Decode as').selectOption('iso-8859-6');
  const dialog = page.getByRole('dialog', { name: 'Decode the source as iso-8859-6?' });
  await dialog.waitFor();
  await dialog.getByRole('alert').filter({ hasText: 'This source has claims' }).waitFor();
  assert.equal(await dialog.getByRole('button', { name: 'Decode as iso-8859-6' }).isDisabled(), true);
  const violations = await axeViolations(page, '.decode-dialog');
  assert.deepEqual(violations, [], describeViolations(violations));
  await page.screenshot({ path: join(SCREENSHOTS, 'decode-as-blocked-en.png') });
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await dialog.waitFor({ state: 'detached' });
  assert.equal(await storedText(workspace, sourceId), TEXT);
  assert.equal((await meta()).encoding.name, 'windows-1256');
  assert.deepEqual(errors, []);
});
