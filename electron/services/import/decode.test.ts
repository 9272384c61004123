// Tests for decodeBytes: BOMs, BOM-less UTF-16, UTF-8 (intact and damaged), the detector, the fallback
// and the user's override, on Arabic and English samples encoded with iconv-lite.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import iconv from 'iconv-lite';
import { decodeBytes } from './decode.ts';
import { detectorNameToWhatwg } from './encoding-labels.ts';
import { assertThrowsWorkbench, pseudoRandomBytes } from './test-support.ts';

const ARABIC = 'كشفت صحيفة وول ستريت جورنال عن مباحثات سرية بين روسيا وأمريكا حول حرب أوكرانيا.';

function encode(text: string, encoding: string, withBom = false): Uint8Array {
  return new Uint8Array(iconv.encode(text, encoding, { addBOM: withBom }));
}

test('a UTF-8 BOM is recognised and removed', () => {
  const { text, encoding } = decodeBytes(encode(ARABIC, 'utf8', true));
  assert.equal(text, ARABIC);
  assert.deepEqual(encoding, { name: 'utf-8', confidence: 1, detectedBy: 'bom' });
});

test('UTF-16LE and UTF-16BE BOMs are recognised and removed', () => {
  for (const [iconvName, name] of [
    ['utf16le', 'utf-16le'],
    ['utf16be', 'utf-16be'],
  ] as const) {
    const { text, encoding } = decodeBytes(encode(ARABIC, iconvName, true));
    assert.equal(text, ARABIC, name);
    assert.deepEqual(encoding, { name, confidence: 1, detectedBy: 'bom' });
  }
});

test('UTF-32 is refused as unsupported rather than decoded as UTF-16', () => {
  const utf32le = new Uint8Array([0xff, 0xfe, 0x00, 0x00, 0x41, 0x00, 0x00, 0x00]);
  assertThrowsWorkbench(() => decodeBytes(utf32le), 'import-unsupported', 'UTF-32');
});

test('valid UTF-8 (and plain ASCII) is UTF-8 with confidence 1', () => {
  for (const sample of [ARABIC, 'plain ASCII text', 'a b c d e f g']) {
    const { text, encoding } = decodeBytes(encode(sample, 'utf8'));
    assert.equal(text, sample);
    assert.deepEqual(encoding, { name: 'utf-8', confidence: 1, detectedBy: 'utf-8' });
  }
});

