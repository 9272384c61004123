// Browser mode end to end: `workbench web` in a child process, driven by real (Debian) Chromium the way a
// researcher uses it: first launch, importing Arabic files, bad files, legacy encodings, the English UI,
// and what the page itself can and cannot reach. Each test has its own temp folders and its own server.

import { test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { chromiumMissing } from './helpers/browser.ts';
import { e2eBrowser } from './helpers/open-app.ts';
import { corpusFile, corpusMissing, makeTempDir, repoRoot, skipUnlessCI } from './helpers/env.ts';
import { startWebApp, type WebApp, type WebAppOptions } from './helpers/web-app.ts';

const SHORT = '001_f1d8260e76d1168a.txt';
const LONG = '003_fc528dca72532d73.txt';
const SCREENSHOTS = join(repoRoot, '.tmp', 'screenshots');

const browser = e2eBrowser();

const needsBrowser = { skip: skipUnlessCI(chromiumMissing()), timeout: 60_000 };
const needsCorpus = (...names: string[]) => ({
  skip: skipUnlessCI(chromiumMissing(), corpusMissing(...names)),
  timeout: 60_000,
});

// ---------------------------------------------------------------------------------------------------------
// Helpers

/** A server (stopped when the test ends) and a fresh browser context with a page opened on its URL. */
async function openApp(
  t: TestContext,
  options: WebAppOptions,
): Promise<{ app: WebApp; page: Page; context: BrowserContext; errors: string[]; leave: Leave }> {
  const app = await startWebApp(options);
  t.after(() => app.stop().then(() => undefined));
  const context = await (await browser.get()).newContext({ viewport: { width: 1280, height: 900 } });
  t.after(() => context.close());
  const page = await context.newPage();
  const { errors, leave } = watchErrors(page);
  const response = await page.goto(app.url);
  assert.equal(response?.status(), 200, `GET ${app.url}`);
  return { app, page, context, errors, leave };
}

/** Runs a navigation the test makes on purpose (a reload, leaving the page). */
type Leave = <T>(navigate: () => Promise<T>) => Promise<T>;

/**
 * Uncaught errors in the page and failed requests (other than the favicon Chromium asks for on its own,
 * which the app does not have). A test ends with `assert.deepEqual(errors, [])`. Requests the page still had
 * open when the test navigated away on purpose (`leave`) end as net::ERR_ABORTED (the review aids' calls after
 * the first paint) and are not errors: the page that made them is gone. Chromium reports those aborts before
 * the navigation resolves, so they fall inside `leave`.
 */
function watchErrors(page: Page): { errors: string[]; leave: Leave } {
  const errors: string[] = [];
  let leaving = 0;
  page.on('pageerror', (error) => errors.push(`uncaught in the page: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400 && new URL(response.url()).pathname !== '/favicon.ico') {
      errors.push(`HTTP ${response.status()} for ${response.request().method()} ${response.url()}`);
    }
  });
  page.on('requestfailed', (request) => {
    const reason = request.failure()?.errorText;
    if (leaving > 0 && reason === 'net::ERR_ABORTED') return;
    errors.push(`request failed: ${request.url()} ${reason}`);
  });
  const leave: Leave = async (navigate) => {
    leaving++;
    try {
      return await navigate();
    } finally {
      leaving--;
    }
  };
  return { errors, leave };
}

function sidebar(page: Page, lang: 'ar' | 'en' = 'ar') {
  return page.getByRole('navigation', { name: lang === 'ar' ? 'المصادر' : 'Sources' });
}

/** The sidebar entry of the source titled `title` once it is the selected one. */
async function waitSelected(page: Page, title: string, lang: 'ar' | 'en' = 'ar'): Promise<void> {
  await sidebar(page, lang).locator('li button[aria-current="true"]', { hasText: title }).waitFor({ timeout: 15_000 });
  await page.locator('.reading__title', { hasText: title }).waitFor({ timeout: 15_000 });
}

async function sourceTitles(page: Page, lang: 'ar' | 'en' = 'ar'): Promise<string[]> {
  return sidebar(page, lang).locator('li button .sidebar__item-title').allInnerTexts();
}

/**
 * Each <p> of the reading view as the user sees it (innerText). Lines have `content-visibility: auto`, so
 * Chromium skips rendering those far below the fold and their innerText is "" until they come near the
 * viewport: a line still unrendered is scrolled into view (two frames to render it), as a reader would
 * scroll to it, before it is read.
 */
async function renderedLines(page: Page): Promise<string[]> {
  // (No named functions inside evaluate: tsx's transform would wrap them in a __name the page lacks.)
  return page.locator('[data-testid=source-text] > p').evaluateAll(async (ps) => {
    const lines: string[] = [];
    for (const p of ps as HTMLElement[]) {
      if (p.innerText === '' && (p.textContent ?? '') !== '') {
        p.scrollIntoView({ block: 'start' });
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      }
      // An empty line is a paragraph holding only a <br>, whose innerText is "\n" or "" by position.
      lines.push(p.innerText.replace(/\n$/, ''));
    }
    (ps[0] as HTMLElement | undefined)?.scrollIntoView({ block: 'end' });
    return lines;
  });
}

/** The stored form of an imported text: no BOM, LF line ends, NFC. */
function storedForm(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .normalize('NFC');
}

/** What the reading view must show for `text`: one paragraph per line, each reading exactly as stored. */
function expectedLines(text: string): string[] {
  return text.split('\n');
}

async function assertShowsText(page: Page, text: string): Promise<void> {
  const shown = await renderedLines(page);
  const expected = expectedLines(text);
  // Joined first: a readable diff of the whole text when it fails.
  assert.equal(shown.join('\n'), expected.join('\n'), 'the reading view shows the stored text');
  assert.deepEqual(shown, expected);
}

async function htmlLangDir(page: Page): Promise<{ lang: string; dir: string }> {
  return page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));
}

async function waitHtml(page: Page, lang: string, dir: string): Promise<void> {
  await page.waitForFunction(
    ([l, d]) => document.documentElement.lang === l && document.documentElement.dir === d,
    [lang, dir] as const,
    { timeout: 10_000 },
  );
}

type PickedFile = string | { name: string; mimeType: string; buffer: Buffer };

async function importFile(page: Page, file: PickedFile | Array<Exclude<PickedFile, string>>): Promise<void> {
  await page.locator('[data-testid=import-input]').setInputFiles(file);
}

/** Every file under `dir` with its SHA-256, sorted: equal snapshots mean nothing on disk changed. */
async function snapshot(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = await Promise.all(
    entries.map(async (entry) => {
      const path = join(entry.parentPath, entry.name);
      if (!entry.isFile()) return `${relative(dir, path)}/`;
      return `${relative(dir, path)} ${createHash('sha256')
        .update(await readFile(path))
        .digest('hex')}`;
    }),
  );
  return files.sort();
}

async function sourceIds(workspace: string): Promise<string[]> {
  return (await readdir(join(workspace, 'sources'), { withFileTypes: true }))
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
}

/** `text` in windows-1256, with iconv-lite (a devDependency) or the iconv program; undefined if neither. */
async function toWindows1256(text: string): Promise<Buffer | undefined> {
  try {
    const iconv = (await import('iconv-lite')).default;
    return iconv.encode(text, 'windows-1256');
  } catch {
    try {
      return execFileSync('iconv', ['-f', 'UTF-8', '-t', 'CP1256'], { input: text });
    } catch {
      return undefined;
    }
  }
}

// ---------------------------------------------------------------------------------------------------------
// a. First launch

test(
  'first launch without --workspace: the sample source is listed, selected and shown right to left',
  needsBrowser,
  async (t) => {
    const userData = await makeTempDir('first-launch');
    const { page, errors } = await openApp(t, { userData, lang: 'ar' });

    await waitSelected(page, 'عينة-اجتماع-وزراء-المياه');
    assert.deepEqual(await sourceTitles(page), ['عينة-اجتماع-وزراء-المياه']);
    assert.deepEqual(await htmlLangDir(page), { lang: 'ar', dir: 'rtl' });

    const article = page.getByTestId('source-text');
    assert.equal(await article.getAttribute('dir'), 'rtl');
    const shown = (await renderedLines(page)).join('\n');
    assert.ok(shown.includes('2091'), 'the sample has the wrong year 2091 to check');
    assert.ok(shown.includes('Water for Life'), 'the sample has a Latin phrase inside Arabic');

    // The sample was written into the temp user-data folder (not the real one) and is what is shown.
    const workspace = join(userData, 'Workspace');
    const [id, ...others] = await sourceIds(workspace);
    assert.ok(id !== undefined && others.length === 0, 'exactly one source in the new default workspace');
    await assertShowsText(page, await readFile(join(workspace, 'sources', id, 'text.txt'), 'utf8'));
    const settings = JSON.parse(await readFile(join(userData, 'browser-mode-settings.json'), 'utf8')) as {
      language?: string;
    };
    assert.equal(settings.language, 'ar');
    assert.deepEqual(errors, [], 'no errors in the page and no failed requests');
  },
);

// ---------------------------------------------------------------------------------------------------------
// b. Import, and the same workspace after a restart

test(
  'importing an Arabic corpus file: listed, selected, shown exactly, stored exactly, and still there after a restart',
  needsCorpus(SHORT),
  async (t) => {
    const file = corpusFile(SHORT);
    const bytes = await readFile(file);
    const text = storedForm(bytes.toString('utf8'));
    const title = SHORT.replace(/\.txt$/, '');
    const root = await makeTempDir('import');
    const userData = join(root, 'userdata');
    const workspace = join(root, 'ws');

    const { app, page, errors, leave } = await openApp(t, { userData, workspace, create: true, lang: 'ar' });
    await sidebar(page).getByText('لا مصادر بعد', { exact: false }).waitFor();
    await importFile(page, file);

    await waitSelected(page, title);
    assert.deepEqual(await sourceTitles(page), [title]);
    assert.equal(await page.getByTestId('source-text').getAttribute('dir'), 'rtl');
    await assertShowsText(page, text);

    const ids = await sourceIds(workspace);
    assert.equal(ids.length, 1, `one source folder in ${workspace}/sources, found ${ids.join(', ')}`);
    const dir = join(workspace, 'sources', ids[0]!);
    assert.equal(await readFile(join(dir, 'text.txt'), 'utf8'), text, 'text.txt is the NFC text');
    assert.ok(bytes.equals(await readFile(join(dir, 'original.txt'))), 'original.txt is byte-identical to the file');

    // Close the page (its review aids still ask the server after the first paint), stop the server as Ctrl+C
    // would, start another on the same folder and port, and load the page again.
    await leave(() => page.goto('about:blank'));
    assert.deepEqual(await app.stop(), { code: 0, signal: null }, 'the server exits cleanly on SIGTERM');
    const again = await startWebApp({ userData, workspace, lang: 'ar', port: app.port });
    t.after(() => again.stop().then(() => undefined));
    assert.notEqual(again.token, app.token, 'each launch has its own token');
    assert.equal((await page.goto(again.url))?.status(), 200);

    await waitSelected(page, title);
    assert.deepEqual(await sourceTitles(page), [title]);
    await assertShowsText(page, text);
    assert.deepEqual(errors, [], 'no errors in the page and no failed requests');
  },
);

// ---------------------------------------------------------------------------------------------------------
// c. Bad files

test(
  'an empty file and a file with NUL bytes are refused with an error naming them, and nothing is written',
  needsCorpus(SHORT),
  async (t) => {
    const root = await makeTempDir('bad-import');
    const workspace = join(root, 'ws');
    const { page, errors } = await openApp(t, {
      userData: join(root, 'userdata'),
      workspace,
      create: true,
      lang: 'ar',
    });
    const title = SHORT.replace(/\.txt$/, '');
    await importFile(page, corpusFile(SHORT));
    await waitSelected(page, title);
    const before = await snapshot(workspace);
    const sourcesBefore = await sourceIds(workspace);

    // Each refusal opens with a sentence in the UI language (from the error's code), then the service's words.
    const bad = [
      { name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0), lead: 'الملف فارغ، فلم يُستورد.' },
      {
        name: 'x.txt',
        mimeType: 'text/plain',
        buffer: Buffer.concat([Buffer.from('نص عربي قصير '), Buffer.from([0, 0, 0, 0]), Buffer.from(' ثم نص آخر\n')]),
        lead: 'هذا ليس ملفًا نصيًا، فلم يُستورد.',
      },
    ];
    for (const { lead, ...file } of bad) {
      await importFile(page, file);
      const alert = page.getByRole('alert').filter({ hasText: file.name });
      await alert.waitFor({ timeout: 10_000 });
      assert.ok((await alert.innerText()).startsWith(lead), `${file.name}: ${await alert.innerText()}`);
      t.diagnostic(`${file.name}: ${(await alert.innerText()).replace(/\s+/g, ' ')}`);
      assert.deepEqual(await sourceTitles(page), [title], `no new source listed after ${file.name}`);
      assert.deepEqual(await sourceIds(workspace), sourcesBefore, `same sources/ after ${file.name}`);
      assert.deepEqual(await snapshot(workspace), before, `nothing in the workspace changed after ${file.name}`);
    }
    // The selected source is still shown.
    await waitSelected(page, title);
    assert.deepEqual(errors, [], 'no errors in the page and no failed requests');
  },
);

test(
  'picking a bad file together with a good one: the good one is imported and the bad one is still named',
  needsCorpus(SHORT),
  async (t) => {
    // The file picker allows several files (input[multiple]), and dropping several is the same path.
    const root = await makeTempDir('multi-import');
    const workspace = join(root, 'ws');
    const { page, errors } = await openApp(t, {
      userData: join(root, 'userdata'),
      workspace,
      create: true,
      lang: 'ar',
    });
    const title = SHORT.replace(/\.txt$/, '');
    await importFile(page, [
      { name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) },
      { name: SHORT, mimeType: 'text/plain', buffer: await readFile(corpusFile(SHORT)) },
    ]);
    await waitSelected(page, title);
    assert.equal((await sourceIds(workspace)).length, 1, 'the good file was imported');
    // The refusal must still be on screen once the whole pick is done, or the user never learns of it.
    const shown = [
      ...(await page.getByRole('alert').allInnerTexts()),
      ...(await page.getByRole('status').allInnerTexts()),
    ];
    assert.ok(
      shown.some((message) => message.includes('empty.txt')),
      `after importing [empty.txt, ${SHORT}] the refusal of empty.txt is no longer shown; messages on screen: ${JSON.stringify(shown)}`,
    );
    assert.deepEqual(errors, [], 'no errors in the page and no failed requests');
  },
);

// ---------------------------------------------------------------------------------------------------------
// d. A legacy encoding

test(
  'the same corpus file in windows-1256 shows the identical text and says windows-1256',
  needsCorpus(SHORT),
  async (t) => {
    const text = storedForm(await readFile(corpusFile(SHORT), 'utf8'));
    const legacy = await toWindows1256(text);
    if (!legacy) return t.skip('neither iconv-lite nor the iconv program is available to make a windows-1256 file');
    assert.equal(
      new TextDecoder('windows-1256').decode(legacy),
      text,
      'precondition: the corpus file is representable in windows-1256',
    );

    const root = await makeTempDir('cp1256');
    const workspace = join(root, 'ws');
    const { page, errors } = await openApp(t, {
      userData: join(root, 'userdata'),
      workspace,
      create: true,
      lang: 'ar',
    });
    await importFile(page, { name: 'legacy-1256.txt', mimeType: 'text/plain', buffer: legacy });

    await waitSelected(page, 'legacy-1256');
    assert.equal(await page.getByTestId('source-text').getAttribute('dir'), 'rtl');
    await assertShowsText(page, text);
    assert.equal(await page.locator('.reading__encoding select').inputValue(), 'windows-1256');
    t.diagnostic(await page.getByTestId('encoding-confidence').innerText());

    const [id] = await sourceIds(workspace);
    assert.equal(
      await readFile(join(workspace, 'sources', id!, 'text.txt'), 'utf8'),
      text,
      'stored as the same Unicode text',
    );
    assert.ok(
      legacy.equals(await readFile(join(workspace, 'sources', id!, 'original.txt'))),
      'original kept byte for byte',
    );
    assert.deepEqual(errors, [], 'no errors in the page and no failed requests');
  },
);

// ---------------------------------------------------------------------------------------------------------
// e. The English interface

test(
  '--lang en: left-to-right English UI, Arabic sources still right to left, and the toggle switches to Arabic',
  needsBrowser,
  async (t) => {
    const userData = await makeTempDir('english');
    const { page, errors, leave } = await openApp(t, { userData, lang: 'en' });

    await waitHtml(page, 'en', 'ltr');
    await waitSelected(page, 'عينة-اجتماع-وزراء-المياه', 'en');
    assert.equal(await sidebar(page, 'en').count(), 1, 'the sidebar is named "Sources"');
    assert.equal(
      await page.getByTestId('source-text').getAttribute('dir'),
      'rtl',
      'an Arabic source stays RTL in the English UI',
    );

    await page.getByRole('button', { name: 'التبديل إلى الواجهة العربية' }).click();
    await waitHtml(page, 'ar', 'rtl');
    assert.equal(await sidebar(page, 'ar').count(), 1, 'the sidebar is now named "المصادر"');
    assert.equal(await page.getByTestId('source-text').getAttribute('dir'), 'rtl');

    // The choice is saved in the user-data folder and survives a reload.
    await page.waitForFunction(() => document.title === 'منضدة الادعاءات');
    let saved = '';
    for (let i = 0; i < 50 && !saved.includes('"ar"'); i++) {
      saved = await readFile(join(userData, 'browser-mode-settings.json'), 'utf8');
      if (!saved.includes('"ar"')) await new Promise((r) => setTimeout(r, 100));
    }
    assert.equal((JSON.parse(saved) as { language?: string }).language, 'ar');
    await leave(() => page.reload());
    await waitSelected(page, 'عينة-اجتماع-وزراء-المياه', 'ar');
    assert.deepEqual(await htmlLangDir(page), { lang: 'ar', dir: 'rtl' });
    assert.deepEqual(errors, [], 'no errors in the page and no failed requests');
  },
);

// ---------------------------------------------------------------------------------------------------------
// f. The bridge, seen from the page

test(
  'from the page: the API needs the token, the CSP allows nothing remote, and there is no Node in the page',
  needsBrowser,
  async (t) => {
    const userData = await makeTempDir('security');
    const app = await startWebApp({ userData, lang: 'ar' });
    t.after(() => app.stop().then(() => undefined));
    const context = await (await browser.get()).newContext();
    t.after(() => context.close());
    const page = await context.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));

    const response = await page.goto(app.url);
    assert.ok(response, 'GET / answered');
    assert.equal(response.status(), 200);
    const csp = response.headers()['content-security-policy'];
    assert.ok(csp, 'GET / carries a Content-Security-Policy header');
    const directives = new Map(
      csp
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .map(([name, ...values]) => [name!, values]),
    );
    assert.deepEqual(directives.get('default-src'), ["'none'"]);
    for (const [name, values] of directives) {
      for (const value of values) {
        assert.ok(
          ["'self'", "'none'"].includes(value) || (name === 'img-src' && value === 'data:'),
          `CSP ${name} allows only this page's own origin, not ${value}`,
        );
      }
    }
    await waitSelected(page, 'عينة-اجتماع-وزراء-المياه');

    // The token left the address bar once the page took it.
    assert.ok(!page.url().includes(app.token), `the token is removed from the address bar: ${page.url()}`);

    // (No named functions inside evaluate: tsx's transform would wrap them in a __name the page lacks.)
    const [get, noToken, wrongToken, rightToken] = await page.evaluate(
      (token) =>
        Promise.all(
          (
            [
              { method: 'GET' },
              { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' },
              {
                method: 'POST',
                headers: { 'content-type': 'application/json', 'x-workbench-token': 'not-the-token' },
                body: '{}',
              },
              {
                method: 'POST',
                headers: { 'content-type': 'application/json', 'x-workbench-token': token },
                body: '{}',
              },
            ] as RequestInit[]
          ).map((init) =>
            fetch('/api/getWorkspace', init).then(async (r) => ({ status: r.status, body: await r.text() })),
          ),
        ),
      app.token,
    );
    const calls = { get: get!, noToken: noToken!, wrongToken: wrongToken!, rightToken: rightToken! };
    assert.equal(calls.noToken.status, 401, `POST without the token: ${calls.noToken.body}`);
    assert.equal(calls.wrongToken.status, 401, `POST with a wrong token: ${calls.wrongToken.body}`);
    assert.equal(calls.rightToken.status, 200, 'control: the same call with the token works');
    assert.ok(!calls.noToken.body.includes('عينة'), 'no workspace data in the refusal');
    // A plain fetch('/api/getWorkspace') is a GET: refused (Use POST) before the token is looked at.
    assert.ok(
      calls.get.status === 401 || calls.get.status === 405,
      `GET without the token: ${calls.get.status} ${calls.get.body}`,
    );
    assert.ok(!calls.get.body.includes('عينة'), 'no workspace data for a GET either');

    const globals = await page.evaluate(() => ({
      require: typeof (window as unknown as { require?: unknown }).require,
      process: typeof (window as unknown as { process?: unknown }).process,
    }));
    assert.deepEqual(globals, { require: 'undefined', process: 'undefined' });

    const foreign = requested.filter((url) => !url.startsWith(`${app.origin}/`));
    assert.deepEqual(foreign, [], 'the page requested nothing but its own server');
  },
);

