// The claim editor end to end, in real Chromium through browser mode, on corpus 003: selecting and tagging by
// key, notes and corrections that survive a reload, overlapping claims, undo/redo, correcting the text with
// re-anchoring and orphans, both UI languages, letter joining under marks, and a corrupt annotation file.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test, type TestContext } from 'node:test';
import type { Page } from 'playwright-core';
import { readClaim } from '../../shared/annotations/claim.ts';
import { readAppliedCorrection } from '../../shared/annotations/applied-correction.ts';
import { formerQuote, isOrphan, positionSelector, quoteSelector } from '../../shared/annotations/model.ts';
import { openPdf, pdfjsAnnotations, popplerText } from '../pdf/support/extract.ts';
import { chromiumMissing } from './helpers/browser.ts';
import {
  claimItems,
  claimsPanel,
  markIds,
  NEEDLE_RANGE_JS,
  selectText,
  storedClaims,
  storedClaimsWhen,
  storedText,
  waitSaved,
} from './helpers/claims-page.ts';
import { corpusFile, corpusMissing, makeTempDir, repoRoot, skipUnlessCI } from './helpers/env.ts';
import { e2eBrowser, openImported } from './helpers/open-app.ts';
import { startWebApp } from './helpers/web-app.ts';

const LONG = '003_fc528dca72532d73.txt';
const TYPO = '14 يوليو 2011';
const SCREENSHOTS = join(repoRoot, '.tmp', 'screenshots');
const browser = e2eBrowser();
const needs = { skip: skipUnlessCI(chromiumMissing(), corpusMissing(LONG)), timeout: 90_000 };

interface Opened {
  page: Page;
  workspace: string;
  sourceId: string;
  errors: string[];
  reload(): Promise<void>;
}

/** A workspace with corpus 003 imported by the CLI, served in browser mode, opened in a fresh page. */
async function openCorpus(t: TestContext, lang: 'ar' | 'en' = 'ar'): Promise<Opened> {
  const app = await openImported(browser, t, [corpusFile(LONG)], { lang, label: 'claims' });
  return { ...app, sourceId: app.sourceIds[0]! };
}

async function focusText(page: Page): Promise<void> {
  await page.locator('[data-testid=source-text]').focus();
}

test(
  'select "14 يوليو 2011", press 3, type the correction 2001: stored with the exact quote and offsets, and kept after a reload',
  needs,
  async (t) => {
    const { page, workspace, sourceId, errors, reload } = await openCorpus(t);
    await focusText(page);
    await selectText(page, TYPO);
    await page.keyboard.press('3');
    await claimItems(page).first().waitFor();
    assert.equal(await claimItems(page).count(), 1);
    assert.equal(await claimItems(page).first().getAttribute('aria-label'), `خطأ مطبعي محتمل: «${TYPO}»`);
    await page.getByRole('textbox', { name: 'التصحيح المقترح' }).fill('2001');
    await page.getByRole('textbox', { name: 'ملاحظة' }).fill('السياق يذكر اختبارات 2001 و2002');
    await waitSaved(page);

    const text = await storedText(workspace, sourceId);
    const [claim] = await storedClaims(workspace, sourceId);
    const position = positionSelector(claim!)!;
    assert.equal(quoteSelector(claim!)!.exact, TYPO);
    assert.equal(text.slice(position.start, position.end), TYPO, 'offsets are UTF-16 units of the stored text');
    assert.equal(position.start, text.indexOf(TYPO));
    assert.deepEqual(readClaim(claim!), {
      tags: ['likely-typo'],
      note: 'السياق يذكر اختبارات 2001 و2002',
      correction: '2001',
      citations: [],
    });

    await reload();
    await claimItems(page).first().waitFor();
    assert.equal(await claimItems(page).count(), 1);
    await claimItems(page).first().getByRole('button').click();
    assert.equal(await page.getByRole('textbox', { name: 'التصحيح المقترح' }).inputValue(), '2001');
    assert.equal(await claimsPanel(page).getByTestId('correction').first().innerText(), '2011 ← 2001');
    assert.deepEqual(await markIds(page), [claim!.id]);
    assert.deepEqual(errors, []);
  },
);

