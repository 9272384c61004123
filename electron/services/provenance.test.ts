// Provenance through the service, on real temp workspaces: detected at import (the sample's dateline is its
// publication date), stored in meta.json, confirmed and edited by the researcher, refused when a value is bad
// (nothing written), kept through a re-decode and a text correction, detected for sources imported before.

import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { WorkbenchError } from '../../shared/errors.ts';
import { tempDir } from '../../tests/support/temp.ts';
import { openWorkbench } from './app-context.ts';
import { MemorySettingsStore } from './settings/settings-store.ts';
import { popplerText } from '../../tests/pdf/support/extract.ts';
import { arabicTokens } from '../../tests/pdf/support/fidelity.ts';

async function sample() {
  const dir = await tempDir();
  const { service } = await openWorkbench({ userDataDir: dir, settings: new MemorySettingsStore() });
  const view = await service.getWorkspace({});
  const id = view.sources[0]!.id;
  const metaFile = join(view.root, 'sources', id, 'meta.json');
  return { service, id, metaFile, root: view.root };
}

const stored = async (file: string) => JSON.parse(await readFile(file, 'utf8'));

test("the sample's dateline is its publication date, detected at import and stored in meta.json", async () => {
  const { service, id, metaFile } = await sample();
  const { meta, text } = await service.getSource({ sourceId: id });
  const p = meta.provenance!;
  assert.deepEqual(
    { published: p.publishedAt?.value, from: p.publishedAt?.from, author: p.author?.value, outlet: p.outlet?.value },
    { published: '2019-03-15', from: 'detected', author: 'سلمى ناصر', outlet: 'نشرة المياه' },
  );
  assert.equal(text.slice(p.publishedAt!.at!.start, p.publishedAt!.at!.end), 'الجمعة 15 مارس 2019');
  assert.equal(p.language?.value, 'ar');
  assert.deepEqual((await stored(metaFile)).provenance.publishedAt.value, '2019-03-15');
});

test('the researcher confirms and edits fields; each keeps where it came from', async () => {
  const { service, id, metaFile } = await sample();
  const before = (await service.getSource({ sourceId: id })).meta.provenance!;
  const meta = await service.setProvenance({
    sourceId: id,
    fields: {
      publishedAt: '2019-03-15',
      outlet: 'وكالة الأنباء',
      updatedAt: '٢٠١٩-٠٣-١٦',
      url: 'https://example.org/a',
    },
  });
  const p = meta.provenance!;
  assert.equal(p.publishedAt?.from, 'researcher');
  assert.deepEqual(p.publishedAt?.at, before.publishedAt?.at, 'a confirmed value keeps the place it was read at');
  assert.deepEqual({ value: p.outlet?.value, at: p.outlet?.at }, { value: 'وكالة الأنباء', at: undefined });
  assert.equal(p.updatedAt?.value, '2019-03-16', 'Arabic-Indic digits are stored Western');
  assert.equal(p.url?.value, 'https://example.org/a');
  assert.equal(p.author?.from, 'detected', 'fields not given stay as detected');
  const onDisk = await stored(metaFile);
  assert.equal(onDisk.provenance.outlet.value, 'وكالة الأنباء');
  assert.equal(onDisk.provenance.outlet.from, 'researcher');
});

test('a bad value is refused with the field and the reason, and nothing is written', async () => {
  const { service, id, metaFile } = await sample();
  await service.getSource({ sourceId: id });
  const before = await readFile(metaFile, 'utf8');
  for (const [fields, why] of [
    [{ publishedAt: '2019-02-30' }, /publishedAt "2019-02-30" is not a date/],
    [{ author: 'سلمى', url: 'ftp://example.org' }, /url .* is not an http\(s\) web address/],
    [{ language: 'Arabic' }, /language "Arabic" is not a language code/],
  ] as const) {
    await assert.rejects(
      service.setProvenance({ sourceId: id, fields }),
      (e: unknown) => e instanceof WorkbenchError && e.code === 'invalid-argument' && why.test(e.message),
    );
  }
  assert.equal(await readFile(metaFile, 'utf8'), before);
});

