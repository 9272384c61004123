// Bad documents: each is refused with its own error code and a message that names the file and says what to do,
// and nothing is written to the workspace; a Word file with macros is imported as text only (macros never
// run); archives that would unpack beyond the limits are refused before they are unpacked.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, test } from 'node:test';
import { PDFDocument } from '@cantoo/pdf-lib';
import { strToU8, zipSync, unzipSync } from 'fflate';
import { MAX_PDF_PAGES } from '../../electron/services/import/pdf/pdf-import.ts';
import { readZip } from '../../electron/services/import/office/zip-reader.ts';
import { MemorySettingsStore } from '../../electron/services/settings/settings-store.ts';
import { createWorkbenchService } from '../../electron/services/workbench-service.ts';
import { Workspace } from '../../electron/services/workspace/workspace.ts';
import type { ErrorCode } from '../../shared/errors.ts';
import { requirePresent, skipUnlessCI } from '../e2e/helpers/env.ts';
import { tempDir } from '../support/temp.ts';
import { libreOffice, libreOfficeMissing, writeArticle } from './support/producers.ts';

const ARTICLE =
  'في الواقع، أجرت الولايات المتحدة اختباراً في 14 يوليو 2011 (وفق المصدر).\nوقال المسؤولون إن الهدف هو التواصل.';
const skip = skipUnlessCI(libreOfficeMissing());
let pdf: Uint8Array;
let docx: Uint8Array;
let odt: Uint8Array;
let dir: string;

before(async () => {
  dir = await tempDir('wb-bad-');
  if (skip) return;
  requirePresent(libreOfficeMissing());
  const html = await writeArticle(dir, 'article', ARTICLE);
  const profile = join(dir, 'lo-profile');
  pdf = new Uint8Array(readFileSync(libreOffice(html, 'pdf', dir, profile)));
  docx = new Uint8Array(readFileSync(libreOffice(html, 'docx:MS Word 2007 XML', dir, profile)));
  odt = new Uint8Array(readFileSync(libreOffice(html, 'odt', dir, profile)));
});

async function service() {
  const root = join(await tempDir('wb-bad-ws-'), 'ws');
  const workspace = await Workspace.open(root, { create: true });
  return { root, api: createWorkbenchService({ workspace, settings: new MemorySettingsStore() }) };
}

async function refused(fileName: string, bytes: Uint8Array, code: ErrorCode, ...words: string[]): Promise<void> {
  const { root, api } = await service();
  await assert.rejects(
    api.importSource({ fileName, dataBase64: Buffer.from(bytes).toString('base64') }),
    (error: { code?: string; message?: string }) => {
      assert.equal(error.code, code, error.message);
      for (const w of [fileName, ...words]) assert.ok(error.message!.includes(w), `"${w}" in: ${error.message}`);
      return true;
    },
  );
  assert.deepEqual(readdirSync(join(root, 'sources')), [], 'nothing was stored');
}

function mutool(args: string[]): void {
  execFileSync('mutool', args, { stdio: 'ignore' });
}

test(
  'a password-protected PDF is refused: import-protected, saying how to get an importable copy',
  { skip },
  async () => {
    const plain = join(dir, 'plain.pdf');
    const locked = join(dir, 'locked.pdf');
    (await import('node:fs')).writeFileSync(plain, pdf);
    mutool(['clean', '-E', 'aes-256', '-U', 'secret', '-O', 'owner', plain, locked]);
    await refused('locked.pdf', new Uint8Array(readFileSync(locked)), 'import-protected', 'password');
  },
);

test('a PDF encrypted without a user password imports, but its original cannot be annotated', { skip }, async () => {
  const plain = join(dir, 'plain2.pdf');
  const restricted = join(dir, 'restricted.pdf');
  (await import('node:fs')).writeFileSync(plain, pdf);
  mutool(['clean', '-E', 'aes-128', '-O', 'owner', '-U', '', plain, restricted]);
  const { api } = await service();
  const bytes = readFileSync(restricted);
  const meta = await api.importSource({ fileName: 'restricted.pdf', dataBase64: bytes.toString('base64') });
  assert.equal(meta.encrypted, true);
  assert.match((await api.getSource({ sourceId: meta.id })).text, /14 يوليو 2011/);
  await assert.rejects(api.exportAnnotatedOriginal({ sourceId: meta.id }), /encrypted.*PDF report/);
});

