// A long source in the reading view, in real Chromium through browser mode: only the lines near the view are
// in the DOM, and selecting (Shift+arrows, Shift+click, select-all), copying, finding, tagging and correcting
// the text still work on lines that are not; the accessibility tree is a labelled, described text box.
// The source is corpus 003 pasted eight times (1,600 lines) with one made-up line far below, in a temp folder.

import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test, type TestContext } from 'node:test';
import type { Page } from 'playwright-core';
import { positionSelector, quoteSelector } from '../../shared/annotations/model.ts';
import { chromiumMissing } from './helpers/browser.ts';
import {
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

const CORPUS = '003_fc528dca72532d73.txt';
/** A word no corpus text has, on a line of its own near the end. */
const MARKER = 'قرنفليات';
const SCREENSHOTS = join(repoRoot, '.tmp', 'screenshots');
const browser = e2eBrowser();
const needs = { skip: skipUnlessCI(chromiumMissing(), corpusMissing(CORPUS)), timeout: 120_000 };

async function openLong(t: TestContext, lang: 'ar' | 'en' = 'ar') {
  const dir = await makeTempDir('window-files');
  const article = (await readFile(corpusFile(CORPUS), 'utf8')).trimEnd();
  const copies = Array.from({ length: 8 }, () => article);
  copies.push(`سطر الاختبار ${MARKER} في آخر المصدر`);
  const file = join(dir, 'long-source.txt');
  await writeFile(file, copies.join('\n'));
  const app = await openImported(browser, t, [file], { lang, label: 'window' });
  const sourceId = app.sourceIds[0]!;
  const text = await storedText(app.workspace, sourceId);
  assert.ok(text.split('\n').length > 1000, 'long enough to be shown through a window');
  assert.equal(text.indexOf(MARKER), text.lastIndexOf(MARKER));
  return { ...app, sourceId, text, lines: text.split('\n') };
}

/** Polls a page expression (waitForFunction would eval a string in the page, which the app's CSP forbids). */
async function until(page: Page, expression: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await page.evaluate(expression))) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${expression.slice(0, 120)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const inDom = (page: Page) =>
  page.evaluate(`document.querySelectorAll('[data-testid=source-text] > p').length`) as Promise<number>;

/** Scrolls the reading view to a fraction of its height and waits until lines cover the view. */
async function scrollTo(page: Page, fraction: number): Promise<void> {
  await page.locator('.source-editor').evaluate((el, f) => (el.scrollTop = el.scrollHeight * f), fraction);
  await until(
    page,
    `(() => {
    const s = document.querySelector('.source-editor').getBoundingClientRect();
    return !!document.elementFromPoint(s.left + s.width / 2, s.top + s.height / 2)?.closest('[data-testid=source-text] > p');
  })()`,
  );
}

/** The DOM selection's two ends are rendered lines with a block of hidden lines between them. */
const SPANS_HIDDEN_LINES = `(() => {
  const s = getSelection();
  // While the window moves, an end can be outside any line (on the editor itself): not there yet.
  const line = (n) => n && (n.nodeType === 1 ? n : n.parentElement).closest('[data-testid=source-text] > p');
  const [a, b] = [line(s.anchorNode), line(s.focusNode)];
  if (!a || !b || a === b) return false;
  return [...document.querySelectorAll('.source-hidden-lines')].some((h) =>
    a.compareDocumentPosition(h) & Node.DOCUMENT_POSITION_FOLLOWING && h.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
})()`;

/** The first line after line 0 that has text (the source opens with blank lines). */
const textLine = (lines: string[]) => lines.findIndex((l, i) => i > 0 && l.trim().length > 0);

/** Puts the caret at the start of the nth rendered line (at the top of the source: line nth). */
async function caretAtLine(page: Page, nth: number): Promise<void> {
  await page.locator('[data-testid=source-text]').focus();
  await page.evaluate(`(() => {
    const p = document.querySelectorAll('[data-testid=source-text] > p')[${nth}];
    const node = document.createTreeWalker(p, NodeFilter.SHOW_TEXT).nextNode();
    getSelection().collapse(node, 0);
  })()`);
  await page.waitForTimeout(50);
}

test(
  'only the lines near the view are in the DOM; scrolled to the middle, the text there is shown',
  needs,
  async (t) => {
    const { page, text, lines, errors } = await openLong(t);
    assert.ok((await inDom(page)) < 300, `${await inDom(page)} of ${lines.length} lines in the DOM`);
    assert.ok((await page.locator('.source-hidden-lines').count()) >= 1);
    await scrollTo(page, 0.5);
    const shown = (await page.evaluate(`(() => {
    const s = document.querySelector('.source-editor').getBoundingClientRect();
    return document.elementFromPoint(s.left + s.width / 2, s.top + s.height / 2).closest('p').textContent;
  })()`)) as string;
    assert.ok(shown.length > 0 && lines.includes(shown), `a line of the stored text: «${shown.slice(0, 40)}»`);
    assert.ok((await inDom(page)) < 300);
    assert.ok(text.length > 150_000);
    await page.screenshot({ path: join(SCREENSHOTS, 'reading-window-middle-ar.png') });
    assert.deepEqual(errors, []);
  },
);

test('Shift+ArrowDown far past the window, then "1": the claim covers exactly the lines selected', needs, async (t) => {
  const { page, workspace, sourceId, text, lines, errors } = await openLong(t);
  const from = textLine(lines);
  await caretAtLine(page, from);
  for (let i = 0; i < 300; i++) await page.keyboard.press('Shift+ArrowDown');
  await until(page, SPANS_HIDDEN_LINES);
  await page.keyboard.press('1');
  await waitSaved(page);
  const [claim] = await storedClaimsWhen(workspace, sourceId, 1);
  const at = positionSelector(claim!)!;
  const lineStart = lines.slice(0, from).join('\n').length + 1;
  assert.equal(at.start, lineStart, 'from the start of the line the caret was on');
  assert.equal(quoteSelector(claim!)!.exact, text.slice(at.start, at.end));
  const covered = text.slice(at.start, at.end).split('\n').length;
  const rendered = await inDom(page);
  assert.ok(covered > rendered, `${covered} lines selected, more than the ${rendered} in the DOM`);
  assert.deepEqual(errors, []);
});

test(
  'Shift+click after scrolling far away selects from the caret; copying it gives the stored text',
  needs,
  async (t) => {
    const { page, workspace, sourceId, text, lines, errors } = await openLong(t);
    const from = textLine(lines);
    await caretAtLine(page, from);
    await scrollTo(page, 0.6);
    const target = page.locator('[data-testid=source-text] > p').filter({ hasText: /\S{4}/ }).nth(8);
    await target.click({ modifiers: ['Shift'], position: { x: 10, y: 5 } });
    await until(page, SPANS_HIDDEN_LINES);
    await page.evaluate(
      `window.addEventListener('copy', (e) => (window.__copied = e.clipboardData.getData('text/plain')))`,
    );
    await page.keyboard.press('Control+c');
    const copied = (await page.evaluate(`window.__copied`)) as string;
    await page.keyboard.press('2');
    await waitSaved(page);
    const [claim] = await storedClaimsWhen(workspace, sourceId, 1);
    const at = positionSelector(claim!)!;
    assert.equal(at.start, lines.slice(0, from).join('\n').length + 1, 'from the caret');
    assert.ok(at.end > text.length * 0.5, 'to the clicked line, past the middle');
    // The claim is the selection snapped to whole letters without spaces at its ends; the copy is the selection.
    const quote = text.slice(at.start, at.end);
    assert.ok(text.includes(copied) && copied.includes(quote), 'the copy is the stored text of the selection');
    assert.ok(copied.length - quote.length <= 2, 'every line, hidden ones included');
    assert.deepEqual(errors, []);
  },
);

test('select-all and copy give the whole text; tagging it makes one claim over all of it', needs, async (t) => {
  const { page, workspace, sourceId, text, errors } = await openLong(t);
  await caretAtLine(page, 0);
  await page.keyboard.press('Control+a');
  await page.evaluate(
    `window.addEventListener('copy', (e) => (window.__copied = e.clipboardData.getData('text/plain')))`,
  );
  await page.keyboard.press('Control+c');
  assert.equal(await page.evaluate(`window.__copied`), text);
  await page.keyboard.press('3');
  await waitSaved(page);
  const [claim] = await storedClaimsWhen(workspace, sourceId, 1);
  const at = positionSelector(claim!)!;
  assert.equal(at.start, 0);
  assert.equal(at.end, text.trimEnd().length);
  assert.deepEqual(errors, []);
});

test(
  'Ctrl+F finds a word far below the window, paints it in view; Esc selects it and "3" tags it',
  needs,
  async (t) => {
    const { page, workspace, sourceId, text, errors } = await openLong(t);
    // The copies are set-aside passages; the search is to reach past them, not to skip them.
    await page.getByTestId('passages').getByRole('checkbox').uncheck();
    await page.keyboard.press('Control+f');
    await page.getByRole('searchbox', { name: 'البحث في المصدر' }).fill(MARKER);
    const count = page.getByTestId('search-count');
    await until(page, `document.querySelector('[data-testid=search-count]')?.textContent.trim() === '1 / 1'`).catch(
      async (error) => assert.fail(`${error}; the count says «${await count.textContent()}»`),
    );
    await until(
      page,
      `(() => {
    const hit = CSS.highlights.get('search-current');
    const range = hit && [...hit][0];
    if (!range || range.toString() !== ${JSON.stringify(MARKER)}) return false;
    const box = range.getBoundingClientRect();
    const view = document.querySelector('.source-editor').getBoundingClientRect();
    return box.top >= view.top && box.bottom <= view.bottom;
  })()`,
    );
    await page.screenshot({ path: join(SCREENSHOTS, 'reading-window-find-ar.png') });
    await page.keyboard.press('Escape');
    await until(page, `getSelection().toString() === ${JSON.stringify(MARKER)}`);
    await page.keyboard.press('3');
    await waitSaved(page);
    const [claim] = await storedClaimsWhen(workspace, sourceId, 1);
    assert.equal(positionSelector(claim!)!.start, text.indexOf(MARKER));
    assert.equal(quoteSelector(claim!)!.exact, MARKER);
    assert.deepEqual(errors, []);
  },
);

test(
  'correcting a line far below the first screen saves it, and every line never shown unchanged',
  needs,
  async (t) => {
    const { page, workspace, sourceId, text, errors } = await openLong(t);
    await page.getByRole('button', { name: 'تصحيح النص' }).click();
    await scrollTo(page, 0.7);
    await page.locator('[data-testid=source-text] > p').filter({ hasText: /\S{4}/ }).nth(6).click();
    await page.keyboard.press('Home');
    await page.keyboard.type('XYZ ');
    await page.getByRole('button', { name: 'حفظ النص' }).click();
    await page.getByRole('alert').filter({ hasText: 'حُفظ النص' }).waitFor();
    const saved = await storedText(workspace, sourceId);
    assert.equal(saved.replace('XYZ ', ''), text, 'only the typed characters changed');
    assert.ok(saved.indexOf('XYZ ') > text.length * 0.5, 'typed where the view was');
    assert.deepEqual(await storedClaims(workspace, sourceId), []);
    assert.deepEqual(errors, []);
  },
);

test(
  'screen readers: a labelled, multiline text box, described as a long source; Ctrl+End reaches the last line',
  needs,
  async (t) => {
    const { page, lines, errors } = await openLong(t);
    const cdp = await page.context().newCDPSession(page);
    const tree = async () => ((await cdp.send('Accessibility.getFullAXTree')) as { nodes: AxNode[] }).nodes;
    const box = (await tree()).find((n) => n.role?.value === 'textbox' && n.name?.value === 'نص المصدر');
    assert.ok(box, 'the reading view is a text box named "نص المصدر"');
    const property = (name: string) => box.properties?.find((p) => p.name === name)?.value.value;
    assert.equal(property('multiline'), true);
    assert.match(String(box.description?.value), /مصدر طويل/);
    const texts = async () =>
      (await tree()).filter((n) => n.role?.value === 'StaticText').map((n) => String(n.name?.value ?? ''));
    const first = await texts();
    assert.ok(first.includes(lines[0]!), 'the first line is read');
    assert.ok(!first.some((s) => s.includes(MARKER)), 'lines far below are not in the tree yet');
    await caretAtLine(page, 0);
    await page.keyboard.press('Control+End');
    await until(
      page,
      `[...document.querySelectorAll('[data-testid=source-text] > p')].at(-1).textContent === ${JSON.stringify(lines.at(-1))}`,
    );
    const last = await texts();
    assert.ok(last.includes(lines.at(-1)!), 'after Ctrl+End the last line is read');
    assert.ok(
      last.some((s) => s.includes(MARKER)),
      'and the lines before it',
    );
    assert.deepEqual(errors, []);
  },
);

for (const lang of ['ar', 'en'] as const) {
  test(
    `${lang} UI: overlapping claims in the middle of a long source; the marked words keep their joined width`,
    needs,
    async (t) => {
      const { page, workspace, sourceId, errors } = await openLong(t, lang);
      await scrollTo(page, 0.5);
      // Words 1–3 and 2–5 of the line in the middle of the view: two claims sharing two words.
      const words = (await page.evaluate(`(() => {
      const s = document.querySelector('.source-editor').getBoundingClientRect();
      const y = s.top + s.height / 2;
      const lines = [...document.querySelectorAll('[data-testid=source-text] > p')];
      const p = lines.find((l) => l.getBoundingClientRect().bottom > y && l.textContent.split(' ').length > 8);
      return p.textContent.split(' ').slice(1, 6);
    })()`)) as string[];
      const [first, second, both] = [words.slice(0, 3), words.slice(1, 5), words].map((w) => w.join(' '));
      const width = () => page.evaluate(`${NEEDLE_RANGE_JS}(${JSON.stringify(both)}, 0).getBoundingClientRect().width`);
      const plain = (await width()) as number;
      await page.locator('[data-testid=source-text]').focus();
      await selectText(page, first!);
      await page.keyboard.press('3');
      await selectText(page, second!);
      await page.keyboard.press('2');
      await waitSaved(page);
      assert.equal((await storedClaims(workspace, sourceId)).length, 2);
      assert.ok(
        (await markIds(page)).some((ids) => ids.split(' ').length === 2),
        'one piece carries both claims',
      );
      const marked = (await width()) as number;
      assert.ok(Math.abs(marked - plain) < 0.5, `width ${plain} without marks, ${marked} with`);
      await page.locator('body').click({ position: { x: 5, y: 5 } });
      await page.screenshot({ path: join(SCREENSHOTS, `reading-window-overlap-${lang}.png`) });
      assert.deepEqual(errors, []);
    },
  );
}

interface AxNode {
  role?: { value: string };
  name?: { value: unknown };
  description?: { value: unknown };
  properties?: { name: string; value: { value: unknown } }[];
}
