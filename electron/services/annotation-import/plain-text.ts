// Notes that other tools write in Markdown (Hypothesis) or HTML, as the plain text the workbench shows and
// prints: marked's lexer for Markdown (its tokens, not its HTML output: nothing is rendered), the source
// importer's htmlparser2 walk for HTML. Links keep their address in brackets; list items get a bullet.

import { Lexer, type Token, type Tokens } from 'marked';
import { htmlToText } from '../import/html-text.ts';

export function markdownToText(markdown: string): string {
  return blocks(Lexer.lex(markdown)).trim();
}

export function htmlToPlain(html: string): string {
  return htmlToText(html).text.trim();
}

function blocks(tokens: readonly Token[]): string {
  return tokens
    .map(block)
    .filter((b) => b !== '')
    .join('\n\n');
}

function block(token: Token): string {
  switch (token.type) {
    case 'space':
    case 'hr':
      return '';
    case 'code':
      return (token as Tokens.Code).text;
    case 'list':
      return (token as Tokens.List).items.map((item) => `• ${blocks(item.tokens).replace(/\n+/g, ' ')}`).join('\n');
    case 'blockquote':
      return blocks((token as Tokens.Blockquote).tokens);
    case 'html':
      return htmlToPlain((token as Tokens.HTML).text);
    case 'table': {
      const table = token as Tokens.Table;
      const row = (cells: Tokens.TableCell[]) => cells.map((c) => inline(c.tokens)).join(' | ');
      return [row(table.header), ...table.rows.map(row)].join('\n');
    }
    default:
      return 'tokens' in token && token.tokens ? inline(token.tokens) : 'text' in token ? String(token.text) : '';
  }
}

function inline(tokens: readonly Token[]): string {
  return tokens.map(inlineToken).join('');
}

function inlineToken(token: Token): string {
  switch (token.type) {
    case 'link': {
      const link = token as Tokens.Link;
      const text = inline(link.tokens);
      return text === link.href || text === '' ? link.href : `${text} (${link.href})`;
    }
    case 'image':
      return (token as Tokens.Image).text;
    case 'br':
      return '\n';
    case 'html':
      return htmlToPlain((token as Tokens.Tag).text);
    case 'escape':
    case 'codespan':
      return (token as Tokens.Codespan).text;
    default:
      return 'tokens' in token && token.tokens
        ? inline(token.tokens)
        : 'text' in token
          ? decode(String(token.text))
          : '';
  }
}

/** marked leaves character references of plain text as written ("&amp;"): show the character. */
function decode(text: string): string {
  return /&[#a-z0-9]+;/i.test(text) ? htmlToPlain(text) : text;
}
