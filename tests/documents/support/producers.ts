// Real producers making the files the fidelity tests read back, from the corpus texts at test time (the corpus
// text is never committed): Chromium printing an Arabic HTML page to PDF (how most web PDFs are made) and
// saving it as MHTML, LibreOffice Writer (Debian's libreoffice-writer-nogui) writing DOCX, ODT and PDF.
// The exact commands are here, so anyone can make the same files by hand.

import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { launchChromium, CHROMIUM_PATH } from '../../e2e/helpers/browser.ts';

const SOFFICE = process.env.SOFFICE_PATH ?? '/usr/bin/soffice';

export function libreOfficeMissing(): string | undefined {
  return existsSync(SOFFICE)
    ? undefined
    : `LibreOffice not found at ${SOFFICE} (apt-get install libreoffice-writer-nogui)`;
}

export function chromiumMissing(): string | undefined {
  return existsSync(CHROMIUM_PATH) ? undefined : `Chromium not found at ${CHROMIUM_PATH}`;
}

/** One paragraph per non-empty source line, right to left, as a news site would publish it. */
function articleHtml(title: string, text: string): string {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const paragraphs = text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => `<p>${escape(line)}</p>`)
    .join('\n');
  return `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>${escape(title)}</title></head><body>\n${paragraphs}\n</body></html>\n`;
}

export async function writeArticle(dir: string, stem: string, text: string): Promise<string> {
  await mkdir(dir, { recursive: true });
  const path = join(dir, `${stem}.html`);
  await writeFile(path, articleHtml(stem, text));
  return path;
}

/**
 * `chromium --headless --no-sandbox --disable-gpu --print-to-pdf=OUT.pdf FILE.html` — with Chromium's default
 * header and footer (date, title, file URL, "n/N"), which the import must recognise as page furniture.
 */
export function chromiumPdf(html: string, out: string): string {
  execFileSync(
    CHROMIUM_PATH,
    ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', `--print-to-pdf=${out}`, html],
    { stdio: 'ignore', timeout: 120_000 },
  );
  return out;
}

/**
 * `soffice --headless --infilter="HTML (StarWriter)" --convert-to FILTER --outdir DIR FILE.html`, each run with
 * its own profile folder so parallel test files do not fight over one. FILTER: 'pdf', 'odt',
 * 'docx:MS Word 2007 XML'. Returns the written file.
 */
export function libreOffice(html: string, filter: string, outDir: string, profile: string): string {
  execFileSync(
    SOFFICE,
    [
      `-env:UserInstallation=file://${profile}`,
      '--headless',
      '--infilter=HTML (StarWriter)',
      '--convert-to',
      filter,
      '--outdir',
      outDir,
      html,
    ],
    { stdio: 'ignore', timeout: 180_000 },
  );
  const ext = filter.split(':')[0]!;
  const out = join(outDir, html.replace(/^.*\//, '').replace(/\.html$/, `.${ext}`));
  if (!existsSync(out)) throw new Error(`LibreOffice wrote no ${out}`);
  return out;
}

/** Chromium's own "Save as MHTML": the DevTools protocol's Page.captureSnapshot of the loaded page. */
export async function chromiumMhtml(htmlFiles: string[]): Promise<string[]> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const cdp = await page.context().newCDPSession(page);
    const out: string[] = [];
    for (const html of htmlFiles) {
      await page.goto(`file://${html}`);
      const { data } = (await cdp.send('Page.captureSnapshot', { format: 'mhtml' })) as { data: string };
      const path = html.replace(/\.html$/, '.mhtml');
      await writeFile(path, data);
      out.push(path);
    }
    return out;
  } finally {
    await browser.close();
  }
}
