// Tests for prepareImport: every corpus text in every encoding comes back identical to the UTF-8 original,
// plus each refusal (empty, too large, binary, unsupported) and what is stored (text, title, direction).

import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { MAX_IMPORT_BYTES } from '../../../shared/api/contract.ts';
import { prepareImport } from './prepare.ts';
import { assertThrowsWorkbench, pseudoRandomBytes } from './test-support.ts';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

// ---- The corpus, in every encoding Arabic sources come in -------------------------------------------

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
/** ../shared/corpus beside the checkout (never copied into the repo). */
const corpusDir = resolve(repoRoot, '..', 'shared', 'corpus');
const corpusFiles = existsSync(corpusDir)
  ? readdirSync(corpusDir)
      .filter((name) => name.endsWith('.txt'))
      .sort()
  : [];

/** Look-alikes for characters ISO-8859-6 lacks; any other missing character becomes '?'. */
const LOOK_ALIKES: Readonly<Record<string, string>> = {
  '“': '"',
  '”': '"',
  '„': '"',
  '«': '"',
  '»': '"',
  '‘': "'",
  '’': "'",
  '–': '-',
  '—': '-',
  '…': '...',
  é: 'e',
  è: 'e',
  à: 'a',
  ç: 'c',
};

interface Variant {
  label: string;
  iconvName: string;
  bom: boolean;
  expectedEncoding: string;
}

const VARIANTS: Variant[] = [
  { label: 'UTF-8', iconvName: 'utf8', bom: false, expectedEncoding: 'utf-8' },
  { label: 'UTF-8 with BOM', iconvName: 'utf8', bom: true, expectedEncoding: 'utf-8' },
  { label: 'UTF-16LE', iconvName: 'utf16le', bom: false, expectedEncoding: 'utf-16le' },
  { label: 'UTF-16LE with BOM', iconvName: 'utf16le', bom: true, expectedEncoding: 'utf-16le' },
  { label: 'UTF-16BE', iconvName: 'utf16be', bom: false, expectedEncoding: 'utf-16be' },
  { label: 'UTF-16BE with BOM', iconvName: 'utf16be', bom: true, expectedEncoding: 'utf-16be' },
  { label: 'windows-1256', iconvName: 'windows-1256', bom: false, expectedEncoding: 'windows-1256' },
  { label: 'ISO-8859-6', iconvName: 'iso-8859-6', bom: false, expectedEncoding: 'iso-8859-6' },
];

/** Characters of `text` that `iconvName` cannot represent (found by round-trip), in order of appearance. */
function unrepresentable(text: string, iconvName: string): string[] {
  const chars = new Set(text);
  return [...chars].filter((char) => iconv.decode(iconv.encode(char, iconvName), iconvName) !== char);
}

/** The source text as the encoding can hold it, and a note for the test name when that needed changes. */
function representable(text: string, iconvName: string): { text: string; note: string } {
  const missing = unrepresentable(text, iconvName);
  if (missing.length === 0) return { text, note: '' };
  const replaced = [...text].map((char) => (missing.includes(char) ? (LOOK_ALIKES[char] ?? '?') : char)).join('');
  return { text: replaced, note: ` (after replacing ${missing.join(' ')}, which it lacks, in the expected text too)` };
}

function expectedText(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .normalize('NFC');
}

if (corpusFiles.length === 0) {
  const reason = `the corpus folder ${corpusDir} is missing or has no .txt files (expected beside the checkout)`;
  if (process.env.CI === 'true') {
    test('corpus texts import identically in every encoding', () => assert.fail(`${reason}; CI must provide it`));
  } else {
    test('corpus texts import identically in every encoding', { skip: reason }, () => {});
  }
}

for (const file of corpusFiles) {
  const original = readFileSync(resolve(corpusDir, file), 'utf8');
  for (const variant of VARIANTS) {
    const source = representable(original, variant.iconvName);
    test(`corpus ${file} as ${variant.label}${source.note}`, () => {
      const bytes = new Uint8Array(iconv.encode(source.text, variant.iconvName, { addBOM: variant.bom }));
      const prepared = prepareImport(file, bytes);
      // Compare lengths first: a 40 KB diff of Arabic is unreadable, a length mismatch is not.
      assert.equal(prepared.text.length, expectedText(source.text).length);
      assert.ok(prepared.text === expectedText(source.text), 'text differs from the UTF-8 original');
      assert.equal(prepared.encoding.name, variant.expectedEncoding);
      assert.equal(
        prepared.encoding.detectedBy,
        variant.bom ? 'bom' : variant.label === 'UTF-8' ? 'utf-8' : 'detector',
      );
      assert.equal(prepared.format, 'txt');
      assert.equal(prepared.title, file.replace(/\.txt$/, ''));
      assert.equal(prepared.direction, 'rtl');
    });
  }
}

// ---- Refusals, in the documented order ----------------------------------------------------------------

test('an empty file is refused as empty', () => {
  assertThrowsWorkbench(() => prepareImport('empty.txt', new Uint8Array()), 'import-empty', 'empty.txt', '0 bytes');
});

test('a whitespace-only file is refused as empty, whatever its encoding', () => {
  assertThrowsWorkbench(() => prepareImport('blank.txt', utf8(' \n\t\r\n\u00A0 ')), 'import-empty', 'blank.txt');
  const utf16 = new Uint8Array(iconv.encode('   \n  ', 'utf16le', { addBOM: true }));
  assertThrowsWorkbench(() => prepareImport('blank.md', utf16), 'import-empty', 'blank.md');
});

