import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ERROR_CODES, WorkbenchError } from '../../shared/errors.ts';
import { errorLead, errorView } from './errors.ts';

test('every error code has its own sentence in Arabic and in English', () => {
  for (const lang of ['ar', 'en'] as const) {
    const leads = ERROR_CODES.map((code) => errorLead(lang, code));
    assert.equal(new Set(leads).size, ERROR_CODES.length, `${lang}: one sentence per code`);
  }
  for (const code of ERROR_CODES) assert.match(errorLead('ar', code), /[\u0600-\u06ff]/, `${code} in Arabic`);
});

test('a WorkbenchError keeps its code and words; anything else is internal', () => {
  assert.deepEqual(errorView(new WorkbenchError('import-empty', 'empty.txt is empty.')), {
    code: 'import-empty',
    detail: 'empty.txt is empty.',
  });
  assert.deepEqual(errorView(new Error('boom')), { code: 'internal', detail: 'boom' });
  // An unknown code is internal, but its words stay; a thrown string is its own words.
  assert.deepEqual(errorView({ code: 'made-up', message: 'x' }), { code: 'internal', detail: 'x' });
  assert.deepEqual(errorView({ code: 'not-found', message: 'a.txt is gone.' }), {
    code: 'not-found',
    detail: 'a.txt is gone.',
  });
  assert.deepEqual(errorView('boom'), { code: 'internal', detail: 'boom' });
});
