// A workspace with files imported by the CLI, served in browser mode, opened in a fresh Chromium page: the
// set-up every end-to-end test of the reading view starts from.

import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { after, type TestContext } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { claimsPanel } from './claims-page.ts';
import { sharedBrowser } from './browser.ts';
import { makeTempDir, removeTempDirs, repoRoot } from './env.ts';
import { startWebApp, stopAllWebApps } from './web-app.ts';

/**
 * The Chromium an end-to-end test file shares between its tests, torn down with every server and temp folder
 * the file started once its tests are done.
 */
export function e2eBrowser(): ReturnType<typeof sharedBrowser> {
  const browser = sharedBrowser();
  after(async () => {
    await browser.close();
    await stopAllWebApps();
    await removeTempDirs();
  });
  return browser;
}

export interface OpenedApp {
  page: Page;
  /** The page URL with its launch token: a second tab on it is a second window on the same workspace. */
  url: string;
  workspace: string;
  /** Ids of the imported files, in the order given. */
  sourceIds: string[];
  /** WORKBENCH_USER_DATA of the server (settings live there). */
  userData: string;
  /** Uncaught page errors (a test asserts there are none). */
  errors: string[];
  /** Loads the app again through the printed URL (the token lives in its fragment only once). */
  reload(): Promise<void>;
}

export async function openImported(
  browser: { get(): Promise<Browser> },
  t: TestContext,
  files: string[],
  opts: {
    lang?: 'ar' | 'en';
    label?: string;
    width?: number;
    height?: number;
    ready?: (page: Page) => Promise<void>;
  } = {},
): Promise<OpenedApp> {
  const lang = opts.lang ?? 'ar';
  const dir = await makeTempDir(opts.label ?? 'app');
  const workspace = join(dir, 'workspace');
  const out = execFileSync(
    process.execPath,
    ['electron/cli/workbench.mjs', 'import', '--create', '--workspace', workspace, '--json', ...files],
    {
      cwd: repoRoot,
      encoding: 'utf8',
    },
  );
  const sourceIds = (JSON.parse(out) as { id: string }[]).map((m) => m.id);
  const userData = join(dir, 'user-data');
  const app = await startWebApp({ userData, workspace, lang });
  t.after(() => app.stop().then(() => undefined));
  const context = await (
    await browser.get()
  ).newContext({ viewport: { width: opts.width ?? 1400, height: opts.height ?? 900 } });
  t.after(() => context.close());
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const ready = async () => {
    await page.locator('[data-testid=source-text] > p').first().waitFor({ timeout: 15_000 });
    await claimsPanel(page, lang).waitFor();
    await page.locator('[data-testid=save-state]').waitFor();
    await opts.ready?.(page);
  };
  await page.goto(app.url);
  await ready();
  return {
    page,
    url: app.url,
    workspace,
    sourceIds,
    userData,
    errors,
    reload: async () => {
      await page.goto('about:blank');
      await page.goto(app.url);
      await ready();
    },
  };
}