// ---------------------------------------------------------------------------------------------------------
// Bidi: a title that is a Latin file name must read in its own order inside the right-to-left UI

/**
 * Whether `first` is drawn left of `second` in the first text node under `selector` holding both, from
 * the glyph boxes (not pixels); undefined when no such text is found.
 */
async function drawnLeftOf(page: Page, selector: string, first: string, second: string): Promise<boolean | undefined> {
  return page.evaluate(
    ([selector, first, second]) => {
      for (const element of Array.from(document.querySelectorAll(selector))) {
        const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const text = node.textContent ?? '';
          const a = text.indexOf(first);
          const b = text.indexOf(second);
          if (a < 0 || b < 0) continue;
          const boxes = [
            [a, a + first.length],
            [b, b + second.length],
          ].map(([start, end]) => {
            const range = document.createRange();
            range.setStart(node, start!);
            range.setEnd(node, end!);
            return range.getBoundingClientRect();
          });
          return boxes[0]!.right <= boxes[1]!.left + 0.5;
        }
      }
      return undefined;
    },
    [selector, first, second] as const,
  );
}

test(
  'a file-name title (digits, "_", Latin) keeps its order in the sidebar, the reading title and the message',
  needsCorpus(SHORT),
  async (t) => {
    const root = await makeTempDir('bidi-title');
    const { page, errors } = await openApp(t, {
      userData: join(root, 'userdata'),
      workspace: join(root, 'ws'),
      create: true,
      lang: 'ar',
    });
    const title = SHORT.replace(/\.txt$/, ''); // 001_f1d8260e76d1168a: read left to right in either UI
    const [digits, latin] = title.split('_') as [string, string];
    await importFile(page, corpusFile(SHORT));
    await waitSelected(page, title);
    await page.getByRole('status').filter({ hasText: title }).waitFor();

    const wrong: string[] = [];
    for (const [where, selector] of [
      ['sidebar entry', 'nav .sidebar__item-title'],
      ['reading view title', '.reading__title'],
      ['import message', '.message'],
    ] as const) {
      const ok = await drawnLeftOf(page, selector, digits, latin);
      if (ok !== true)
        wrong.push(
          `${where} (${selector}): "${title}" is drawn as "${latin}_${digits}"${ok === undefined ? ' (text not found)' : ''}`,
        );
    }
    assert.deepEqual(wrong, [], 'the title is shown in its own (left-to-right) order everywhere');
    assert.deepEqual(errors, [], 'no errors in the page and no failed requests');
  },
);