test("a cleared field stays cleared, and the researcher's values survive a text correction", async () => {
  const { service, id } = await sample();
  const { meta, text } = await service.getSource({ sourceId: id });
  await service.setProvenance({ sourceId: id, fields: { author: '', publishedAt: '2019-03-14' } });
  const edited = await service.editSourceText({
    sourceId: id,
    baseRevision: meta.textRevision,
    text: text
      .replace('بقلم: سلمى ناصر', 'بقلم: سلمى ناصر الخطيب')
      .replace('نشرة المياه - وكالات', 'نشرة المياه العربية'),
  });
  const p = edited.meta.provenance!;
  assert.deepEqual([p.author?.value, p.author?.from], ['', 'researcher'], 'the researcher said: no byline');
  assert.equal(p.publishedAt?.value, '2019-03-14');
  assert.deepEqual(
    [p.outlet?.value, p.outlet?.from],
    ['نشرة المياه العربية', 'detected'],
    'detected values follow the text',
  );
  assert.equal(edited.text.slice(p.outlet!.at!.start, p.outlet!.at!.end), 'نشرة المياه العربية');
});

test('a source imported before provenance existed gets it detected when it is first opened', async () => {
  const { service, id, metaFile, root } = await sample();
  const old = await stored(metaFile);
  delete old.provenance;
  await writeFile(metaFile, JSON.stringify(old));
  const reopened = await openWorkbench({ userDataDir: join(root, '..'), settings: new MemorySettingsStore() });
  const { meta } = await reopened.service.getSource({ sourceId: id });
  assert.equal(meta.provenance?.publishedAt?.value, '2019-03-15');
  assert.equal((await stored(metaFile)).provenance.publishedAt.value, '2019-03-15');
  assert.ok(service, 'the first service is left as it was');
});

test("the sample's dateline stays in search and in the report (no longer set aside as boilerplate)", async () => {
  const { service, id } = await sample();
  const { passages } = await service.getPassages({ sourceId: id });
  assert.deepEqual(
    passages.map((p) => p.kind),
    [],
    'nothing in the sample is set aside',
  );
  const { hits } = await service.search({ query: 'نشرة المياه', sourceIds: [id] });
  assert.equal(hits.length, 1, 'the dateline is searched by default');
  const report = await service.exportReport({ sourceId: id, options: { skipPassages: true } });
  const pdf = new Uint8Array(Buffer.from(report.dataBase64!, 'base64'));
  const dir = await tempDir();
  const words = arabicTokens(popplerText(pdf, dir, 2, report.pages)).join(' ');
  assert.ok(words.includes('الجمعة مارس نشرة المياه وكالات'), 'the dateline is printed in the text');
  assert.match(popplerText(pdf, dir, 1, 1), /2019\/03\/15/, 'and its date on the title page');
});

test("lines on two other pages of the same outlet are the site's template and set aside", async () => {
  const { service } = await sample();
  const page = (title: string, body: string) =>
    [
      'صوت المدينة منذ عام 1990',
      title,
      'الخميس 5 أكتوبر 2023',
      'المصدر: صوت المدينة',
      body,
      'راسلونا على بريد الموقع',
    ].join('\n');
  const bodies = [
    'أعلنت البلدية إطلاق مشروع لزراعة عشرة آلاف شجرة في الأحياء الشعبية خلال العامين المقبلين بالتعاون مع جمعيات أهلية.',
    'افتتح المعرض السنوي للكتاب أبوابه أمس بمشاركة أكثر من مئتي دار نشر عربية وأجنبية في قاعة المعارض الكبرى.',
    'قالت مديرية التربية إن العام الدراسي سيبدأ في موعده رغم أعمال الصيانة في عدد من المدارس القديمة بالمدينة.',
  ];
  const ids: string[] = [];
  for (const [i, body] of bodies.entries()) {
    const bytes = Buffer.from(page(`عنوان الخبر ${i + 1}`, body));
    ids.push((await service.importSource({ fileName: `page-${i}.txt`, dataBase64: bytes.toString('base64') })).id);
  }
  const { passages } = await service.getPassages({ sourceId: ids[0]! });
  const { text } = await service.getSource({ sourceId: ids[0]! });
  assert.deepEqual(
    passages.map((p) => text.slice(p.start, p.end)),
    ['صوت المدينة منذ عام 1990', 'راسلونا على بريد الموقع'],
  );
  assert.match(passages[0]!.reason.en, /Site template/);
});
