// Repeated passages and boilerplate in the reading view, in real Chromium through browser mode, on corpus 000
// (a forum post whose second half repeats the first): the copy's lines are dimmed, collapse behind a fold
// button (the lines stay in the editor) and expand again from the keyboard; "same as" shows the first copy;
// "keep as content" survives a reload; the one toggle is saved as the setting; both UI languages.

import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test, type TestContext } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { findPassages, type PassageBlock } from '../../shared/review/passages.ts';
import { lineStarts } from '../../renderer/src/reading/editor/line-model.ts';
import { passageLayout } from '../../renderer/src/reading/editor/plugins/passage-lines.ts';
import { chromiumMissing } from './helpers/browser.ts';
import { storedText } from './helpers/claims-page.ts';
import { corpusFile, corpusMissing, makeTempDir, repoRoot, skipUnlessCI } from './helpers/env.ts';
import { e2eBrowser, openImported } from './helpers/open-app.ts';

const POST = '000_3713eee76bfc4b7f.txt';
const COUNTER = 'عدد المشاهدات 1520';
const SCREENSHOTS = join(repoRoot, '.tmp', 'screenshots');
const browser = e2eBrowser();
const needs = { skip: skipUnlessCI(chromiumMissing(), corpusMissing(POST)), timeout: 90_000 };

interface Opened {
  page: Page;
  workspace: string;
  sourceId: string;
  userData: string;
  errors: string[];
  text: string;
  /** The repeated half as found in the stored text, and its line (= paragraph) indices. */
  repeated: PassageBlock;
  lines: { first: number; last: number; ofFirst: number };
  reload(): Promise<void>;
}

async function openPost(t: TestContext, lang: 'ar' | 'en' = 'ar', copies = 1): Promise<Opened> {
  const dir = await makeTempDir('passages-files');
  // The post with a page counter above it (page chrome, set aside: the forum's "posted:" line is its date and
  // stays content since issue 12), and for a long source pasted several times; in the temp folder only.
  const post = `${COUNTER}\n${(await readFile(corpusFile(POST), 'utf8')).trimEnd()}`;
  const file = join(dir, copies > 1 ? 'long-post.txt' : POST);
  await writeFile(file, Array.from({ length: copies }, () => post).join('\n'));
  const app = await openImported(browser, t, [file], {
    lang,
    label: 'passages',
    // Passages are asked for after the first paint: the list appears once they are in.
    ready: (page) => page.getByTestId('passages').waitFor({ timeout: 15_000 }),
  });
  const sourceId = app.sourceIds[0]!;
  const text = await storedText(app.workspace, sourceId);
  const repeated = findPassages(text).find((p) => p.kind === 'repeated');
  assert.ok(repeated?.of, 'corpus 000 repeats its first half');
  const lineOf = (offset: number) => text.slice(0, offset).split('\n').length - 1;
  const lines = { first: lineOf(repeated.start), last: lineOf(repeated.end), ofFirst: lineOf(repeated.of.start) };
  return { ...app, sourceId, text, repeated, lines };
}

/** Paragraph i of the reading view (= line i of the stored text). */
function line(page: Page, i: number): Locator {
  return page.locator(`[data-testid=source-text] > p:nth-child(${i + 1})`);
}

async function look(
  l: Locator,
): Promise<{ color: string; display: string; visibility: string; passage?: string; fold?: string }> {
  return l.evaluate((p: HTMLElement) => {
    const style = getComputedStyle(p);
    return {
      color: style.color,
      display: style.display,
      visibility: style.visibility,
      passage: p.dataset.passage,
      fold: p.dataset.passageFold,
    };
  });
}

function entry(page: Page, kind: string): Locator {
  return page.getByTestId('passages').locator(`li[data-kind=${kind}]`);
}