test('a broken or truncated PDF is refused as damaged', { skip }, async () => {
  await refused('garbage.pdf', strToU8('%PDF-1.7\nthis is not a PDF at all\n'), 'import-damaged', 'not a readable PDF');
  await refused('cut.pdf', pdf.subarray(0, Math.floor(pdf.length / 4)), 'import-damaged', 'not a readable PDF');
});

test('an image-only (scanned) PDF is refused: no text layer, OCR is not done here', { skip }, async () => {
  const page = join(dir, 'scan');
  (await import('node:fs')).writeFileSync(join(dir, 'plain3.pdf'), pdf);
  execFileSync('pdftoppm', ['-r', '60', '-f', '1', '-l', '1', '-png', '-singlefile', join(dir, 'plain3.pdf'), page]);
  const scan = await PDFDocument.create();
  const image = await scan.embedPng(readFileSync(`${page}.png`));
  scan.addPage([image.width, image.height]).drawImage(image, { x: 0, y: 0 });
  await refused('scan.pdf', await scan.save(), 'import-no-text', 'no text layer', 'OCR');
});

test(`a PDF over ${MAX_PDF_PAGES} pages is refused before its pages are read`, async () => {
  const big = await PDFDocument.create();
  for (let i = 0; i <= MAX_PDF_PAGES; i++) big.addPage([200, 200]);
  await refused('book.pdf', await big.save(), 'import-over-limit', `${MAX_PDF_PAGES + 1} pages`, `${MAX_PDF_PAGES}`);
});

test(
  'a Word file with a macro project imports its text only; the macro is never unpacked or run',
  { skip },
  async () => {
    const entries = unzipSync(docx);
    entries['word/vbaProject.bin'] = strToU8('Attribute VB_Name = "AutoOpen"\nSub AutoOpen()\nShell "calc"\nEnd Sub\n');
    const { api } = await service();
    const docm = zipSync(entries);
    const meta = await api.importSource({ fileName: 'memo.docm', dataBase64: Buffer.from(docm).toString('base64') });
    assert.equal(meta.format, 'docx');
    assert.deepEqual(meta.importNotes, ['macros-not-run']);
    const { text } = await api.getSource({ sourceId: meta.id });
    assert.match(text, /14 يوليو 2011/);
    assert.doesNotMatch(text, /AutoOpen|Shell/);
  },
);

test('a zip bomb in a .docx or .odt is refused before anything is inflated', { skip }, async () => {
  // 150 MB of zeros deflate to ~150 KB: over the 100 MB per-entry limit.
  const zeros = new Uint8Array(150 * 1024 * 1024);
  const bomb = (base: Uint8Array, part: string) => zipSync({ ...unzipSync(base), [part]: [zeros, { level: 9 }] });
  await refused('bomb.docx', bomb(docx, 'word/document.xml'), 'import-over-limit', 'zip bomb', '150 MB');
  await refused('bomb.odt', bomb(odt, 'content.xml'), 'import-over-limit', 'zip bomb');
});

test('the ZIP reader checks declared sizes against its limits, and inflates no more than was declared', () => {
  const small = { totalBytes: 1000, entryBytes: 600, entries: 3 };
  const archive = zipSync({ 'a.xml': new Uint8Array(600), 'b.xml': new Uint8Array(600) });
  assert.throws(() => readZip('x.docx', archive, () => true, small), /would unpack to more than/);
  assert.deepEqual(Object.keys(readZip('x.docx', archive, (n) => n === 'a.xml', small)), ['a.xml']);
  const many = zipSync(Object.fromEntries([1, 2, 3, 4].map((i) => [`${i}.xml`, new Uint8Array(1)])));
  assert.throws(() => readZip('x.docx', many, () => true, small), /more than 3 entries/);
  // A central directory that understates an entry's size: the data is cut at the declared size, never more.
  const lying = zipSync({ 'c.xml': [new Uint8Array(400_000), { level: 9 }] });
  const view = new DataView(lying.buffer);
  const cd = Buffer.from(lying).lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
  view.setUint32(cd + 24, 100, true);
  const read = readZip('x.docx', lying, () => true, small);
  assert.ok((read['c.xml']?.length ?? 0) <= 100);
});

test('an .mhtml file that is no saved page is refused as damaged', async () => {
  await refused('page.mhtml', strToU8('just some words, no MIME at all'), 'import-damaged', 'saved web page');
});
