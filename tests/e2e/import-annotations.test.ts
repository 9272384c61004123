// File → Import annotations… end to end in real Chromium through browser mode: another tool's file is picked,
// the preview names every skipped annotation with its reason in the UI language, unknown tags can be created,
// and "Import" stores the claims (read back from disk and from the app's W3C export).

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { readClaim } from '../../shared/annotations/claim.ts';
import { parseAnnotationDocument } from '../../shared/annotations/jsonld.ts';
import { chromiumMissing } from './helpers/browser.ts';
import { claimItems, storedClaims } from './helpers/claims-page.ts';
import { repoRoot, skipUnlessCI } from './helpers/env.ts';
import { e2eBrowser, openImported } from './helpers/open-app.ts';

const FIXTURES = join(repoRoot, 'tests', 'fixtures', 'annotations');
const SCREENSHOTS = join(repoRoot, '.tmp', 'screenshots');
const browser = e2eBrowser();
const needs = { skip: skipUnlessCI(chromiumMissing()), timeout: 90_000 };

async function pickFile(page: Page, menu: RegExp, fixture: string): Promise<void> {
  await page.getByRole('button', { name: /^(ملف|File)$/ }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('menuitem', { name: menu }).click();
  await (await chooser).setFiles(join(FIXTURES, fixture));
}

test(
  'Arabic UI: a Hypothesis JSON-LD file imports with its page note skipped (and why) and every other note kept',
  needs,
  async (t) => {
    const { page, workspace, sourceIds, errors } = await openImported(browser, t, [join(FIXTURES, 'source.txt')], {
      label: 'import-annotations',
    });
    await pickFile(page, /استيراد تعليقات من أدوات أخرى/, 'hypothesis-jsonld.json');
    const dialog = page.getByRole('dialog', { name: /استيراد تعليقات من/ });
    await dialog.waitFor();
    assert.equal(
      await dialog.getByTestId('import-counts').innerText(),
      'جديدة: 3 · محدّثة: 0 · دون تغيير: 0 · متروكة: 2',
    );
    const skipped = dialog.getByRole('list', { name: 'متروكة:' }).getByRole('listitem');
    assert.match(await skipped.nth(0).innerText(), /^#3 — ملاحظة على الصفحة كلها لا على نص/);
    assert.match(
      await skipped.nth(1).innerText(),
      /^#4 — عن وثيقة أخرى \(it is about https:\/\/example\.net\/other-story\.html\)/,
    );
    await dialog.screenshot({ path: join(SCREENSHOTS, 'import-annotations-ar.png') });
    assert.deepEqual(await storedClaims(workspace, sourceIds[0]!).catch(() => []), [], 'the preview wrote nothing');

    await dialog.getByRole('button', { name: 'استيراد', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'استُوردت التعليقات' }).waitFor();
    await claimItems(page).nth(2).waitFor();
    assert.equal(await claimItems(page).count(), 3);
    const stored = await storedClaims(workspace, sourceIds[0]!);
    assert.deepEqual(stored.map((c) => readClaim(c).note).sort(), [
      '',
      'Source: the 2021 audit & annex B',
      'The date is doubtful: the council minutes say April (https://example.org/minutes/2019-04).',
    ]);
    await claimItems(page).first().getByRole('button').click();
    assert.equal(
      await page.getByRole('textbox', { name: 'ملاحظة' }).inputValue(),
      'The date is doubtful: the council minutes say April (https://example.org/minutes/2019-04).',
      'the Markdown note is shown as plain text',
    );
    const out = join(workspace, '..', 'export.jsonld');
    execFileSync(
      process.execPath,
      [
        'electron/cli/workbench.mjs',
        'export',
        '--workspace',
        workspace,
        '--source',
        sourceIds[0]!,
        '--format',
        'jsonld',
        '--out',
        out,
      ],
      { cwd: repoRoot },
    );
    const exported = parseAnnotationDocument(JSON.parse(await readFile(out, 'utf8')), 'export').annotations;
    assert.equal(exported.length, 3, 'the imported claims are in the W3C export');
    assert.deepEqual(errors, []);
  },
);

test(
  'English UI: unknown tags of a Hypothesis export are offered; the ticked one is created, the other stays text',
  needs,
  async (t) => {
    const { page, workspace, sourceIds, errors } = await openImported(browser, t, [join(FIXTURES, 'source.txt')], {
      lang: 'en',
      label: 'import-annotations-en',
    });
    await pickFile(page, /Import annotations/, 'recogito.json');
    const dialog = page.getByRole('dialog', { name: /Import annotations from/ });
    await dialog.waitFor();
    const tag = dialog.getByRole('checkbox', { name: 'Fact check' });
    assert.equal(await tag.isChecked(), true, 'offered for creation, ticked');
    await dialog.screenshot({ path: join(SCREENSHOTS, 'import-annotations-en.png') });
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await claimItems(page, 'en').nth(1).waitFor();
    const stored = await storedClaims(workspace, sourceIds[0]!);
    assert.deepEqual(stored.map((c) => readClaim(c).tags).sort(), [['fact-check'], ['sourced']]);
    const settings = JSON.parse(await readFile(join(workspace, 'workspace.json'), 'utf8'));
    assert.ok(
      settings.tags.some((t: { id: string }) => t.id === 'fact-check'),
      'the tag is in the workspace',
    );
    assert.match((await claimItems(page, 'en').first().getAttribute('aria-label')) ?? '', /Fact check|Sourced/);

    await pickFile(page, /Import annotations/, 'annotorious.json');
    await dialog.waitFor();
    assert.equal(
      await dialog.getByRole('button', { name: 'Import', exact: true }).isDisabled(),
      true,
      'nothing to import',
    );
    assert.match(
      await dialog.getByRole('listitem').first().innerText(),
      /it selects no text \(an image region or an element\)/,
    );
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    assert.deepEqual(errors, []);
  },
);