test(
  'corpus 000: the repeated half is dimmed, collapses behind a fold (lines kept) and expands from the keyboard',
  needs,
  async (t) => {
    const o = await openPost(t);
    const { page, lines } = o;
    const paragraphs = page.locator('[data-testid=source-text] > p');
    assert.equal(await paragraphs.count(), o.text.split('\n').length, 'one paragraph per line');

    // Dimmed: every line of the copy, and only those (the first copy and the title read normally).
    await page.locator('[data-testid=source-text] > p[data-passage=repeated]').first().waitFor();
    const normal = await look(line(page, lines.ofFirst + 1));
    const dimmed = await look(line(page, lines.first + 1));
    assert.equal(normal.passage, undefined);
    assert.equal(dimmed.passage, 'repeated');
    assert.notEqual(dimmed.color, normal.color, `dimmed ${dimmed.color} vs ${normal.color}`);
    assert.equal(
      await page.locator('[data-testid=source-text] > p[data-passage=repeated]').count(),
      lines.last - lines.first + 1,
    );
    assert.equal((await look(line(page, lines.first - 1))).passage, undefined, 'the line before the copy is content');
    await page.screenshot({ path: join(SCREENSHOTS, 'passages-dimmed-ar.png') });

    // The list: one repeated entry, its reason in Arabic, "same as" shows (selects) the first copy.
    const repeated = entry(page, 'repeated');
    assert.equal(await repeated.count(), 1);
    assert.match(await repeated.innerText(), /يكرر \d+ سطرًا وردت سابقًا/);
    await repeated.getByRole('button', { name: /نسخة من/ }).click();
    await page.waitForFunction(() => (getSelection()?.toString().length ?? 0) > 0);
    const selected = await page.evaluate(() => getSelection()!.toString());
    assert.equal(
      selected.split('\n')[0],
      o.text.slice(o.repeated.of!.start).split('\n')[0],
      'the first copy is selected',
    );

    // Collapse: the copy's lines are hidden, the first keeps a strip with the fold button on it.
    await repeated.getByRole('button', { name: 'طيّ' }).click();
    const fold = page.getByTestId('passage-fold');
    await fold.waitFor();
    assert.match(await fold.innerText(), /^مقطع مكرّر، \d+ سطرًا — إظهار$/);
    assert.equal((await look(line(page, lines.first + 2))).display, 'none');
    assert.equal((await look(line(page, lines.last))).display, 'none');
    assert.equal((await look(line(page, lines.first))).fold, 'stub');
    assert.equal((await look(line(page, lines.ofFirst + 2))).display, 'block', 'the first copy stays');
    assert.equal(await paragraphs.count(), o.text.split('\n').length, 'hidden, never removed');
    assert.equal(
      await page.locator('[data-testid=source-text]').evaluate((root) => root.textContent!.length),
      o.text.replace(/\n/g, '').length,
    );
    const stub = (await line(page, lines.first).boundingBox())!;
    await fold.scrollIntoViewIfNeeded();
    const [button, stubNow] = [(await fold.boundingBox())!, (await line(page, lines.first).boundingBox())!];
    assert.ok(
      stub.height > 0 && Math.abs(button.y - stubNow.y) < 2 && Math.abs(button.height - stubNow.height) < 2,
      'the button sits on the strip',
    );
    assert.equal(await repeated.getByRole('button', { name: 'فرد' }).getAttribute('aria-expanded'), 'false');
    await page.screenshot({ path: join(SCREENSHOTS, 'passages-collapsed-ar.png') });

    // Expand from the keyboard: Tab reaches the fold button, Enter presses it (the read-only guard lets it).
    await fold.focus();
    await page.keyboard.press('Enter');
    await fold.waitFor({ state: 'detached' });
    assert.equal((await look(line(page, lines.first + 2))).display, 'block');
    assert.equal((await look(line(page, lines.first + 2))).passage, 'repeated', 'expanded, still dimmed');

    // Collapsed again, then "show" from the list selects the passage: the selection opens it.
    await repeated.getByRole('button', { name: 'طيّ' }).click();
    await fold.waitFor();
    await repeated.locator('.passage__excerpt').click();
    await fold.waitFor({ state: 'detached' });
    assert.equal((await look(line(page, lines.first + 2))).display, 'block');
    assert.deepEqual(o.errors, []);
  },
);

test('"keep as content" survives a reload; "set aside again" dims the lines again', needs, async (t) => {
  const o = await openPost(t);
  const { page, lines } = o;
  const copyLine = line(page, lines.first + 1);
  await page.locator('[data-testid=source-text] > p[data-passage=repeated]').first().waitFor();
  const dimmed = await look(copyLine);
  const normal = await look(line(page, lines.ofFirst + 1));

  await entry(page, 'repeated').getByRole('button', { name: 'أبقِه محتوى' }).click();
  await page.waitForFunction(() => !document.querySelector('[data-testid=source-text] > p[data-passage=repeated]'));
  assert.equal((await look(copyLine)).color, normal.color, 'kept: it reads like any text');
  await waitForFile(join(o.workspace, 'review', `${o.sourceId}.json`), (json) => json.keptPassages?.length === 1);

  await o.reload();
  await entry(page, 'repeated').getByText('أُبقي محتوى').waitFor();
  assert.equal((await look(copyLine)).passage, undefined, 'still kept after a reload');
  assert.equal(
    await entry(page, 'repeated').getByRole('button', { name: 'طيّ' }).count(),
    0,
    'a kept passage does not fold',
  );

  await entry(page, 'repeated').getByRole('button', { name: 'نحِّه مجددًا' }).click();
  await page.locator('[data-testid=source-text] > p[data-passage=repeated]').first().waitFor();
  assert.equal((await look(copyLine)).color, dimmed.color);
  await waitForFile(join(o.workspace, 'review', `${o.sourceId}.json`), (json) => json.keptPassages?.length === 0);
  assert.deepEqual(o.errors, []);
});

