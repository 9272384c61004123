import assert from 'node:assert/strict';
import { test } from 'node:test';
import { APP_INDEX_URL, APP_ORIGIN } from './app-protocol.ts';
import { isTrustedSender } from './sender.ts';

const packaged = { appOrigin: APP_ORIGIN };

test('accepts only the top frame of the packaged renderer, on the app:// origin', () => {
  assert.equal(isTrustedSender({ url: `${APP_INDEX_URL}#/source/1`, parent: null }, packaged), true);
  assert.equal(isTrustedSender({ url: APP_INDEX_URL, parent: {} }, packaged), false, 'subframe');
  assert.equal(isTrustedSender({ url: 'app://other/index.html', parent: null }, packaged), false, 'other host');
  assert.equal(isTrustedSender({ url: 'file:///opt/app/index.html', parent: null }, packaged), false, 'file://');
  assert.equal(isTrustedSender({ url: 'https://example.com/', parent: null }, packaged), false);
  assert.equal(isTrustedSender({ url: 'not a url', parent: null }, packaged), false);
  assert.equal(isTrustedSender(null, packaged), false);
  assert.equal(isTrustedSender({ url: APP_INDEX_URL, parent: null }, {}), false, 'nothing trusted');
});

test('in development accepts only the dev server origin', () => {
  const dev = { devServerUrl: 'http://localhost:5173' };
  assert.equal(isTrustedSender({ url: 'http://localhost:5173/index.html', parent: null }, dev), true);
  assert.equal(isTrustedSender({ url: 'http://localhost:5174/', parent: null }, dev), false);
  assert.equal(isTrustedSender({ url: APP_INDEX_URL, parent: null }, dev), false);
});
