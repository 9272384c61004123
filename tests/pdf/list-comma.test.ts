// Lists in the report follow its language: an English report writes "Sourced, Disputed" (the Latin comma) in
// the claims table, the comment's text and its author field; an Arabic one "موثّق، محلّ خلاف". Read back with
// Poppler (the table) and pdf.js (the annotations).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { renderReport } from '../../electron/services/pdf/report.ts';
import { DEFAULT_TAGS } from '../../shared/workspace/model.ts';
import { tempDir } from '../support/temp.ts';
import { claimAt } from './support/claims-fixture.ts';
import { openPdf, pdfjsAnnotations, popplerText } from './support/extract.ts';

const TEXT = 'The ministry said on 14 July 2011 that the tests had been completed.\nA second line.';
const ID = 'urn:uuid:12121212-1212-4121-8121-121212121212';

async function report(language: 'ar' | 'en') {
  const claim = claimAt(TEXT, 21, 33, { id: ID, tags: ['sourced', 'disputed'] });
  // No creator: the author field then shows the tags.
  delete (claim as { creator?: unknown }).creator;
  const input = {
    workspaceName: 'Lists',
    source: { title: 'List test', text: TEXT, direction: 'ltr' as const },
    annotations: [claim],
    tags: DEFAULT_TAGS,
  };
  const { pdf, summary } = await renderReport(input, { language, now: new Date('2026-11-22T10:00:00Z') });
  const annots = await pdfjsAnnotations(await openPdf(pdf), pdf);
  const mark = annots.find((a) => a.subtype === 'Highlight' && a.id === ID)!;
  const table = popplerText(pdf, await tempDir(), summary.pages, summary.pages);
  return { mark, table };
}

test('English report: tag lists use ", " in the claims table, the comment and its author', async () => {
  const { mark, table } = await report('en');
  // The tag cell wraps after its comma: Poppler reads the two lines apart.
  assert.match(table, /Sourced,\s/, table);
  assert.ok(!table.includes('،'), 'no Arabic comma in the English claims table');
  assert.equal(mark.title, 'Sourced, Disputed');
  assert.match(mark.contents, /^1\. موثّق \/ Sourced, محلّ خلاف \/ Disputed\n?/);
});

test('Arabic report: tag lists keep the Arabic comma', async () => {
  const { mark, table } = await report('ar');
  assert.ok(table.includes('،'), table);
  assert.ok(!/(موثّق|Sourced),/.test(table), table);
  assert.equal(mark.title, 'موثّق، محلّ خلاف');
});