test('an HTML file with no visible text is refused as empty', () => {
  const html = utf8('<html><head><title>t</title><script>alert(1)</script></head><body> </body></html>');
  assertThrowsWorkbench(() => prepareImport('x.html', html), 'import-empty', 'x.html', 'no visible text');
});

test('a file over 20 MB is refused as too large, saying its size', () => {
  const bytes = new Uint8Array(MAX_IMPORT_BYTES + 1).fill(0x61);
  assertThrowsWorkbench(() => prepareImport('big.txt', bytes), 'import-too-large', 'big.txt', '20.01 MB', '20 MB');
});

test('a PNG is refused as binary (by its signature)', () => {
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
  assertThrowsWorkbench(() => prepareImport('photo.txt', png), 'import-binary', 'photo.txt', 'PNG');
});

test('PDF and ZIP signatures are refused as binary', () => {
  assertThrowsWorkbench(() => prepareImport('a.txt', utf8('%PDF-1.7\n%âãÏÓ\n')), 'import-binary', 'PDF');
  const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 0x08, 0]);
  assertThrowsWorkbench(() => prepareImport('a.txt', zip), 'import-binary', 'ZIP');
});

test('random bytes with NULs are refused as binary', () => {
  const bytes = pseudoRandomBytes(8192);
  assert.ok(bytes.includes(0));
  assertThrowsWorkbench(() => prepareImport('data.txt', bytes), 'import-binary', 'data.txt');
});

test('random bytes without NULs are refused as binary (control characters)', () => {
  const bytes = pseudoRandomBytes(8192, 7).map((byte) => byte || 1);
  assertThrowsWorkbench(() => prepareImport('data.txt', bytes), 'import-binary', 'control characters');
});

test('a NUL inside otherwise valid UTF-8 is binary; NULs inside UTF-16 text are not', () => {
  assertThrowsWorkbench(() => prepareImport('a.txt', utf8('نص عربي\u0000هنا')), 'import-binary', 'NUL');
  const utf16 = new Uint8Array(iconv.encode('plain English text', 'utf16le'));
  assert.equal(prepareImport('a.txt', utf16).text, 'plain English text');
});

test('an unsupported extension is refused after the content checks', () => {
  assertThrowsWorkbench(() => prepareImport('notes.docx', utf8('نص')), 'import-unsupported', 'notes.docx', '.txt');
  // Content problems are reported first: they say more than the name does.
  assertThrowsWorkbench(() => prepareImport('notes.docx', new Uint8Array()), 'import-empty');
  assertThrowsWorkbench(
    () => prepareImport('image.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
    'import-binary',
  );
});

test('UTF-32 is refused as unsupported, naming the file', () => {
  const utf32 = new Uint8Array([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0]);
  assertThrowsWorkbench(() => prepareImport('wide.txt', utf32), 'import-unsupported', 'wide.txt', 'UTF-32');
});

test('an unknown encoding override is an invalid argument naming the label', () => {
  assertThrowsWorkbench(
    () => prepareImport('a.txt', utf8('نص'), { encoding: 'no-such-enc' }),
    'invalid-argument',
    'no-such-enc',
  );
});

// ---- What is stored ------------------------------------------------------------------------------------

test('the override decodes cp1256 bytes as the user said', () => {
  const text = 'أزمة الصواريخ الكوبية';
  const prepared = prepareImport('a.txt', new Uint8Array(iconv.encode(text, 'windows-1256')), {
    encoding: 'windows-1256',
  });
  assert.equal(prepared.text, text);
  assert.deepEqual(prepared.encoding, { name: 'windows-1256', confidence: 1, detectedBy: 'user' });
});

test('line ends become LF, the text is NFC, a BOM goes; all else is kept', () => {
  const decomposed = 'ا\u0653لة'; // alef + madda above: NFC makes it آ
  const bytes = utf8(`\uFEFF  سطر\r\nسطر ${decomposed}\rآخر  \n\n\n`);
  assert.equal(prepareImport('a.txt', bytes).text, '  سطر\nسطر آلة\nآخر  \n\n\n');
});

test('HTML: scripts and styles dropped, entities decoded, <title> used', () => {
  const html = `<html><head><title>تقرير &amp; تحليل</title><style>body{}</style></head>
    <body><script>alert(1)</script><p>نص &quot;مقتبس&quot; &lt;هنا&gt;</p><p>فقرة&nbsp;ثانية</p></body></html>`;
  const prepared = prepareImport('page.html', utf8(html));
  assert.equal(prepared.text, 'نص "مقتبس" <هنا>\nفقرة\u00A0ثانية');
  assert.equal(prepared.title, 'تقرير & تحليل');
  assert.equal(prepared.format, 'html');
  assert.ok(!prepared.text.includes('alert'));
});

test('the title falls back to the file name without its extension', () => {
  assert.equal(prepareImport('report.v2.txt', utf8('نص')).title, 'report.v2');
  assert.equal(prepareImport('notes.md', utf8('no heading')).title, 'notes');
  assert.equal(prepareImport('notes.md', utf8('# عنوان\nنص')).title, 'عنوان');
});

test('direction is rtl when Arabic letters outnumber Latin ones', () => {
  assert.equal(prepareImport('a.txt', utf8('نص عربي with a few English words? no: more')).direction, 'ltr');
  assert.equal(prepareImport('a.txt', utf8('نص عربي طويل مع كلمة English واحدة')).direction, 'rtl');
  assert.equal(prepareImport('a.txt', utf8('1234 !!!')).direction, 'ltr');
});