test(
  'a tag key pressed in the same task as the selection tags what is selected, not the selection before',
  needs,
  async (t) => {
    const { page, workspace, sourceId, errors } = await openCorpus(t);
    await focusText(page);
    await selectText(page, TYPO);
    // A new selection and the key in one task: Lexical hears of the selection only on the next selectionchange.
    const other = 'اختبارات';
    const pressed = await page.evaluate(
      `(() => {
      const range = ${NEEDLE_RANGE_JS}(${JSON.stringify(other)}, 0);
      if (!range) return false;
      getSelection().removeAllRanges();
      getSelection().addRange(range);
      const key = { key: '2', code: 'Digit2', bubbles: true, cancelable: true };
      document.querySelector('[data-testid=source-text]').dispatchEvent(new KeyboardEvent('keydown', key));
      return true;
    })()`,
    );
    assert.ok(pressed, `«${other}» is in the text`);
    await claimItems(page).first().waitFor();
    await waitSaved(page);
    const [claim] = await storedClaimsWhen(workspace, sourceId, 1);
    assert.equal(quoteSelector(claim!)!.exact, other);
    assert.deepEqual(readClaim(claim!).tags, ['disputed']);
    assert.deepEqual(errors, []);
  },
);

test('overlapping claims are both shown, both listed, and each can be picked from the text', needs, async (t) => {
  const { page, workspace, sourceId, errors } = await openCorpus(t);
  await focusText(page);
  await selectText(page, TYPO);
  await page.keyboard.press('3');
  await selectText(page, 'اختباراً في 14 يوليو');
  await page.keyboard.press('2');
  await waitSaved(page);
  const claims = await storedClaims(workspace, sourceId);
  assert.equal(claims.length, 2);
  const ids = await markIds(page);
  const overlap = ids.filter((d) => d.split(' ').length === 2);
  assert.equal(overlap.length, 1, `one piece of text carries both claims: ${JSON.stringify(ids)}`);
  assert.deepEqual(new Set(overlap[0]!.split(' ')), new Set(claims.map((c) => c.id)));
  assert.equal(await claimItems(page).count(), 2);

  await page
    .locator('[data-testid=source-text] mark', { hasText: '14 يوليو' })
    .filter({ hasNot: page.locator('mark') })
    .first()
    .click();
  const picker = page.getByRole('menu', { name: 'أيّ ادعاء؟' });
  await picker.waitFor();
  assert.equal(await picker.getByRole('menuitem').count(), 2);
  await picker.getByRole('menuitem', { name: /محلّ خلاف/ }).click();
  assert.equal(await page.getByTestId('claim-details').locator('blockquote').innerText(), 'اختباراً في 14 يوليو');
  await page.screenshot({ path: join(SCREENSHOTS, 'claims-overlap-ar.png') });
  assert.deepEqual(errors, []);
});

test('undo and redo every claim action from the keyboard: create, note, tag, delete', needs, async (t) => {
  const { page, workspace, sourceId, errors } = await openCorpus(t);
  await focusText(page);
  await selectText(page, TYPO);
  await page.keyboard.press('1');
  await claimItems(page).first().waitFor();
  await page.getByRole('textbox', { name: 'ملاحظة' }).fill('ملاحظة أولى');
  await page.getByRole('group', { name: 'وسوم الادعاء' }).getByRole('button', { name: 'محلّ خلاف' }).click();
  await page.getByRole('button', { name: 'حذف الادعاء' }).click();
  assert.equal(await claimItems(page).count(), 0);

  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z'); // delete undone
  await claimItems(page).first().waitFor();
  assert.equal(await claimItems(page).first().getAttribute('aria-label'), `موثّق، محلّ خلاف: «${TYPO}»`);
  await page.keyboard.press('Control+z'); // tag undone
  assert.equal(await claimItems(page).first().getAttribute('aria-label'), `موثّق: «${TYPO}»`);
  await page.keyboard.press('Control+z'); // note undone (typing it was one step)
  assert.equal(await page.getByRole('textbox', { name: 'ملاحظة' }).inputValue(), '');
  await page.keyboard.press('Control+z'); // creation undone
  assert.equal(await claimItems(page).count(), 0);
  assert.deepEqual(await markIds(page), []);
  await page.keyboard.press('Control+Shift+z');
  await page.keyboard.press('Control+Shift+z');
  await claimItems(page).first().waitFor();
  assert.equal(await page.getByRole('textbox', { name: 'ملاحظة' }).inputValue(), 'ملاحظة أولى');
  await page.getByRole('button', { name: 'تراجع' }).click();
  assert.equal(await page.getByRole('textbox', { name: 'ملاحظة' }).inputValue(), '');
  await waitSaved(page);
  const [stored] = await storedClaims(workspace, sourceId);
  assert.equal(readClaim(stored!).note, '', 'what is on disk follows undo');
  assert.deepEqual(errors, []);
});

