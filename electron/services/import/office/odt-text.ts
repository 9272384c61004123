// OpenDocument Text (.odt) → text. content.xml is read with htmlparser2 in XML mode (a streaming parse, no
// DOM, no entity expansion beyond XML's own): headings and paragraphs become lines, wherever they sit (lists,
// table cells in document order, which is reading order, frames, sections); <text:s/>, tabs and line breaks
// become their characters; notes are cut out of the flow, marked "[n]" where they stand, and listed at the end.

import { Parser } from 'htmlparser2';
import { WorkbenchError } from '../../../../shared/errors.ts';
import type { OfficeText } from './docx-text.ts';
import { readZip } from './zip-reader.ts';

const BLOCKS = new Set(['text:p', 'text:h']);
/** Parts of the flow that are not the document's text. */
const SKIPPED = new Set(['text:tracked-changes', 'office:annotation', 'text:note-citation', 'draw:image']);

interface Collector {
  lines: string[];
  line: string;
  notes: string[];
  /** Inside a note body: its text goes here, not into the flow. */
  note?: { lines: string[]; line: string };
  skip: number;
  /** Open text:p / text:h elements: text outside them is the XML's layout whitespace. */
  blocks: number;
  rtlParagraphs: number;
  paragraphs: number;
  rtlStyles: Set<string>;
}

export async function odtText(fileName: string, bytes: Uint8Array): Promise<OfficeText> {
  const entries = readZip(
    fileName,
    bytes,
    (name) => name === 'content.xml' || name === 'styles.xml' || name === 'meta.xml',
  );
  const content = entries['content.xml'];
  if (!content) throw new WorkbenchError('import-damaged', `${fileName} is not an OpenDocument text (no content.xml)`);
  const xml = new TextDecoder().decode(content);
  const c: Collector = {
    lines: [],
    line: '',
    notes: [],
    skip: 0,
    blocks: 0,
    rtlParagraphs: 0,
    paragraphs: 0,
    rtlStyles: rtlStyleNames(xml),
  };
  const parser = new Parser(
    {
      onopentag: (name, attrs) => open(c, name, attrs),
      ontext: (text) => {
        if (c.blocks > 0) append(c, text);
      },
      onclosetag: (name) => close(c, name),
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.end(xml);
  const notes = c.notes.map((n, i) => `[${i + 1}] ${n}`);
  const title = metaTitle(entries['meta.xml']);
  return {
    text: [...c.lines, ...notes].join('\n'),
    ...(title ? { title } : {}),
    rtl: c.paragraphs > 0 && c.rtlParagraphs * 2 > c.paragraphs,
    notes: [],
  };
}

function append(c: Collector, text: string): void {
  if (c.skip > 0) return;
  if (c.note) c.note.line += text;
  else c.line += text;
}

function open(c: Collector, name: string, attrs: Record<string, string>): void {
  if (SKIPPED.has(name)) c.skip++;
  if (name === 'text:note') {
    c.line += `[${c.notes.length + 1}]`;
    c.note = { lines: [], line: '' };
  }
  if (name === 'text:s') append(c, ' '.repeat(Math.max(1, Number(attrs['text:c'] ?? 1) || 1)));
  if (name === 'text:tab') append(c, '\t');
  if (name === 'text:line-break') append(c, '\n');
  if (BLOCKS.has(name)) c.blocks++;
  if (BLOCKS.has(name) && !c.note) {
    c.paragraphs++;
    if (c.rtlStyles.has(attrs['text:style-name'] ?? '')) c.rtlParagraphs++;
  }
}

function close(c: Collector, name: string): void {
  if (SKIPPED.has(name)) c.skip--;
  if (BLOCKS.has(name)) {
    c.blocks--;
    if (c.note) {
      c.note.lines.push(c.note.line.trim());
      c.note.line = '';
    } else {
      c.lines.push(...c.line.split('\n').map((l) => l.replace(/[ \t]+$/u, '')));
      c.line = '';
    }
  }
  if (name === 'text:note' && c.note) {
    c.notes.push(c.note.lines.filter(Boolean).join(' '));
    c.note = undefined;
  }
}

/** Automatic paragraph styles of content.xml that set right-to-left writing. */
function rtlStyleNames(xml: string): Set<string> {
  const names = new Set<string>();
  for (const m of xml.matchAll(/<style:style\b[^>]*style:name="([^"]+)"[^>]*>([\s\S]*?)<\/style:style>/g)) {
    if (/style:writing-mode="rl-tb"/.test(m[2]!)) names.add(m[1]!);
  }
  return names;
}

function metaTitle(meta: Uint8Array | undefined): string | undefined {
  if (!meta) return undefined;
  const match = /<dc:title>([^<]*)<\/dc:title>/.exec(new TextDecoder().decode(meta));
  return match?.[1]?.trim() || undefined;
}
