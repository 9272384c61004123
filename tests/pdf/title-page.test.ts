// The report's title page prints the source's provenance (issue 12), read back with Poppler: the sample
// source's publication date, byline and outlet, the researcher's values as they are and detected ones marked.

import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { renderReport } from '../../electron/services/pdf/report.ts';
import { SAMPLE_TEXT } from '../../electron/services/sample/sample-source.ts';
import { detectProvenance } from '../../shared/provenance/detect.ts';
import { mergeDetected } from '../../shared/provenance/merge.ts';
import { DEFAULT_TAGS } from '../../shared/workspace/model.ts';
import { tempDir } from '../support/temp.ts';
import { popplerText } from './support/extract.ts';

async function titlePage(language: 'ar' | 'en', digits: 'western' | 'arabic-indic' = 'western') {
  const provenance = mergeDetected(
    { publishedAt: { value: '2019-03-15', from: 'researcher', setAt: '2026-11-30T10:00:00Z' } },
    detectProvenance(SAMPLE_TEXT),
  );
  const { pdf } = await renderReport(
    {
      workspaceName: 'مساحة العمل',
      source: { title: 'اجتماع وزراء المياه', text: SAMPLE_TEXT, direction: 'rtl', meta: { provenance } },
      annotations: [],
      tags: DEFAULT_TAGS,
    },
    { now: new Date('2026-11-30T10:00:00Z'), language, digits },
  );
  const dir = await tempDir();
  writeFileSync(join(dir, 'report.pdf'), pdf);
  return { text: popplerText(pdf, dir, 1, 1), dir };
}

test('the title page prints publication date, byline and outlet; detected values say so', async () => {
  const { text } = await titlePage('ar');
  for (const expected of ['تاريخ النشر', '2019/03/15', 'الكاتب', 'سلمى ناصر', 'الناشر', 'نشرة المياه', 'العربية'])
    assert.ok(text.includes(expected), `${expected} in:\n${text}`);
  const byline = text.split('\n').find((l) => l.includes('سلمى ناصر'))!;
  assert.match(byline, /مقروء من النص/, 'the byline was detected, not confirmed');
  const date = text.split('\n').find((l) => l.includes('2019/03/15'))!;
  assert.doesNotMatch(date, /مقروء من النص/, 'the researcher set the date');
});

test('in English, and with Arabic-Indic digits', async () => {
  const en = await titlePage('en');
  for (const expected of ['Published', '2019/03/15', 'By (read from the text', 'سلمى ناصر', 'Language', 'Arabic'])
    assert.ok(en.text.includes(expected), expected);
  const indic = await titlePage('ar', 'arabic-indic');
  assert.ok(indic.text.includes('٢٠١٩/٠٣/١٥'), indic.text);
});
