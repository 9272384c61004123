// Decoding that replaced invalid bytes says how many and where the first was; a clean decode says nothing.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import iconv from 'iconv-lite';
import { decodeBytes } from './decode.ts';

const ARABIC = 'كشفت صحيفة وول ستريت جورنال عن مباحثات سرية بين روسيا وأمريكا حول حرب أوكرانيا.';
const utf8 = (text: string) => new TextEncoder().encode(text);

test('damaged UTF-8: the count of replaced sequences and the byte offset of the first', () => {
  const long = `${ARABIC} ${ARABIC} ${ARABIC}`;
  const at = (chars: number) => utf8(long.slice(0, chars)).length;
  const good = utf8(long);
  const [a, b] = [at(5), at(30)];
  const bytes = new Uint8Array([...good.subarray(0, a), 0xff, ...good.subarray(a, b), 0xd8, ...good.subarray(b)]);
  const { text, encoding } = decodeBytes(bytes);
  assert.equal(encoding.name, 'utf-8');
  assert.deepEqual(encoding.replaced, { count: 2, firstOffset: a });
  assert.equal(text.indexOf('\uFFFD'), 5, 'the text shows them as U+FFFD');
});

test('a clean file, and a U+FFFD written in the file itself, report nothing replaced', () => {
  assert.equal(decodeBytes(utf8(ARABIC)).encoding.replaced, undefined);
  assert.equal(decodeBytes(utf8(`${ARABIC} \uFFFD`)).encoding.replaced, undefined);
  const cp1256 = new Uint8Array(iconv.encode(ARABIC, 'windows-1256'));
  assert.equal(decodeBytes(cp1256, 'windows-1256').encoding.replaced, undefined);
});

test('a wrong encoding chosen by the user (cp1256 read as UTF-8) reports its replacements; the right one none', () => {
  const cp1256 = new Uint8Array(iconv.encode(ARABIC, 'windows-1256'));
  const wrong = decodeBytes(cp1256, 'utf-8').encoding.replaced;
  assert.ok(wrong && wrong.count > 10, JSON.stringify(wrong));
  assert.equal(wrong.firstOffset, 0);
  assert.equal(decodeBytes(cp1256, 'windows-1256').encoding.replaced, undefined);
});

test('a multi-byte sequence cut by the end of the file is located at its lead byte', () => {
  const good = utf8(ARABIC);
  const cut = new Uint8Array([...good, 0xd8]);
  assert.deepEqual(decodeBytes(cut).encoding.replaced, { count: 1, firstOffset: good.length });
});
