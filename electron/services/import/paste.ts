// Pasted clipboard content as an import: HTML (what a browser puts on the clipboard with a copied article)
// becomes an .html import, plain text a .txt one, both UTF-8, so they go through the same extraction, checks
// and storage as files do and the source keeps what was pasted as its original.

import type { PasteArgs } from '../../../shared/api/contract.ts';
import { WorkbenchError } from '../../../shared/errors.ts';
import { safeFileStem } from '../file-names.ts';

export function importPasted(args: PasteArgs): { fileName: string; bytes: Uint8Array } {
  const typed = args.title?.trim() ? safeFileStem(args.title) : '';
  const stem = typed || `pasted-${new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-')}`;
  if (args.html && args.html.trim() !== '') {
    return { fileName: `${stem}.html`, bytes: new TextEncoder().encode(withTitle(args.html, args.title)) };
  }
  if (args.text && args.text.trim() !== '')
    return { fileName: `${stem}.txt`, bytes: new TextEncoder().encode(args.text) };
  throw new WorkbenchError('import-empty', 'the clipboard holds no text to import');
}

/** Browsers paste fragments without <title>; the researcher's title becomes the source's. */
function withTitle(html: string, title: string | undefined): string {
  if (!title || /<title[\s>]/i.test(html)) return html;
  const escaped = title.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return `<title>${escaped}</title>\n${html}`;
}
