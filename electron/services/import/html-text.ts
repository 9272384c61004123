// Readable text from an HTML page: a streaming parse with htmlparser2 (no DOM, nothing executed or fetched)
// that keeps visible text, one line per block element, and the <title>.

import { Parser } from 'htmlparser2';

export interface HtmlText {
  text: string;
  title?: string;
}

/**
 * Elements whose content is never shown as text; <title> is read apart. <head> is not listed: its other
 * children (meta, link, base) hold no text, and htmlparser2 does not close an unclosed <head> when the
 * body starts, so hiding it would hide the whole page of '<head><title>…</title><p>…'.
 */
const HIDDEN = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object']);

/** Elements that start and end a line when rendered. */
const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'legend',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'tfoot',
  'thead',
  'tr',
  'ul',
]);

/** Table cells sit on one line; a space keeps neighbouring cells' words apart. */
const CELLS = new Set(['td', 'th']);

/** HTML collapses these (and only these): a no-break space U+00A0 is kept, as a browser keeps it. */
const HTML_SPACES = /[ \t\n\r\f]+/g;

/** <title> inside these is an image or formula caption, not the page title. */
const FOREIGN = new Set(['svg', 'math']);

export function htmlToText(html: string): HtmlText {
  const out = new LineCollector();
  const depth = { hidden: 0, pre: 0, foreign: 0, title: 0 };
  let title: string | undefined;
  let titleBuffer = '';
  // The parser calls back synchronously, so these closures see every event in document order.
  const parser = new Parser({
    onopentag(name) {
      if (name === 'title') depth.title++;
      if (HIDDEN.has(name)) depth.hidden++;
      if (FOREIGN.has(name)) depth.foreign++;
      if (BLOCKS.has(name)) out.softBreak(depth.pre > 0);
      if (name === 'pre') {
        out.openPre();
        depth.pre++;
      }
      if (name === 'br') out.hardBreak(depth.pre > 0);
    },
    ontext(data) {
      if (depth.title > 0) {
        if (depth.foreign === 0) titleBuffer += data;
      } else if (depth.hidden === 0) {
        out.add(data, depth.pre > 0);
      }
    },
    onclosetag(name) {
      if (name === 'title' && depth.title > 0) {
        depth.title--;
        title ??= collapse(titleBuffer) || undefined;
        titleBuffer = '';
      }
      if (HIDDEN.has(name)) depth.hidden = Math.max(0, depth.hidden - 1);
      if (FOREIGN.has(name)) depth.foreign = Math.max(0, depth.foreign - 1);
      if (BLOCKS.has(name)) out.softBreak(depth.pre > 0);
      if (name === 'pre') depth.pre = Math.max(0, depth.pre - 1);
      if (CELLS.has(name)) out.add(' ', false);
    },
  });
  parser.end(html);
  out.softBreak(depth.pre > 0);
  return title === undefined ? { text: out.text() } : { text: out.text(), title };
}

function collapse(text: string): string {
  return text.replace(HTML_SPACES, ' ').trim();
}

/** Builds lines: soft breaks end a non-empty line, <br> always ends one, at most one empty line in a row. */
class LineCollector {
  private readonly lines: string[] = [];
  private current = '';
  private atPreStart = false;

  /** HTML ignores one line break right after <pre>. */
  openPre(): void {
    this.atPreStart = true;
  }

  add(text: string, pre: boolean): void {
    const atPreStart = this.atPreStart;
    this.atPreStart = false;
    if (!pre) {
      this.current += text;
      return;
    }
    // Inside <pre> the source's own line breaks are the lines.
    const parts = (atPreStart ? text.replace(/^\n/, '') : text).split('\n');
    this.current += parts[0];
    for (const part of parts.slice(1)) {
      this.push(this.current, true);
      this.current = part;
    }
  }

  softBreak(pre: boolean): void {
    if (this.current.trim() !== '') this.push(this.current, pre);
    this.current = '';
  }

  hardBreak(pre: boolean): void {
    this.push(this.current, pre);
    this.current = '';
  }

  text(): string {
    return trimEmptyLines(this.lines).join('\n');
  }

  private push(line: string, pre: boolean): void {
    const clean = pre ? line.trimEnd() : collapse(line);
    // A line of only no-break spaces (a common spacer) counts as empty.
    const value = clean.trim() === '' ? '' : clean;
    if (value === '' && this.lines.at(-1) === '') return;
    this.lines.push(value);
  }
}

function trimEmptyLines(lines: string[]): string[] {
  let start = 0;
  let end = lines.length;
  while (start < end && lines[start] === '') start++;
  while (end > start && lines[end - 1] === '') end--;
  return lines.slice(start, end);
}
