// Tests for extractText: format by extension, HTML to visible text and title, Markdown title,
// and refusal of unsupported kinds.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractText, splitFileName } from './extract.ts';
import { assertThrowsWorkbench } from './test-support.ts';

test('plain text is kept exactly, with no title', () => {
  const text = '  سطر أول  \n\nسطر ثان\t\n';
  assert.deepEqual(extractText('notes.txt', text), { text, format: 'txt' });
  assert.equal(extractText('NOTES.TXT', text).format, 'txt');
});

test('Markdown is kept as is; its first "# " heading is the title', () => {
  const md = '```sh\n# not a title\n```\n## Section\n# أزمة الصواريخ الكوبية #\n\nنص **غامق**.\n# Second\n';
  assert.deepEqual(extractText('a.md', md), { text: md, format: 'md', title: 'أزمة الصواريخ الكوبية' });
  assert.equal(extractText('a.markdown', md).format, 'md');
  assert.equal(extractText('a.md', '#hashtag\n## only level two\n').title, undefined);
});

const PAGE = `<!DOCTYPE html>
<html><head>
  <meta charset="utf-8"><title> مباحثات   سرية &amp; تقرير </title>
  <style>p { color: red }</style>
  <script>alert(1)</script>
</head>
<body>
  <!-- a comment -->
  <h1>العنوان</h1>
  <p>كشفت   صحيفة
     &ldquo;وول ستريت&rdquo; عن <b>مباحثات</b>&nbsp;سرية&hellip;</p>
  <script>document.write('injected')</script>
  <noscript>enable scripts</noscript><template><p>hidden</p></template>
  <div>سطر<br>سطر ثان<br><br>بعد سطر فارغ</div>
  <ul><li>أولاً</li><li>ثانياً</li></ul>
  <table><tr><td>خلية</td><td>أخرى</td></tr></table>
  <svg><title>icon</title><text>svg text</text></svg>
  <pre>
  code  kept
    as is</pre>
</body></html>`;

test('HTML keeps visible text, one line per block, and drops scripts, styles and comments', () => {
  const { text, format } = extractText('page.html', PAGE);
  assert.equal(format, 'html');
  assert.equal(
    text,
    [
      'العنوان',
      'كشفت صحيفة “وول ستريت” عن مباحثات\u00A0سرية…',
      'سطر',
      'سطر ثان',
      '',
      'بعد سطر فارغ',
      'أولاً',
      'ثانياً',
      'خلية أخرى',
      '  code  kept',
      '    as is',
    ].join('\n'),
  );
  for (const hidden of ['alert', 'color', 'injected', 'enable scripts', 'hidden', 'comment', 'icon', 'svg text']) {
    assert.ok(!text.includes(hidden), `"${hidden}" should be dropped`);
  }
});

test('HTML <title> is the title, with entities decoded and spaces collapsed', () => {
  assert.equal(extractText('page.htm', PAGE).title, 'مباحثات سرية & تقرير');
});

test('HTML without <title> has no title; an <svg> title is not the page title', () => {
  assert.equal(extractText('a.html', '<p>نص</p>').title, undefined);
  assert.equal(extractText('a.html', '<svg><title>icon</title></svg><p>نص</p>').title, undefined);
});

test('HTML fragments without html/body and unclosed tags still give their text', () => {
  assert.equal(extractText('a.html', 'نص <i>مائل<p>فقرة<p>أخرى &lt;وسم&gt;').text, 'نص مائل\nفقرة\nأخرى <وسم>');
});

test('an unclosed <head> does not hide the page', () => {
  const { text, title } = extractText('a.html', '<html><head><title>T</title><meta charset=utf-8><p>نص');
  assert.equal(text, 'نص');
  assert.equal(title, 'T');
});

test('an unsupported extension is refused, naming the file and the allowed kinds', () => {
  for (const name of ['report.docx', 'README', '.txt', 'archive.txt.gz']) {
    assertThrowsWorkbench(() => extractText(name, 'x'), 'import-unsupported', name, '.txt', '.html', '.md');
  }
});

test('file names split on both / and \\ separators', () => {
  assert.deepEqual(splitFileName('C:\\texts.v2\\report'), { stem: 'report', extension: '' });
  assert.deepEqual(splitFileName('/home/u/a.b.HTML'), { stem: 'a.b', extension: 'HTML' });
});
