// Structure of Word and OpenDocument text: headings, paragraphs, a right-to-left table read cell by cell in
// document order (which is reading order), and footnotes marked where they stand and listed at the end.
// The files are the smallest valid packages, written here part by part (the fidelity tests use LibreOffice's).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { strToU8, zipSync } from 'fflate';
import { docxText } from './docx-text.ts';
import { odtText } from './odt-text.ts';

const W =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const p = (text: string, extra = '') =>
  `<w:p><w:pPr><w:bidi/>${extra}</w:pPr><w:r><w:rtl/><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

function docx(): Uint8Array {
  const body = [
    p('مباحثات سرية', '<w:pStyle w:val="Heading1"/>'),
    `<w:p><w:pPr><w:bidi/></w:pPr><w:r><w:t xml:space="preserve">أجرت الولايات المتحدة اختباراً في 14 يوليو 2011</w:t></w:r><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="1"/></w:r><w:r><w:t>.</w:t></w:r></w:p>`,
    `<w:tbl><w:tblPr><w:bidiVisual/></w:tblPr><w:tr><w:tc>${p('التاريخ')}</w:tc><w:tc>${p('الحدث')}</w:tc></w:tr><w:tr><w:tc>${p('2001')}</w:tc><w:tc>${p('اختبار')}</w:tc></w:tr></w:tbl>`,
    p('وقال المسؤولون.'),
  ].join('');
  return zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    'word/_rels/document.xml.rels': strToU8(
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/></Relationships>',
    ),
    'word/document.xml': strToU8(`<?xml version="1.0"?><w:document ${W}><w:body>${body}</w:body></w:document>`),
    'word/footnotes.xml': strToU8(
      `<?xml version="1.0"?><w:footnotes ${W}><w:footnote w:id="1"><w:p><w:r><w:t>المصدر: أرشيف البيت الأبيض</w:t></w:r></w:p></w:footnote></w:footnotes>`,
    ),
  });
}

test('Word: heading, paragraph with its footnote mark, table cells in order, footnote at the end; w:bidi makes it rtl', async () => {
  const { text, rtl } = await docxText('memo.docx', docx());
  const lines = text.split('\n').filter(Boolean);
  assert.equal(lines[0], 'مباحثات سرية');
  assert.match(lines[1]!, /^أجرت الولايات المتحدة اختباراً في 14 يوليو 2011\[1\]\.$/);
  assert.deepEqual(lines.slice(2, 6), ['التاريخ', 'الحدث', '2001', 'اختبار']);
  assert.equal(lines[6], 'وقال المسؤولون.');
  assert.match(lines.at(-1)!, /المصدر: أرشيف البيت الأبيض/);
  assert.equal(rtl, true);
});

const ODT_NS =
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"';

function odt(): Uint8Array {
  const content = `<?xml version="1.0"?><office:document-content ${ODT_NS}><office:automatic-styles><style:style style:name="P1" style:family="paragraph"><style:paragraph-properties style:writing-mode="rl-tb"/></style:style></office:automatic-styles><office:body><office:text>
<text:h text:style-name="P1" text:outline-level="1">مباحثات سرية</text:h>
<text:p text:style-name="P1">أجرت الولايات<text:s text:c="2"/>المتحدة اختباراً في 14 يوليو 2011<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>المصدر: أرشيف البيت الأبيض</text:p></text:note-body></text:note>.</text:p>
<table:table><table:table-row><table:table-cell><text:p text:style-name="P1">التاريخ</text:p></table:table-cell><table:table-cell><text:p text:style-name="P1">الحدث</text:p></table:table-cell></table:table-row></table:table>
<text:list><text:list-item><text:p text:style-name="P1">وقال<text:tab/>المسؤولون.<text:line-break/>سطر ثان</text:p></text:list-item></text:list>
</office:text></office:body></office:document-content>`;
  return zipSync({ mimetype: strToU8('application/vnd.oasis.opendocument.text'), 'content.xml': strToU8(content) });
}

test('OpenDocument: heading, spaces, note marked and listed at the end, table cells, list item with tab and line break', async () => {
  const { text, rtl } = await odtText('memo.odt', odt());
  assert.deepEqual(text.split('\n'), [
    'مباحثات سرية',
    'أجرت الولايات  المتحدة اختباراً في 14 يوليو 2011[1].',
    'التاريخ',
    'الحدث',
    'وقال\tالمسؤولون.',
    'سطر ثان',
    '[1] المصدر: أرشيف البيت الأبيض',
  ]);
  assert.equal(rtl, true);
});
