// "Decode as" through the service, on a real workspace folder: the preview shows both readings from the first
// line that differs and writes nothing; the change is refused once the source has claims or a corrected text.

import assert from 'node:assert/strict';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { createClaimAnnotation } from '../../shared/annotations/claim.ts';
import { sourceIri } from '../../shared/annotations/model.ts';
import { tempWorkbench } from '../../tests/support/workbench.ts';

const HEADER = Array.from({ length: 30 }, (_, i) => `Line ${i + 1} of a plain ASCII header.`).join('\n');
const ARABIC = 'أجري الاختبار في 14 يوليو 2001 في ألاسكا.\nفقرة ثانية عن القمة.';
/** A windows-1256 file whose first 30 lines read the same in any single-byte encoding. */
const BYTES = Buffer.concat([Buffer.from(`${HEADER}\n`), cp1256(ARABIC)]);

function cp1256(text: string): Buffer {
  const decoder = new TextDecoder('windows-1256');
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) table.set(decoder.decode(Uint8Array.of(b)), b);
  return Buffer.from([...text].map((c) => table.get(c)!));
}

async function imported() {
  const { service, root } = await tempWorkbench();
  const meta = await service.importSource({
    fileName: 'w.txt',
    dataBase64: BYTES.toString('base64'),
    encoding: 'windows-1256',
  });
  const files = [join(root, 'sources', meta.id, 'text.txt'), join(root, 'sources', meta.id, 'meta.json')];
  const snapshot = async () =>
    Promise.all(files.map(async (f) => `${await readFile(f, 'utf8')}|${(await stat(f)).mtimeMs}`));
  return { service, meta, snapshot };
}

test('the preview shows both readings from the first line that differs, and writes nothing', async () => {
  const { service, meta, snapshot } = await imported();
  const before = await snapshot();
  assert.ok((await service.getSource({ sourceId: meta.id })).text.endsWith(ARABIC));
  const preview = await service.previewSourceEncoding({ sourceId: meta.id, encoding: 'windows-1252' });
  assert.equal(preview.changed, true);
  assert.equal(preview.fromLine, 31, 'the first Arabic line');
  assert.ok(preview.before.startsWith('أجري الاختبار'), preview.before.slice(0, 20));
  assert.ok(!/[\u0600-\u06FF]/.test(preview.after), 'the other reading has no Arabic letters');
  assert.equal(preview.encoding.name, 'windows-1252');
  assert.equal(preview.encoding.detectedBy, 'user');
  assert.equal(preview.blocked, undefined);
  assert.deepEqual(await snapshot(), before, 'text.txt and meta.json untouched');

  const same = await service.previewSourceEncoding({ sourceId: meta.id, encoding: 'windows-1256' });
  assert.equal(same.changed, false);
  assert.equal(same.fromLine, 1);
  assert.equal(same.before, same.after);
});

test('a UTF-8 reading of these bytes counts what it could not read', async () => {
  const { service, meta } = await imported();
  const preview = await service.previewSourceEncoding({ sourceId: meta.id, encoding: 'utf-8' });
  assert.equal(preview.changed, true);
  assert.ok(preview.encoding.replaced && preview.encoding.replaced.count > 0, JSON.stringify(preview.encoding));
  assert.equal(preview.encoding.replaced.firstOffset, HEADER.length + 1, 'at the first Arabic byte');
});

test('decoding again is refused, and the preview says so, once the source has claims', async () => {
  const { service, meta, snapshot } = await imported();
  const { text } = await service.getSource({ sourceId: meta.id });
  const start = text.indexOf('14 يوليو');
  await service.saveAnnotations({
    sourceId: meta.id,
    baseRevision: 'absent',
    annotations: [
      createClaimAnnotation({
        id: 'c1',
        sourceIri: sourceIri(meta.id),
        text,
        start,
        end: start + 8,
        tags: ['likely-typo'],
        now: '2026-01-01T00:00:00.000Z',
      }),
    ],
  });
  const before = await snapshot();
  const preview = await service.previewSourceEncoding({ sourceId: meta.id, encoding: 'windows-1252' });
  assert.equal(preview.blocked, 'has-claims');
  await assert.rejects(service.setSourceEncoding({ sourceId: meta.id, encoding: 'windows-1252' }), {
    code: 'conflict',
    message: /already has claims/,
  });
  assert.deepEqual(await snapshot(), before);
});

test('decoding again is refused once the text was corrected: the corrections would be lost', async () => {
  const { service, meta } = await imported();
  const { text } = await service.getSource({ sourceId: meta.id });
  await service.editSourceText({ sourceId: meta.id, baseRevision: 0, text: text.replace('2001', '2002') });
  const preview = await service.previewSourceEncoding({ sourceId: meta.id, encoding: 'windows-1252' });
  assert.equal(preview.blocked, 'text-corrected');
  await assert.rejects(service.setSourceEncoding({ sourceId: meta.id, encoding: 'windows-1252' }), {
    code: 'conflict',
    message: /lose the corrections/,
  });
  assert.ok((await service.getSource({ sourceId: meta.id })).text.includes('14 يوليو 2002'), 'the correction kept');
});

test('decoding again and back gives the text as it was', async () => {
  const { service, meta } = await imported();
  const original = (await service.getSource({ sourceId: meta.id })).text;
  await service.setSourceEncoding({ sourceId: meta.id, encoding: 'windows-1252' });
  assert.notEqual((await service.getSource({ sourceId: meta.id })).text, original);
  await service.setSourceEncoding({ sourceId: meta.id, encoding: 'windows-1256' });
  assert.equal((await service.getSource({ sourceId: meta.id })).text, original);
  await assert.rejects(service.previewSourceEncoding({ sourceId: meta.id, encoding: 'klingon-8' }), {
    code: 'invalid-argument',
  });
});
