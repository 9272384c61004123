// Two windows on one workspace, and a sync client writing the claim file, in real Chromium through browser mode:
// claims added in both windows are all stored (the second save is merged by claim id, not written over the first),
// and an open window shows claims that arrived from elsewhere without a reload, saying where they came from.

import assert from 'node:assert/strict';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { createClaimAnnotation } from '../../shared/annotations/claim.ts';
import { serializeAnnotationCollection } from '../../shared/annotations/jsonld.ts';
import { sourceIri } from '../../shared/annotations/model.ts';
import { chromiumMissing } from './helpers/browser.ts';
import {
  claimItems,
  selectText,
  storedClaims,
  storedClaimsWhen,
  storedText,
  waitSaved,
} from './helpers/claims-page.ts';
import { corpusFile, corpusMissing, repoRoot, skipUnlessCI } from './helpers/env.ts';
import { e2eBrowser, openImported } from './helpers/open-app.ts';

const NEWS = '001_f1d8260e76d1168a.txt';
const SCREENSHOTS = process.env.SCREENSHOTS_DIR ?? join(repoRoot, '.tmp', 'screenshots');
const browser = e2eBrowser();
const needs = { skip: skipUnlessCI(chromiumMissing(), corpusMissing(NEWS)), timeout: 120_000 };

async function mark(page: Page, needle: string, key: string): Promise<void> {
  await page.locator('[data-testid=source-text]').focus();
  await selectText(page, needle);
  await page.keyboard.press(key);
  // The claim is in this window's list before its save is awaited: "saved" alone may be the state before it.
  await claimItems(page).filter({ hasText: needle }).first().waitFor({ timeout: 15_000 });
  await waitSaved(page);
}

test(
  'two windows mark claims on one source; a sync client adds one; every claim is stored and shown',
  needs,
  async (t) => {
    const app = await openImported(browser, t, [corpusFile(NEWS)], { label: 'two-windows' });
    const [sourceId] = app.sourceIds;
    const text = await storedText(app.workspace, sourceId!);
    const words = [...text.matchAll(/[\u0621-\u064A]{6,}/g)].map((m) => m[0]);
    const [first, second, third] = [words[0]!, words[5]!, words[10]!];

    // The second window opens before the first marks anything: both start from the same (empty) claim file.
    const context = await (await browser.get()).newContext({ viewport: { width: 1200, height: 850 } });
    t.after(() => context.close());
    const other = await context.newPage();
    const errors: string[] = [];
    other.on('pageerror', (e) => errors.push(e.message));
    await other.goto(app.url);
    await other.locator('[data-testid=source-text] > p').first().waitFor({ timeout: 15_000 });

    await mark(app.page, first, '1');
    assert.equal((await storedClaimsWhen(app.workspace, sourceId!, 1)).length, 1);
    await mark(other, second, '2');
    assert.equal(
      (await storedClaimsWhen(app.workspace, sourceId!, 2)).length,
      2,
      'the second window did not write over the first',
    );

    // Each window comes to show the other's claim (its poll), without a reload.
    await claimItems(app.page).nth(1).waitFor({ timeout: 15_000 });
    await claimItems(other).nth(1).waitFor({ timeout: 15_000 });
    await app.page.getByText('أُضيفت تغييرات على الادعاءات جرت في مكان آخر').first().waitFor({ timeout: 15_000 });
    await mkdir(SCREENSHOTS, { recursive: true });
    await app.page.screenshot({ path: join(SCREENSHOTS, 'two-windows-merged-ar.png') });

    // A sync client replaces the file with one more claim (atomically, as they do).
    const stored = await storedClaims(app.workspace, sourceId!);
    const start = text.indexOf(third);
    const synced = createClaimAnnotation({
      id: 'urn:uuid:5e5e5e5e-0000-4000-8000-000000000001',
      sourceIri: sourceIri(sourceId!),
      text,
      start,
      end: start + third.length,
      tags: ['likely-typo'],
      now: new Date().toISOString(),
    });
    const file = join(app.workspace, 'annotations', `${sourceId}.json`);
    await writeFile(`${file}.sync`, serializeAnnotationCollection([...stored, synced], { id: 'urn:sync', label: 'x' }));
    await rename(`${file}.sync`, file);
    await claimItems(app.page).nth(2).waitFor({ timeout: 15_000 });
    await claimItems(other).nth(2).waitFor({ timeout: 15_000 });

    // A claim marked after that is saved on top of the synced file, not instead of it.
    await mark(other, words[15]!, '1');
    assert.equal((await storedClaimsWhen(app.workspace, sourceId!, 4)).length, 4);
    assert.ok((await storedClaims(app.workspace, sourceId!)).some((a) => a.id === synced.id));
    assert.deepEqual([...app.errors, ...errors], []);
  },
);