// ---------------------------------------------------------------------------------------------------------
// g. Screenshots for people

test(
  'screenshots of the Arabic and English UI with a long corpus source (saved, not compared)',
  needsCorpus(LONG),
  async (t) => {
    const root = await makeTempDir('screenshots');
    const { page, errors } = await openApp(t, {
      userData: join(root, 'userdata'),
      workspace: join(root, 'ws'),
      create: true,
      lang: 'ar',
    });
    await importFile(page, corpusFile(LONG));
    const title = LONG.replace(/\.txt$/, '');
    await waitSelected(page, title);
    await waitHtml(page, 'ar', 'rtl');
    // 200 lines, most of them below the fold (content-visibility: auto), some with U+00A0 inside.
    const text = storedForm(await readFile(corpusFile(LONG), 'utf8'));
    await assertShowsText(page, text);
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    await mkdir(SCREENSHOTS, { recursive: true });
    const arabic = join(SCREENSHOTS, 'browser-mode-ar.png');
    await page.screenshot({ path: arabic, fullPage: true });

    await page.getByRole('button', { name: 'Switch the interface to English' }).click();
    await waitHtml(page, 'en', 'ltr');
    await waitSelected(page, title, 'en');
    assert.equal(await page.getByTestId('source-text').getAttribute('dir'), 'rtl');
    await assertShowsText(page, text);
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const english = join(SCREENSHOTS, 'browser-mode-en.png');
    await page.screenshot({ path: english, fullPage: true });

    t.diagnostic(`screenshots: ${arabic}, ${english}`);
    await writeFile(
      join(SCREENSHOTS, 'README.txt'),
      'Written by tests/e2e/browser-mode.test.ts; look at them, they are not compared.\n',
    );
    assert.deepEqual(errors, [], 'no errors in the page and no failed requests');
  },
);
