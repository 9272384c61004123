// Pasted clipboard content as an import file: HTML preferred (paragraphs and title survive), else plain text.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { WorkbenchError } from '../../../shared/errors.ts';
import { importPasted } from './paste.ts';
import { prepareImport } from './prepare.ts';

test('the HTML flavour wins and is imported as a page, the researcher’s title becoming its <title>', () => {
  const { fileName, bytes } = importPasted({
    html: '<p>سطر أول</p><p>سطر ثان</p>',
    text: 'سطر أول سطر ثان',
    title: 'مقال: "الناتو"',
  });
  assert.equal(fileName, 'مقال الناتو.html');
  const prepared = prepareImport(fileName, bytes);
  assert.equal(prepared.text, 'سطر أول\nسطر ثان');
  assert.equal(prepared.title, 'مقال: "الناتو"');
});

test('plain text is imported as text, kept exactly; nothing to import is import-empty', () => {
  const { fileName, bytes } = importPasted({ text: '  نص ملصق\n' });
  assert.match(fileName, /^pasted-\d{4}-\d\d-\d\d-\d\d-\d\d-\d\d\.txt$/);
  assert.equal(prepareImport(fileName, bytes).text, '  نص ملصق\n');
  assert.throws(
    () => importPasted({ text: ' \n', html: '' }),
    (e: unknown) => e instanceof WorkbenchError && e.code === 'import-empty',
  );
});
