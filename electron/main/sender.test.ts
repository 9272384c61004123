import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isTrustedSender } from './sender.ts';

const packaged = { fileUrl: 'file:///opt/app/resources/app.asar/.vite/renderer/main_window/index.html' };

test('accepts only the top frame of the packaged renderer', () => {
  assert.equal(isTrustedSender({ url: `${packaged.fileUrl}#/source/1`, parent: null }, packaged), true);
  assert.equal(isTrustedSender({ url: packaged.fileUrl, parent: {} }, packaged), false, 'subframe');
  assert.equal(isTrustedSender({ url: 'file:///tmp/evil/index.html', parent: null }, packaged), false);
  assert.equal(isTrustedSender({ url: 'https://example.com/', parent: null }, packaged), false);
  assert.equal(isTrustedSender({ url: 'not a url', parent: null }, packaged), false);
  assert.equal(isTrustedSender(null, packaged), false);
});

test('in development accepts only the dev server origin', () => {
  const dev = { devServerUrl: 'http://localhost:5173' };
  assert.equal(isTrustedSender({ url: 'http://localhost:5173/index.html', parent: null }, dev), true);
  assert.equal(isTrustedSender({ url: 'http://localhost:5174/', parent: null }, dev), false);
  assert.equal(isTrustedSender({ url: packaged.fileUrl, parent: null }, dev), false);
});
