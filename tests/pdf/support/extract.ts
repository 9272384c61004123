// Reading a report back the way readers and tools do: pdf.js (text and annotations) and Poppler's pdftotext.

import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
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
