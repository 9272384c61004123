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

test('only public hosts: this computer and the local network are refused, in every spelling', () => {
  const local = [
    'http://localhost:5173/',
    'http://LOCALHOST./x',
    'http://app.localhost/',
    'http://127.0.0.1/',
    'http://127.1/',
    'http://2130706433/',
    'http://0x7f000001/',
    'http://0.0.0.0/',
    'http://[::1]/',
    'http://[::ffff:127.0.0.1]/',
    'http://[::ffff:192.168.1.1]/',
    'http://10.0.0.8/',
    'http://172.16.4.1/',
    'http://172.31.255.255/',
    'http://192.168.1.1/admin',
    'http://169.254.169.254/latest/meta-data',
    'http://100.64.0.1/',
    'http://[fd00::1]/',
    'http://[fe80::1]/',
    'http://printer.local/',
    'http://router.lan/',
    'http://intranet/',
  ];
  for (const url of local)
    assert.throws(() => checkExternalUrl(url), /was not opened: it (points at|names a local|is not a web)/, url);
  for (const url of [
    'https://172.15.0.1/',
    'https://172.32.0.1/',
    'https://8.8.8.8/',
    'https://[2001:db8::1]/',
    'https://news.example/ar/1',
  ]) {
    assert.equal(checkExternalUrl(url), new URL(url).href, url);
  }
});
