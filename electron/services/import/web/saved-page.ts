// "Web page, complete" as browsers save it: PAGE.html beside a PAGE_files folder of images, styles and
// frames. The text is the HTML file's; the folder is recognised so the page can be imported by naming either
// (the CLI takes the folder the two sit in, or the _files folder), and the address the browser noted in the
// file ("<!-- saved from url=(0043)https://… -->", or the canonical link) becomes the source's URL.

import { readdir, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { WorkbenchError } from '../../../../shared/errors.ts';
import { webUrl } from './mhtml-text.ts';

const HTML = /\.x?html?$/i;

/**
 * The page file of a saved "Web page, complete": given a folder, its one HTML file that has a "_files" twin
 * (or its only HTML file); given a "NAME_files" folder, the NAME.html beside it. Undefined for other paths.
 */
export async function savedPageFile(path: string): Promise<string | undefined> {
  const info = await stat(path).catch(() => undefined);
  if (!info?.isDirectory()) return undefined;
  const twin = /^(.*)_files$/.exec(basename(path));
  if (twin) {
    const siblings = await readdir(dirname(path));
    const page = siblings.find((name) => HTML.test(name) && name.replace(HTML, '') === twin[1]);
    return page ? join(dirname(path), page) : undefined;
  }
  const names = await readdir(path);
  const pages = names.filter((name) => HTML.test(name));
  const withFiles = pages.filter((name) => names.includes(`${name.replace(HTML, '')}_files`));
  if (withFiles.length === 1) return join(path, withFiles[0]!);
  if (pages.length === 1) return join(path, pages[0]!);
  throw new WorkbenchError(
    'import-unreadable',
    `${path} is a folder with ${pages.length === 0 ? 'no web page' : `${pages.length} web pages`} in it; name the .html file to import`,
  );
}

/** Where a saved page came from, as the browser noted it in the HTML. */
export function savedFromUrl(html: string): string | undefined {
  const comment = /<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/i.exec(html.slice(0, 4096))?.[1];
  const canonical = /<link\b[^>]*rel=["']?canonical["']?[^>]*href=["']([^"']+)["']/i.exec(html)?.[1];
  const og = /<meta\b[^>]*property=["']og:url["'][^>]*content=["']([^"']+)["']/i.exec(html)?.[1];
  return webUrl(comment) ?? webUrl(canonical) ?? webUrl(og);
}