test('BOM-less UTF-16LE Arabic is found although its bytes are also valid UTF-8', () => {
  const bytes = encode('كتاب', 'utf16le');
  // The trap: every byte is below 0x80, so a strict UTF-8 decoder accepts it.
  assert.doesNotThrow(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  const { text, encoding } = decodeBytes(bytes);
  assert.equal(text, 'كتاب');
  assert.equal(encoding.name, 'utf-16le');
  assert.equal(encoding.detectedBy, 'detector');
});

test('BOM-less UTF-16 is found in both byte orders, for Arabic and for English', () => {
  for (const sample of [ARABIC, 'Hello, world', 'Hi']) {
    for (const [iconvName, name] of [
      ['utf16le', 'utf-16le'],
      ['utf16be', 'utf-16be'],
    ] as const) {
      const { text, encoding } = decodeBytes(encode(sample, iconvName));
      assert.equal(text, sample, `${sample} in ${name}`);
      assert.equal(encoding.name, name);
      assert.ok(encoding.confidence > 0.9 && encoding.confidence <= 1);
    }
  }
});

test('windows-1256 Arabic is detected with the detector’s own confidence', () => {
  const { text, encoding } = decodeBytes(encode(ARABIC, 'windows-1256'));
  assert.equal(text, ARABIC);
  assert.equal(encoding.name, 'windows-1256');
  assert.equal(encoding.detectedBy, 'detector');
  assert.ok(encoding.confidence > 0 && encoding.confidence < 1, String(encoding.confidence));
});

test('ISO-8859-6 Arabic is detected', () => {
  const sample = `${ARABIC} وقالت الصحيفة إن المحادثات تهدف إلى الحد من خطر التصعيد النووي في الحرب.`;
  const { text, encoding } = decodeBytes(encode(sample, 'iso-8859-6'));
  assert.equal(text, sample);
  assert.equal(encoding.name, 'iso-8859-6');
});

test('windows-1252 English/French is detected', () => {
  const sample = 'Ça va très bien, merci beaucoup; naïve résumé of the café.';
  const { text, encoding } = decodeBytes(encode(sample, 'windows-1252'));
  assert.equal(text, sample);
  assert.equal(encoding.name, 'windows-1252');
});

test('an HTML <meta charset> settles a page too short for statistics', () => {
  for (const [charset, name] of [
    ['iso-8859-6', 'iso-8859-6'],
    ['windows-1256', 'windows-1256'],
  ] as const) {
    const html = `<html><head><meta charset="${charset}"></head><body><p>كتاب</p></body></html>`;
    const { text, encoding } = decodeBytes(encode(html, charset));
    assert.equal(text, html);
    assert.equal(encoding.name, name);
  }
});

test('UTF-8 with one broken byte stays UTF-8, with confidence below 1', () => {
  const good = encode(ARABIC.repeat(3), 'utf8');
  const bytes = new Uint8Array([...good.subarray(0, 40), 0xff, ...good.subarray(40)]);
  const { text, encoding } = decodeBytes(bytes);
  assert.equal(text.replace('\uFFFD', ''), ARABIC.repeat(3));
  assert.equal(encoding.name, 'utf-8');
  assert.equal(encoding.detectedBy, 'detector');
  assert.ok(encoding.confidence > 0.9 && encoding.confidence < 1);
});

test('when nothing is detected, windows-1256 is used with confidence 0, not a made-up figure', () => {
  const { encoding } = decodeBytes(pseudoRandomBytes(4096));
  assert.deepEqual(encoding, { name: 'windows-1256', confidence: 0, detectedBy: 'detector' });
});

test('an override decodes with the user’s encoding and confidence 1', () => {
  const bytes = encode(ARABIC, 'windows-1256');
  assert.deepEqual(decodeBytes(bytes, 'windows-1256'), {
    text: ARABIC,
    encoding: { name: 'windows-1256', confidence: 1, detectedBy: 'user' },
  });
  // Any WHATWG label works; the canonical name is reported.
  assert.equal(decodeBytes(bytes, 'cp1256').encoding.name, 'windows-1256');
});

test('an override beats detection, even when it is wrong', () => {
  const { text, encoding } = decodeBytes(encode(ARABIC, 'utf8'), 'windows-1256');
  assert.notEqual(text, ARABIC);
  assert.equal(encoding.detectedBy, 'user');
});

test('an override of utf-8 on a file with a BOM still drops the BOM', () => {
  assert.equal(decodeBytes(encode('نص', 'utf8', true), 'utf-8').text, 'نص');
});

test('an unknown override label is an invalid argument naming it', () => {
  const bytes = encode(ARABIC, 'utf8');
  assertThrowsWorkbench(() => decodeBytes(bytes, 'klingon'), 'invalid-argument', '"klingon"');
  // A label TextDecoder knows but refuses to decode with ('replacement').
  assertThrowsWorkbench(() => decodeBytes(bytes, 'iso-2022-kr'), 'invalid-argument', 'iso-2022-kr');
  assertThrowsWorkbench(() => decodeBytes(bytes, ''), 'invalid-argument');
});

test('jschardet names map to lower-case WHATWG names', () => {
  const cases: Array<[string | null, string | undefined]> = [
    ['UTF-8-SIG', 'utf-8'],
    ['utf-8', 'utf-8'],
    ['Windows-1256', 'windows-1256'],
    ['ISO-8859-6', 'iso-8859-6'],
    ['utf-16-le', 'utf-16le'],
    ['UTF-16BE', 'utf-16be'],
    ['Windows-1252', 'windows-1252'],
    ['cp864', undefined], // DOS Arabic: TextDecoder cannot decode it
    [null, undefined],
  ];
  for (const [detected, expected] of cases) assert.equal(detectorNameToWhatwg(detected), expected, String(detected));
});