test('English UI: kinds and reasons in English; the one toggle is the skipPassages setting', needs, async (t) => {
  const o = await openPost(t, 'en');
  const { page, lines } = o;
  const list = page.getByTestId('passages');
  assert.match(await list.getByRole('heading').innerText(), /^Repeated & boilerplate\s+2$/);
  assert.match(await entry(page, 'repeated').innerText(), /Repeats \d+ line\(s\) that appear earlier/);
  assert.match(await entry(page, 'boilerplate').innerText(), /Page counter/);
  const toggle = list.getByRole('checkbox', { name: 'Leave set-aside passages out of search and the PDF report' });
  assert.equal(await toggle.isChecked(), true, 'on by default');
  await toggle.uncheck();
  await waitForFile(join(o.userData, 'browser-mode-settings.json'), (json) => json.skipPassages === false);
  await o.reload();
  assert.equal(await page.getByTestId('passages').getByRole('checkbox').isChecked(), false, 'the setting is kept');

  await entry(page, 'repeated').getByRole('button', { name: 'Collapse' }).click();
  const fold = page.getByTestId('passage-fold');
  await fold.waitFor();
  assert.match(await fold.innerText(), /^Repeated passage, \d+ lines — show$/);
  assert.equal((await look(line(page, lines.last))).display, 'none');
  await line(page, lines.first - 3).scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(SCREENSHOTS, 'passages-collapsed-en.png') });
  await fold.click();
  await fold.waitFor({ state: 'detached' });

  // With the setting off the copy is searched: stepping to a hit inside it unfolds it.
  await entry(page, 'repeated').getByRole('button', { name: 'Collapse' }).click();
  await fold.waitFor();
  const lastLine = o.text.split('\n')[lines.last]!;
  const word = lastLine.split(/\s+/).sort((a, b) => b.length - a.length)[0]!;
  await page.keyboard.press('Control+f');
  await page.keyboard.type(word);
  const count = page.getByTestId('search-count');
  let steps = 0;
  while ((await fold.count()) > 0 && steps++ < 30) {
    await page.keyboard.press('Enter');
    await page.waitForTimeout(100);
  }
  assert.equal(await fold.count(), 0, `unfolded after ${steps} steps (${await count.textContent()})`);
  assert.equal((await look(line(page, lines.last))).display, 'block');
  assert.deepEqual(o.errors, []);
});

test('a long source built in two steps: lines appended after the first paint are dimmed too', needs, async (t) => {
  const o = await openPost(t, 'ar', 6);
  const { page } = o;
  const count = o.text.split('\n').length;
  assert.ok(count > 400, `${count} lines: more than the first build step`);
  const expected = passageLayout(
    lineStarts(o.text),
    o.text.length,
    findPassages(o.text).map((p) => ({ ...p, key: `${p.start}`, collapsed: false, foldLabel: '' })),
  ).lines;
  await line(page, count - 1).waitFor({ state: 'attached' });
  await page.waitForFunction(
    `document.querySelector('[data-testid=source-text] > p:last-child')?.dataset.passage !== undefined`,
  );
  const dimmed = await page
    .locator('[data-testid=source-text] > p[data-passage]')
    .evaluateAll((ps) => ps.map((p) => Array.prototype.indexOf.call(p.parentElement!.children, p) as number));
  assert.deepEqual(
    dimmed,
    [...expected.keys()].sort((a, b) => a - b),
  );
  assert.ok(dimmed.some((i) => i >= 400) && dimmed.some((i) => i < 400));
  assert.deepEqual(o.errors, []);
});

async function waitForFile(
  path: string,
  ok: (json: Record<string, unknown> & { keptPassages?: string[]; skipPassages?: boolean }) => boolean,
): Promise<void> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    try {
      if (ok(JSON.parse(await readFile(path, 'utf8')))) return;
    } catch {
      // not written yet
    }
    if (Date.now() > deadline) throw new Error(`${path} never reached the expected state`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
