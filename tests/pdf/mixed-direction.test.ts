// Mixed-direction lines in a real PDF, read back: Arabic with "u-2", dates, parentheses, and English with
// Arabic inside. (Line reordering itself is checked against bidi-js in electron/services/pdf/layout.test.ts.)
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { renderReport } from '../../electron/services/pdf/report.ts';
import { DEFAULT_TAGS } from '../../shared/workspace/model.ts';
import { tempDir } from '../support/temp.ts';
import { claimAt } from './support/claims-fixture.ts';
import { openPdf, pdfjsAnnotations, pdfjsText, popplerText, readable } from './support/extract.ts';

const LINES = [
  'أجري الاختبار (في 14 يوليو 2011) على طائرة u-2.',
  'صدر في 21/01/2026 تقرير [المصدر: البيت الأبيض] عن اللقاء.',
  'The test on the u-2 plane was a success, according to الأرشيف الرئاسي.',
  'قال بوتين: "the terrorism is not a product of conflict" ثم مضى.',
];
const text = LINES.join('\n');

const rendered = (async () => {
  const year = text.indexOf('2011');
  const archive = text.indexOf('الأرشيف الرئاسي');
  const annotations = [
    claimAt(text, year, year + 4, { id: 'urn:x:year', tags: ['likely-typo'], correction: '2001' }),
    claimAt(text, archive, archive + 'الأرشيف الرئاسي'.length, { id: 'urn:x:archive', tags: ['sourced'] }),
  ];
  const { pdf, summary } = await renderReport({
    source: { title: 'mixed', text, direction: 'rtl' },
    annotations,
    tags: DEFAULT_TAGS,
  });
  return { pdf, summary, doc: await openPdf(pdf), dir: await tempDir() };
})();

test('Arabic lines with numbers, "u-2", a date and brackets come back from pdf.js exactly as written', async () => {
  const { doc, summary } = await rendered;
  const lines = readable(await pdfjsText(doc, summary.bodyPages.first, summary.bodyPages.last))
    .split('\n')
    .map((l) => l.trim().replace(/ {2,}/g, ' '));
  // The note marker after 2011 is drawn, not text: at most a space where it stands.
  assert.ok(
    [LINES[0], LINES[0]!.replace('2011)', '2011 )')].some((l) => lines.includes(l!)),
    lines.join('\n'),
  );
  assert.ok(lines.includes(LINES[1]!), lines.join('\n'));
  // An English sentence with Arabic inside, and its (drawn, not extracted) marker after the Arabic.
  assert.ok(
    [LINES[2], LINES[2]!.replace('الرئاسي.', 'الرئاسي .')].some((l) => lines.includes(l!)),
    lines.join('\n'),
  );
  // An Arabic line that is mostly English: pdf.js guesses a line's direction from the majority of its letters, so
  // it came back in visual run order while glyphs were written visually; written logically, it reads right.
  assert.ok(lines.includes(LINES[3]!), lines.join('\n'));
});

test('numbers, dates and Latin keep their order in Poppler’s words; no word comes back reversed', async () => {
  const { pdf, summary, dir } = await rendered;
  const words = popplerText(pdf, dir, summary.bodyPages.first, summary.bodyPages.last)
    .replace(/[\u202a-\u202e]/g, ' ')
    .split(/\s+/);
  for (const expected of ['14', '21/01/2026', 'u-2', 'plane', 'terrorism', 'الأرشيف', 'الرئاسي', 'بوتين']) {
    assert.ok(
      words.some((w) => w.includes(expected)),
      `${expected} in ${words.join(' ')}`,
    );
  }
  for (const reversed of ['1102', '2-u', '6202/10/12', 'enalp', 'فيشرألا'])
    assert.ok(!words.some((w) => w.includes(reversed)), reversed);
  assert.ok(!words.some((w) => /^20111|^12011/.test(w)), 'note markers are not text');
});

test('the highlight over an Arabic phrase inside an English line covers exactly that phrase', async () => {
  const { pdf, doc, dir } = await rendered;
  const archive = (await pdfjsAnnotations(doc, pdf)).find((a) => a.id === 'urn:x:archive')!;
  const q = archive.quadPoints as ArrayLike<number>;
  assert.equal(q.length, 8, 'one box: the two words are one right-to-left run');
  const height = (await doc.getPage(archive.page)).view[3]!;
  const crop = ['-x', q[0]! + 1, '-y', height - q[1]! + 1, '-W', q[2]! - q[0]! - 2, '-H', q[1]! - q[5]! - 2].map((v) =>
    String(typeof v === 'number' ? Math.round(v) : v),
  );
  assert.equal(
    popplerText(pdf, dir, archive.page, archive.page, crop)
      .replace(/[\u202a-\u202e]/g, '')
      .trim(),
    'الأرشيف الرئاسي',
  );
});
