// The window reopens the source the researcher had open, in real Chromium (browser mode): after choosing the
// second of two sources, a reload and a new launch of the server (another port, another token) open it again,
// not the first; it is remembered per workspace folder, in the settings file.

import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { Workspace } from '../../electron/services/workspace/workspace.ts';
import { newTextSource } from '../support/new-source.ts';
import { chromiumMissing } from './helpers/browser.ts';
import { makeTempDir, skipUnlessCI } from './helpers/env.ts';
import { e2eBrowser } from './helpers/open-app.ts';
import { startWebApp } from './helpers/web-app.ts';

const browser = e2eBrowser();
const needs = { skip: skipUnlessCI(chromiumMissing()), timeout: 90_000 };

test('the source open last is opened again after a reload and a restart', needs, async (t) => {
  const dir = await makeTempDir('last-source');
  const workspace = join(dir, 'workspace');
  const ws = await Workspace.open(workspace, { create: true, name: 'بحث' });
  await ws.addSource(newTextSource('النص الأول عن الانتخابات.', 'المصدر الأول'));
  const second = await ws.addSource(newTextSource('النص الثاني عن القمة.', 'المصدر الثاني'));
  const userData = join(dir, 'user-data');
  const page = await (await browser.get()).newPage();
  t.after(() => page.close());
  const opened = (title: string) =>
    page.locator('nav li button[aria-current="true"]', { hasText: title }).waitFor({ timeout: 15_000 });

  const first = await startWebApp({ userData, workspace, lang: 'ar' });
  await page.goto(first.url);
  await opened('المصدر الأول');
  await page.locator('.sidebar__item', { hasText: 'المصدر الثاني' }).click();
  await opened('المصدر الثاني');
  await page.getByText('النص الثاني عن القمة.').waitFor();
  // Remembered on disk before the window goes.
  for (let i = 0; i < 50; i++) {
    const stored = JSON.parse(await readFile(join(userData, 'browser-mode-settings.json'), 'utf8').catch(() => '{}'));
    if (stored.lastSources?.[workspace] === second.id) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await page.reload();
  await opened('المصدر الثاني');
  await first.stop();

  const again = await startWebApp({ userData, workspace, lang: 'ar' });
  t.after(() => again.stop().then(() => undefined));
  await page.goto(again.url);
  await opened('المصدر الثاني');
  await page.getByText('النص الثاني عن القمة.').waitFor();
  const stored = JSON.parse(await readFile(join(userData, 'browser-mode-settings.json'), 'utf8'));
  assert.equal(stored.lastSources[workspace], second.id);
});
