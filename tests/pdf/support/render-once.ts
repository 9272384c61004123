// Reports of corpus texts rendered one after the other by ONE fresh process (argv: output folder, then corpus
// files): what a long-lived app does, and with a single file the fresh-process reference
// (tests/pdf/repeat-export.test.ts). The i-th file's report is written as <folder>/<i>.pdf.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { reportOf } from './repeat-input.ts';

const [out, ...files] = process.argv.slice(2);
for (const [i, file] of files.entries())
  writeFileSync(join(out!, `${i}.pdf`), (await reportOf(readFileSync(file, 'utf8'))).pdf);
