// The packaged app's fonts: Forge copies exactly the files reports use, and a report renders from a folder of
// just those files (what `fontDir` is in the packaged app), without node_modules.

import assert from 'node:assert/strict';
import { copyFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { test } from 'node:test';
import { createRequire } from 'node:module';
import { tempDir } from '../../../tests/support/temp.ts';
import config, { PDFJS_DATA_FOLDERS, REPORT_FONT_SPECS } from '../../../forge.config.ts';
import { reportFontSpecs } from './font-files.ts';
import { renderReport } from './report.ts';
import { createClaimAnnotation } from '../../../shared/annotations/claim.ts';

test('forge.config copies every font file the report uses, and only those (beside pdf.js data folders)', () => {
  assert.deepEqual([...REPORT_FONT_SPECS].sort(), reportFontSpecs().sort());
  const require = createRequire(import.meta.url);
  const copied = (config.packagerConfig?.extraResource ?? []) as string[];
  const fonts = copied.filter((path) => /\.(ttf|woff2?|otf)$/.test(path));
  assert.deepEqual(
    fonts,
    REPORT_FONT_SPECS.map((s) => require.resolve(s)),
  );
  const others = copied.filter((path) => !fonts.includes(path)).map((path) => basename(path));
  assert.deepEqual(others, [...PDFJS_DATA_FOLDERS], 'nothing else but pdf.js data folders');
});

test('a report renders with both fonts from a folder holding only the copied files', async () => {
  const dir = await tempDir();
  const require = createRequire(import.meta.url);
  for (const spec of reportFontSpecs()) await copyFile(require.resolve(spec), join(dir, basename(spec)));
  const text = 'أجري الاختبار في 14 يوليو 2011 (Alaska).';
  const start = text.indexOf('14 يوليو 2011');
  const claim = createClaimAnnotation({
    id: 'c1',
    sourceIri: 'urn:x:s',
    text,
    start,
    end: start + 13,
    tags: ['likely-typo'],
    now: '2026-01-01T00:00:00.000Z',
  });
  for (const font of ['vazirmatn', 'amiri'] as const) {
    const input = {
      workspaceName: 'w',
      source: { title: 't', text, direction: 'rtl' as const },
      annotations: [claim],
      tags: [],
    };
    const { pdf, summary } = await renderReport(input, { font, fontDir: dir, fontCacheDir: join(dir, 'cache') });
    assert.equal(summary.claims, 1);
    assert.match(Buffer.from(pdf).toString('latin1'), font === 'amiri' ? /Amiri/ : /Vazirmatn/);
  }
  await assert.rejects(
    renderReport(
      { workspaceName: 'w', source: { title: 't', text, direction: 'rtl' }, annotations: [], tags: [] },
      { fontDir: join(dir, 'missing') },
    ),
    /ENOENT/,
    'a missing font folder fails loudly',
  );
});