test(
  'correcting the text elsewhere keeps the claim; applying its correction keeps "2011 ← 2001" in panel, CSV and PDF; undo and redo both text changes',
  needs,
  async (t) => {
    const { page, workspace, sourceId, errors, reload } = await openCorpus(t);
    const before = await storedText(workspace, sourceId);
    await focusText(page);
    await selectText(page, TYPO);
    await page.keyboard.press('3');
    await page.getByRole('textbox', { name: 'التصحيح المقترح' }).fill('2001');
    await waitSaved(page);

    await page.getByRole('button', { name: 'تصحيح النص' }).click();
    await selectText(page, 'أوشاكوف');
    await page.keyboard.type('أوشاكوف (السفير)');
    await page.getByRole('button', { name: 'حفظ النص' }).click();
    await page.getByRole('alert').filter({ hasText: 'حُفظ النص' }).waitFor();
    let text = await storedText(workspace, sourceId);
    assert.equal(text.length, before.length + ' (السفير)'.length);
    let [claim] = await storedClaims(workspace, sourceId);
    assert.equal(
      text.slice(positionSelector(claim!)!.start, positionSelector(claim!)!.end),
      TYPO,
      'the claim moved with its words',
    );

    await claimItems(page).first().getByRole('button').click();
    await page.getByRole('button', { name: 'طبّق التصحيح على النص' }).click();
    await page.getByRole('alert').filter({ hasText: '1 تغيّر نصها' }).waitFor();
    text = await storedText(workspace, sourceId);
    [claim] = await storedClaims(workspace, sourceId);
    assert.equal(quoteSelector(claim!)!.exact, '14 يوليو 2001');
    assert.equal(text.slice(positionSelector(claim!)!.start, positionSelector(claim!)!.end), '14 يوليو 2001');
    assert.equal(readClaim(claim!).correction, '2001');
    assert.equal(readAppliedCorrection(claim!)?.original, '2011', 'the replaced words are kept on the claim');
    assert.equal(readAppliedCorrection(claim!)?.revision, 1, 'applied to the text of revision 1');
    const details = page.getByTestId('claim-details');
    assert.equal(await details.getByTestId('correction').innerText(), '2011 ← 2001 (طُبّق على النص)');
    assert.equal(await details.getByRole('button', { name: 'طبّق التصحيح على النص' }).count(), 0);
    await details.screenshot({ path: join(SCREENSHOTS, 'claim-applied-ar.png') });
    const history = JSON.parse(await readFile(join(workspace, 'sources', sourceId, 'history.json'), 'utf8'));
    assert.equal(history.revisions.length, 2);

    const csvFile = join(workspace, '..', 'claims.csv');
    execFileSync(
      process.execPath,
      [
        'electron/cli/workbench.mjs',
        'export',
        '--workspace',
        workspace,
        '--source',
        sourceId,
        '--format',
        'csv',
      ].concat(['--out', csvFile]),
      { cwd: repoRoot },
    );
    const row = (await readFile(csvFile, 'utf8')).split('\r\n')[1]!;
    assert.match(row, /,14 يوليو 2001,/, 'the CSV quotes the text as it is now');
    assert.match(row, /,2001,/);
    assert.ok(
      row.endsWith(`,2011,1,${sourceId}`),
      'and says what the correction replaced, in which revision, of which source',
    );

    await page.getByRole('button', { name: 'ملف', exact: true }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('menuitem', { name: /تصدير تقرير PDF/ }).click();
    const pdf = new Uint8Array(await readFile((await (await download).path())!));
    const [highlight] = (await pdfjsAnnotations(await openPdf(pdf), pdf)).filter((a) => a.subtype === 'Highlight');
    assert.match(highlight!.contents, /2011 → 2001 \(طُبّق على النص\)/);
    const table = popplerText(pdf, join(workspace, '..'), 1, 1000).split('جدول الادعاءات')[1]!;
    assert.match(table, /2001 › 2011|2011 › 2001/, 'the claims table prints both values');
    const words = table.replace(/[\u064B-\u0652\u202A-\u202E]/g, '').replace(/\s+/g, ' ');
    assert.match(words, /\( ?طبق على النص ?\)/, 'and says the correction was applied');

    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+z'); // the applied correction
    await page.getByTestId('claim-details').getByRole('button', { name: 'طبّق التصحيح على النص' }).waitFor();
    await waitSaved(page);
    text = await storedText(workspace, sourceId);
    assert.equal(text.length, before.length + ' (السفير)'.length);
    assert.ok(text.includes(TYPO), 'undo restores "2011" in the text');
    [claim] = await storedClaims(workspace, sourceId);
    assert.equal(quoteSelector(claim!)!.exact, TYPO);
    assert.equal(readAppliedCorrection(claim!), undefined);
    assert.equal(await details.getByTestId('correction').innerText(), '2011 ← 2001');

    await page.keyboard.press('Control+Shift+z'); // applied again
    await details.getByTestId('correction').filter({ hasText: 'طُبّق' }).waitFor();
    await waitSaved(page);
    assert.ok((await storedText(workspace, sourceId)).includes('14 يوليو 2001'));
    await page.keyboard.press('Control+z'); // the applied correction
    await details.getByRole('button', { name: 'طبّق التصحيح على النص' }).waitFor();
    await page.keyboard.press('Control+z'); // the saved text edit
    await page.waitForFunction(
      () => !document.querySelector('[data-testid=source-text]')?.textContent?.includes('(السفير)'),
    );
    await waitSaved(page);
    assert.equal(await storedText(workspace, sourceId), before, 'both text changes undone, in one history');
    await page.keyboard.press('Control+z'); // typing the correction: a claim action from before the text save
    await page.getByRole('textbox', { name: 'التصحيح المقترح' }).filter({ hasText: '' }).waitFor();
    assert.equal(await page.getByRole('textbox', { name: 'التصحيح المقترح' }).inputValue(), '');
    const revisions = JSON.parse(await readFile(join(workspace, 'sources', sourceId, 'history.json'), 'utf8'));
    assert.equal(
      revisions.revisions.length,
      6,
      'save, apply, undo, redo, undo, undo: every text change stays in the history',
    );

    await reload();
    await claimItems(page).first().waitFor();
    assert.equal(await claimItems(page).first().getAttribute('aria-label'), `خطأ مطبعي محتمل: «${TYPO}»`);
    assert.deepEqual(errors, []);
  },
);

test(
  'deleting the passage of a claim makes it an orphan, listed with its quote and re-attachable',
  needs,
  async (t) => {
    const { page, workspace, sourceId, errors } = await openCorpus(t);
    const passage = 'لبدء بناء ستة صوامع لاعتراض الصواريخ في ألاسكا';
    await focusText(page);
    await selectText(page, 'ستة صوامع');
    await page.keyboard.press('2');
    await waitSaved(page);
    await page.getByRole('button', { name: 'تصحيح النص' }).click();
    await selectText(page, passage);
    await page.keyboard.press('Backspace');
    await page.getByRole('button', { name: 'حفظ النص' }).click();
    await page.getByTestId('orphans').waitFor();
    assert.equal(await page.getByTestId('orphans').locator('li').count(), 1);
    assert.match(await page.getByTestId('orphans').innerText(), /ستة صوامع/);
    assert.equal(await claimItems(page).count(), 0);
    const [claim] = await storedClaims(workspace, sourceId);
    assert.ok(isOrphan(claim!), 'stored as an orphan, not moved');
    assert.equal(quoteSelector(claim!)!.exact, 'ستة صوامع');

    await selectText(page, 'منصة اختبار');
    await page.getByRole('button', { name: 'أرفق بالتحديد' }).click();
    await claimItems(page).first().waitFor();
    await waitSaved(page);
    const [attached] = await storedClaims(workspace, sourceId);
    assert.equal(isOrphan(attached!), false);
    assert.equal(quoteSelector(attached!)!.exact, 'منصة اختبار');
    assert.equal(formerQuote(attached!), 'ستة صوامع', "the orphan's original wording is kept");
    await claimItems(page).first().getByRole('button').click();
    assert.equal(await page.getByTestId('former-quote').innerText(), 'الاقتباس الأصلي قبل فقدان موضعه: «ستة صوامع»');
    assert.deepEqual(errors, []);
  },
);

test('English UI: tag buttons and the panel are named in English; overlapping claims screenshot', needs, async (t) => {
  const { page, errors } = await openCorpus(t, 'en');
  const toolbar = page.getByRole('toolbar', { name: 'Tag the selection' });
  for (const name of ['Sourced', 'Disputed', 'Likely typo'])
    assert.equal(await toolbar.getByRole('button', { name }).count(), 1);
  await focusText(page);
  await selectText(page, TYPO);
  await toolbar.getByRole('button', { name: 'Likely typo' }).click();
  await selectText(page, 'اختباراً في 14 يوليو');
  await page.keyboard.press('2');
  await page.getByRole('textbox', { name: 'Suggested correction' }).fill('2002');
  assert.equal(await claimItems(page, 'en').count(), 2);
  assert.equal(await claimItems(page, 'en').nth(1).getAttribute('aria-label'), `Likely typo: «${TYPO}»`);
  assert.match(await claimsPanel(page, 'en').getByTestId('correction').first().innerText(), /→/);
  await claimsPanel(page, 'en')
    .getByRole('button', { name: /Likely typo/ })
    .first()
    .click();
  assert.equal(
    await claimsPanel(page, 'en')
      .getByRole('button', { name: /Likely typo/ })
      .first()
      .getAttribute('aria-pressed'),
    'true',
  );
  await page.screenshot({ path: join(SCREENSHOTS, 'claims-overlap-en.png') });
  assert.deepEqual(errors, []);
});

test(
  'marking part of an Arabic word changes colours only: the line is exactly as wide with and without marks',
  needs,
  async (t) => {
    const { page } = await openCorpus(t);
    // The width of the words around the mark, measured over text nodes whatever marks split them.
    const width = (): Promise<string> =>
      page.evaluate(`(() => {
      const box = ${NEEDLE_RANGE_JS}('المخابرات العسكرية الروسية', 0).getBoundingClientRect();
      return box.width.toFixed(2) + 'x' + box.height.toFixed(2);
    })()`);
    const plain = await width();
    await focusText(page);
    await selectText(page, 'خابرات العس'); // starts and ends inside words
    await page.keyboard.press('1');
    await claimItems(page).first().waitFor();
    assert.equal((await markIds(page)).length, 1);
    // Sub-pixel rounding at text-run edges moves a width by a hundredth of a pixel; a broken join changes
    // letter forms and the width by whole pixels.
    const [w0, h0] = plain.split('x').map(Number);
    const [w1, h1] = (await width()).split('x').map(Number);
    assert.equal(h1, h0, 'no extra line');
    assert.ok(Math.abs(w1! - w0!) < 0.5, `width ${w0} without marks, ${w1} with`);
  },
);

test('a corrupt annotation file is reported and kept; nothing overwrites it', needs, async (t) => {
  const dir = await makeTempDir('corrupt');
  const workspace = join(dir, 'workspace');
  const out = execFileSync(
    process.execPath,
    ['electron/cli/workbench.mjs', 'import', '--create', '--workspace', workspace, '--json', corpusFile(LONG)],
    { cwd: repoRoot, encoding: 'utf8' },
  );
  const sourceId = (JSON.parse(out) as { id: string }[])[0]!.id;
  await writeFile(join(workspace, 'annotations', `${sourceId}.json`), '{"type": "AnnotationCollection", "items": [');
  const app = await startWebApp({ userData: join(dir, 'user-data'), workspace });
  t.after(() => app.stop().then(() => undefined));
  const page = await (await browser.get()).newPage();
  t.after(() => page.close());
  await page.goto(app.url);
  await page.getByText('ملفات لم تُقرأ').waitFor();
  const kept = (await readdir(join(workspace, 'annotations'))).filter((n) => n.includes('.corrupt-'));
  assert.equal(kept.length, 1);
  assert.equal(
    await readFile(join(workspace, 'annotations', kept[0]!), 'utf8'),
    '{"type": "AnnotationCollection", "items": [',
  );
});

test(
  'File → Export PDF report: the two wrong years of corpus 003 come back as likely-typo highlights with their corrections',
  needs,
  async (t) => {
    const { page, errors } = await openCorpus(t);
    await focusText(page);
    for (const [quote, fix] of [
      [TYPO, '2001'],
      ['في عام 2020', '2002'],
    ] as const) {
      await selectText(page, quote);
      await page.keyboard.press('3');
      await page.getByRole('textbox', { name: 'التصحيح المقترح' }).fill(fix);
    }
    await page.getByRole('button', { name: 'ملف', exact: true }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('menuitem', { name: /تصدير تقرير PDF/ }).click();
    const file = await download;
    assert.match(file.suggestedFilename(), /\.report\.pdf$/);
    const pdf = new Uint8Array(await readFile((await file.path())!));
    const highlights = (await pdfjsAnnotations(await openPdf(pdf), pdf)).filter((a) => a.subtype === 'Highlight');
    assert.equal(highlights.length, 2);
    const contents = highlights.map((h) => h.contents).join('\n');
    assert.match(contents, /2011 → 2001/);
    assert.match(contents, /2020 → 2002/);
    await page.getByRole('status').filter({ hasText: 'صُدّر التقرير' }).waitFor();
    assert.deepEqual(errors, []);
  },
);

test(
  'suspicious years are underlined and listed; accepting one makes a likely-typo claim with the correction, dismissing one lasts',
  needs,
  async (t) => {
    const { page, workspace, sourceId, errors, reload } = await openCorpus(t);
    // Corpus 003 has exactly two suspicions: 2020 is dismissed first, so that after the reload the list still
    // shows 2011 — proof that the suspicions were computed again and 2020 stayed out.
    await page.getByTestId('suspicions').getByRole('listitem', { name: 'مرجّح: «2011»' }).waitFor();
    assert.equal(await page.evaluate(`CSS.highlights.has('suspicion-high')`), true, 'underlined in the text');
    await page
      .getByTestId('suspicions')
      .getByRole('listitem', { name: 'مرجّح: «2020»' })
      .getByRole('button', { name: 'تجاهل' })
      .click();
    await dismissalStored(join(workspace, 'review', `${sourceId}.json`));
    await reload();
    const list = page.getByTestId('suspicions');
    const high = list.getByRole('listitem', { name: 'مرجّح: «2011»' });
    await high.waitFor();
    assert.equal(await list.getByRole('listitem', { name: 'مرجّح: «2020»' }).count(), 0, 'dismissed for good');

    await high.getByRole('button', { name: 'اجعله ادعاءً' }).click();
    await claimItems(page).first().waitFor();
    await waitSaved(page);
    const [claim] = await storedClaims(workspace, sourceId);
    const text = await storedText(workspace, sourceId);
    const at = positionSelector(claim!)!;
    assert.equal(text.slice(at.start - 9, at.end), '14 يوليو 2011');
    assert.deepEqual(readClaim(claim!).tags, ['likely-typo']);
    assert.equal(readClaim(claim!).correction, '2001');
    assert.equal(
      await page.getByRole('listitem', { name: 'مرجّح: «2011»' }).count(),
      0,
      'an accepted suspicion is not listed again',
    );
    assert.deepEqual(errors, []);
  },
);

/** Polls the source's review file until one dismissed suspicion is on disk. */
async function dismissalStored(path: string): Promise<void> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const json = await readFile(path, 'utf8').then(JSON.parse, () => undefined);
    if (json?.dismissed?.length === 1) return;
    if (Date.now() > deadline) throw new Error(`${path} never recorded the dismissal`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
