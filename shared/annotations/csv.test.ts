// Tests for the CSV export: BOM, RFC 4180 quoting, Arabic text kept as is, and formula injection defused.
// Expected output is spelled out cell by cell so a change in quoting or column order shows up plainly.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Annotation } from './model.ts';
import { createClaimAnnotation, withClaimFields } from './claim.ts';
import { annotationsToCsv, csvCell, CSV_COLUMNS } from './csv.ts';
import { withAppliedCorrection } from './applied-correction.ts';
import { DEFAULT_TAGS } from '../workspace/model.ts';

const SOURCE = 'urn:claim-workbench:source:test-0001';
// Offsets: "14 يوليو 2011" is 10–23, "(u-2)" is 24–29, "كندي" is 30–34.
const TEXT = 'اختبار في 14 يوليو 2011 (u-2) كندي';
const T0 = '2024-05-01T10:00:00.000Z';
const T1 = '2024-05-02T08:30:00.000Z';
const HEADER =
  'id,start,end,exact,tags,note,correction,citation_texts,citation_urls,created,modified,' +
  'tag_labels,source_title,creator,corrected_from,correction_applied_to_revision,source_id';

function claimOn(start: number, end: number, id: string): Annotation {
  return createClaimAnnotation({
    id,
    sourceIri: SOURCE,
    text: TEXT,
    start,
    end,
    tags: ['disputed', 'likely-typo'],
    now: T0,
  });
}

test('an empty export is the BOM and the header', () => {
  assert.equal(annotationsToCsv([]), `\uFEFF${HEADER}\r\n`);
  assert.equal(CSV_COLUMNS.join(','), HEADER);
});

test('one row per claim with Arabic kept as is, quoting where RFC 4180 needs it', () => {
  const a = withClaimFields(
    claimOn(10, 23, 'urn:uuid:1'),
    {
      note: 'قال "المصدر": غير مؤكد،\nيحتاج مراجعة',
      correction: '14 يونيو 2011',
      citations: [{ text: 'الجريدة، ص 3', url: 'https://e.org/a' }, { text: 'مقابلة, 2012' }],
    },
    T1,
  );
  const rows = annotationsToCsv([a, claimOn(24, 29, 'urn:uuid:2')]).split('\r\n');
  assert.equal(rows[0], `\uFEFF${HEADER}`);
  assert.equal(
    rows[1],
    'urn:uuid:1,10,23,14 يوليو 2011,disputed; likely-typo,"قال ""المصدر"": غير مؤكد،\nيحتاج مراجعة",14 يونيو 2011,' +
      '"الجريدة، ص 3\nمقابلة, 2012","https://e.org/a\n",2024-05-01T10:00:00.000Z,2024-05-02T08:30:00.000Z,' +
      'disputed; likely-typo,,,,,',
  );
  assert.equal(
    rows[2],
    'urn:uuid:2,24,29,(u-2),disputed; likely-typo,,,,,2024-05-01T10:00:00.000Z,2024-05-01T10:00:00.000Z,' +
      'disputed; likely-typo,,,,,',
  );
  assert.equal(rows[3], '', 'the last row ends with CRLF too');
  assert.equal(rows.length, 4);
});

test('without a quote selector the text supplies exact; without positions the cells stay empty', () => {
  const positioned: Annotation = {
    id: 'urn:uuid:p',
    type: 'Annotation',
    body: [],
    target: { source: SOURCE, selector: [{ type: 'TextPositionSelector', start: 30, end: 34 }] },
  };
  assert.ok(annotationsToCsv([positioned], TEXT).includes('\r\nurn:uuid:p,30,34,كندي,'));
  assert.ok(annotationsToCsv([positioned]).includes('\r\nurn:uuid:p,30,34,,'));
  const cssOnly: Annotation = {
    ...positioned,
    target: { source: SOURCE, selector: [{ type: 'CssSelector', value: '#x' }] },
  };
  assert.ok(annotationsToCsv([cssOnly], TEXT).includes('\r\nurn:uuid:p,,,,'));
});

test('formula triggers get a leading apostrophe', () => {
  assert.equal(csvCell('=HYPERLINK("http://evil","اضغط")'), `"'=HYPERLINK(""http://evil"",""اضغط"")"`);
  assert.equal(csvCell('+1+cmd'), "'+1+cmd");
  assert.equal(csvCell('-2+3'), "'-2+3");
  assert.equal(csvCell('@SUM(A1)'), "'@SUM(A1)");
  assert.equal(csvCell('\t=1'), "'\t=1");
  assert.equal(csvCell('\r=1'), `"'\r=1"`);
  assert.equal(csvCell('\u200F=1+1'), "'\u200F=1+1", 'a right-to-left mark does not hide the trigger');
  assert.equal(csvCell('  =1+1'), "'  =1+1");
  assert.equal(csvCell('\uFF1D1+1'), "'\uFF1D1+1", 'full-width equals sign');
});

test('plain numbers and ordinary text are left alone', () => {
  assert.equal(csvCell('-5'), '-5');
  assert.equal(csvCell('-0.25'), '-0.25');
  assert.equal(csvCell('كندي'), 'كندي');
  assert.equal(csvCell('(u-2)'), '(u-2)');
  assert.equal(csvCell(''), '');
});

test('injection is defused in every column, including ids from imported files', () => {
  const a = withClaimFields(claimOn(10, 23, '=cmd|"/c calc"!A1'), { note: '@evil', tags: ['-x'] }, T1);
  const row = annotationsToCsv([a]).split('\r\n')[1];
  assert.equal(
    row,
    `"'=cmd|""/c calc""!A1",10,23,14 يوليو 2011,'-x,'@evil,,,,2024-05-01T10:00:00.000Z,2024-05-02T08:30:00.000Z,` +
      `'-x,,,,,`,
  );
});

test('tag labels in the chosen language, source title, creator, and an applied correction with what it replaced', () => {
  const a = createClaimAnnotation({
    id: 'urn:uuid:3',
    sourceIri: SOURCE,
    text: TEXT,
    start: 10,
    end: 23,
    tags: ['likely-typo', 'custom'],
    now: T0,
    creator: 'سارة',
  });
  const corrected = withAppliedCorrection(withClaimFields(a, { correction: '2001' }, T1), {
    sourceIri: SOURCE,
    quote: { type: 'TextQuoteSelector', exact: '2011', prefix: 'اختبار في 14 يوليو ', suffix: ' (u-2) كندي' },
    start: 19,
    end: 23,
    revision: 3,
    at: T1,
  });
  const tags = DEFAULT_TAGS;
  const source = { sourceTitle: 'أرشيف البيت الأبيض', sourceId: 'a1b2c3' };
  const en = annotationsToCsv([corrected], { text: TEXT, tags, ...source }).split('\r\n')[1]!;
  assert.ok(en.endsWith(',Likely typo; custom,أرشيف البيت الأبيض,سارة,2011,3,a1b2c3'), en);
  const ar = annotationsToCsv([corrected], { tags, language: 'ar' }).split('\r\n')[1]!;
  assert.ok(ar.endsWith(',خطأ مطبعي محتمل; custom,,سارة,2011,3,'), ar);
  assert.ok(ar.includes(',2001,'), 'the correction column keeps the applied value');
});
