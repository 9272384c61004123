// pdf.js for import runs with no native part and no remote resource. Its optional native canvas package
// (@napi-rs/canvas, which npm installs beside pdfjs-dist) is made unresolvable in a child process, and the same
// PDFs — Arabic from our report, Latin in a non-embedded standard font whose metrics pdf.js reads from its own
// package folder — must give the same text and map there. Every process of the test run refuses the network.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { PDFDocument, StandardFonts } from '@cantoo/pdf-lib';
import { renderReport } from '../../pdf/report.ts';
import { DEFAULT_TAGS } from '../../../../shared/workspace/model.ts';
import { REPO_ROOT } from '../../../../tests/support/corpus.ts';
import { tempDir } from '../../../../tests/support/temp.ts';
import { importPdf } from './pdf-import.ts';

const READ = `import { readFileSync } from 'node:fs';
import { importPdf } from './electron/services/import/pdf/pdf-import.ts';
const out = [];
for (const f of process.argv.slice(1)) out.push(await importPdf(f, new Uint8Array(readFileSync(f))));
process.stdout.write(JSON.stringify(out));`;

test('import reads the same text and map with the native canvas package unresolvable', async () => {
  const dir = await tempDir();
  const latin = await PDFDocument.create();
  const font = await latin.embedFont(StandardFonts.Helvetica);
  latin
    .addPage([400, 200])
    .drawText('Memorandum of Telephone Conversation (Helvetica)', { x: 20, y: 100, size: 9, font });
  const arabic = await renderReport({
    source: { title: 'تقرير', text: 'أجرت الولايات المتحدة اختباراً في 14 يوليو 2011 (وفق المصدر).', direction: 'rtl' },
    annotations: [],
    tags: DEFAULT_TAGS,
  });
  const files = [join(dir, 'latin.pdf'), join(dir, 'arabic.pdf')];
  await writeFile(files[0]!, await latin.save());
  await writeFile(files[1]!, arabic.pdf);

  const child = spawnSync(
    process.execPath,
    ['--require', './tests/support/block-canvas.cjs', '--import', 'tsx', '--input-type=module', '-e', READ, ...files],
    { cwd: REPO_ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  assert.equal(child.status, 0, child.stderr);
  const blocked = JSON.parse(child.stdout) as Array<Awaited<ReturnType<typeof importPdf>>>;
  const here = await Promise.all(
    files.map(async (f) => importPdf(f, new Uint8Array(await (await import('node:fs/promises')).readFile(f)))),
  );
  assert.deepEqual(blocked, JSON.parse(JSON.stringify(here)));
  assert.equal(blocked[0]!.text, 'Memorandum of Telephone Conversation (Helvetica)');
  assert.match(blocked[1]!.text, /أجرت الولايات المتحدة اختباراً في 14 يوليو 2011 \(وفق المصدر\)\./);
});
