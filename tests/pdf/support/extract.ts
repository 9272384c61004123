// Reading a report back the way readers and tools do: pdf.js (text and annotations), Poppler's pdftotext,
// MuPDF's `mutool draw -F txt` and pypdf's extract_text (Debian's mupdf-tools and python3-pypdf).

import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

type PdfDocument = Awaited<ReturnType<typeof getDocument>['promise']>;

export async function openPdf(pdf: Uint8Array): Promise<PdfDocument> {
  // pdf.js takes ownership of (detaches) the buffer it is given: pass a copy.
  return getDocument({ data: pdf.slice(), disableFontFace: true, verbosity: 0 }).promise;
}

/** Text of pages first..last (1-based, inclusive), a line break after each item that ends a line. */
export async function pdfjsText(doc: PdfDocument, first: number, last: number): Promise<string> {
  const pages: string[] = [];
  for (let n = first; n <= last; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''));
  }
  return pages.join('\n');
}

/** pdftotext's reading order (never -raw, which is visual order). */
export function popplerText(pdf: Uint8Array, dir: string, first: number, last: number, extra: string[] = []): string {
  const file = join(dir, `extract-${first}-${last}-${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-f', String(first), '-l', String(last), '-enc', 'UTF-8', ...extra, file, '-'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
}

/**
 * Extracted text as a reader shows it: right-to-left spaces carry a U+200B and lam-alef comes as its
 * presentation form for pdf.js, MuPDF and pypdf (electron/services/pdf/pdfkit-private.ts says why); NFKC and
 * dropping U+200B give the plain text.
 */
export function readable(text: string): string {
  return text.normalize('NFKC').replace(/\u200B/g, '');
}

/** Why MuPDF or pypdf cannot be run here, or undefined when both are installed. */
export function extractorsMissing(): string | undefined {
  const missing = [
    spawnSync('mutool', ['-v']).error ? 'mutool (Debian mupdf-tools)' : undefined,
    spawnSync(PYTHON, ['-c', 'import pypdf']).status !== 0 ? 'pypdf (Debian python3-pypdf)' : undefined,
  ].filter(Boolean);
  return missing.length ? `not installed: ${missing.join(', ')}` : undefined;
}

/** Debian's Python, where python3-pypdf is installed (a pyenv or venv python3 earlier on PATH may lack it). */
const PYTHON = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';

function tempPdf(pdf: Uint8Array, dir: string, first: number, last: number): string {
  const file = join(dir, `extract-${first}-${last}-${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, pdf);
  return file;
}

/** MuPDF's structured text of pages first..last, as `mutool draw -F txt` prints it. */
export function mupdfText(pdf: Uint8Array, dir: string, first: number, last: number): string {
  const file = tempPdf(pdf, dir, first, last);
  return execFileSync('mutool', ['draw', '-q', '-F', 'txt', '-o', '-', file, `${first}-${last}`], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'ignore'],
  });
}

/** pypdf's extract_text() of pages first..last, one page after another. */
export function pypdfText(pdf: Uint8Array, dir: string, first: number, last: number): string {
  const file = tempPdf(pdf, dir, first, last);
  const script = `import sys, pypdf\nr = pypdf.PdfReader(sys.argv[1])\nsys.stdout.write("\\n".join(r.pages[i].extract_text() for i in range(${first - 1}, ${last})))`;
  return execFileSync(PYTHON, ['-c', script, file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

export interface ReadAnnotation {
  subtype: string;
  id?: string;
  contents: string;
  title?: string;
  url?: string;
  quadPoints?: unknown;
  color?: Uint8ClampedArray | number[] | null;
  page: number;
}

/** pdf.js does not expose /NM; pdfkit writes annotation dictionaries uncompressed, so read it from the file. */
function annotationNames(pdf: Uint8Array): Map<string, string> {
  const raw = Buffer.from(pdf).toString('latin1');
  const names = new Map<string, string>();
  for (const m of raw.matchAll(/(\d+) 0 obj\s*<<((?:(?!endobj)[\s\S])*?\/Type \/Annot[\s\S]*?)endobj/g)) {
    const nm = /\/NM \(((?:\\.|[^\\)])*)\)/.exec(m[2]!);
    if (nm) names.set(`${m[1]}R`, nm[1]!.replace(/\\(.)/g, '$1'));
  }
  return names;
}

export async function pdfjsAnnotations(doc: PdfDocument, pdf: Uint8Array): Promise<ReadAnnotation[]> {
  const names = annotationNames(pdf);
  const all: ReadAnnotation[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    for (const a of await (await doc.getPage(n)).getAnnotations()) {
      all.push({
        subtype: a.subtype,
        id: names.get(a.id),
        contents: a.contentsObj?.str ?? '',
        title: a.titleObj?.str ?? undefined,
        url: a.url ?? a.unsafeUrl ?? undefined,
        quadPoints: a.quadPoints,
        color: a.color,
        page: n,
      });
    }
  }
  return all;
}
