// `workbench export --format original`: a PDF source's original file with its claims as annotations, and
// `workbench import -`: what is piped in becomes a source, as a paste in the app does.

import { renderAnnotatedOriginal, writeOut } from '../services/original/original-export.ts';
import { requireOption, UsageError, type ParsedArgs } from './args.ts';
import { openFor, outPathFor, type Output } from './command-inputs.ts';

export async function exportOriginalCommand(args: ParsedArgs, io: Output): Promise<number> {
  if (!args.options.workspace) throw new UsageError('"export --format original" needs --workspace and --source.');
  const out = await outPathFor(args);
  const { workspace } = await openFor(args);
  const language = args.options.lang === 'en' ? 'en' : 'ar';
  const rendered = await renderAnnotatedOriginal(workspace, requireOption(args, 'source'), language);
  await writeOut(out, rendered.pdf);
  const { claims, orphans, highlights, links } = rendered;
  if (args.options.json) io.out(JSON.stringify({ out, format: 'original', claims, orphans, highlights, links }));
  else io.out(`wrote ${out} (${claims} claims as ${highlights} highlights, ${links} links, ${orphans} orphaned)`);
  return 0;
}

/** Reads all of standard input (the piped text); a terminal with nothing piped is a usage mistake. */
async function readStdin(stdin: NodeJS.ReadableStream & { isTTY?: boolean } = process.stdin): Promise<string> {
  if (stdin.isTTY) throw new UsageError('"import -" reads the text to import from standard input; pipe it in.');
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks).toString('utf8');
}

/** Piped HTML (a page saved or copied as markup) is imported as HTML, anything else as plain text. */
export async function importStdin(args: ParsedArgs, io: Output, stdin?: NodeJS.ReadableStream): Promise<number> {
  const content = await readStdin(stdin);
  const { service } = await openFor(args);
  const html = /^\s*</.test(content) && /<\/?[a-z][a-z0-9]*[\s>]/i.test(content);
  const title = args.options.title;
  const meta = await service.importPasted(html ? { html: content, title } : { text: content, title });
  if (args.options.json) io.out(JSON.stringify([meta], null, 2));
  else io.out(`imported ${meta.id}  ${meta.title}  (${html ? 'pasted HTML' : 'pasted text'})`);
  return 0;
}
