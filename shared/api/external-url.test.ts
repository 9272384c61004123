import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkExternalUrl } from './external-url.ts';

test('http(s) links pass, normalised (IDN hosts and Arabic paths percent-encoded)', () => {
  assert.equal(checkExternalUrl(' https://example.org/a b '), 'https://example.org/a%20b');
  assert.equal(checkExternalUrl('https://مثال.example/خبر'), 'https://xn--mgbh0fb.example/%D8%AE%D8%A8%D8%B1');
  assert.equal(checkExternalUrl('http://example.org'), 'http://example.org/');
});

test('other schemes, credentials and relative addresses are refused with the reason', () => {
  assert.throws(() => checkExternalUrl('file:///etc/passwd'), /file: links are not opened/);
  assert.throws(() => checkExternalUrl('javascript:alert(1)'), /javascript: links are not opened/);
  assert.throws(() => checkExternalUrl('https://user:pw@example.org/'), /user name or password/);
  assert.throws(() => checkExternalUrl('example.org/page'), /needs https:\/\//);
});
