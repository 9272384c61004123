// Importing other tools' annotation files through the service, on a real workspace folder. The fixtures
// (tests/fixtures/annotations) are written in the shapes Hypothesis, Recogito, Annotorious and W3C tools write,
// over a short text of our own; each annotation is taken or skipped on its own, with its reason.

import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { readClaim } from '../../../shared/annotations/claim.ts';
import { quoteSelector, type Annotation } from '../../../shared/annotations/model.ts';
import { tempDir } from '../../../tests/support/temp.ts';
import { REPO_ROOT } from '../../../tests/support/corpus.ts';
import { openWorkbench } from '../app-context.ts';
import { MemorySettingsStore } from '../settings/settings-store.ts';

const FIXTURES = join(REPO_ROOT, 'tests', 'fixtures', 'annotations');

async function setUp() {
  const dir = await tempDir();
  const { service } = await openWorkbench({
    workspaceDir: join(dir, 'ws'),
    userDataDir: dir,
    settings: new MemorySettingsStore(),
  });
  const source = await readFile(join(FIXTURES, 'source.txt'));
  const meta = await service.importSource({ fileName: 'desalination.txt', dataBase64: source.toString('base64') });
  const importFile = async (name: string, extra: { dryRun?: boolean; createTags?: string[] } = {}) =>
    service.importAnnotations({
      sourceId: meta.id,
      fileName: name,
      dataBase64: (await readFile(join(FIXTURES, name))).toString('base64'),
      ...extra,
    });
  const claims = async () => (await service.getAnnotations({ sourceId: meta.id })).annotations;
  return { service, meta, importFile, claims };
}

function byQuote(claims: Annotation[], quote: string): Annotation {
  const found = claims.find((c) => quoteSelector(c)?.exact === quote);
  assert.ok(found, `a claim on «${quote}»`);
  return found;
}

test('Hypothesis JSON-LD: the page note and the note on another page are skipped, every other note is kept', async () => {
  const { importFile, claims } = await setUp();
  const preview = await importFile('hypothesis-jsonld.json', { dryRun: true });
  assert.equal(preview.dryRun, true);
  assert.equal(preview.added, 3);
  assert.deepEqual(await claims(), [], 'a dry run writes nothing');

  const report = await importFile('hypothesis-jsonld.json');
  assert.equal(report.shape, 'w3c');
  assert.equal(report.document, 'https://example.org/news/desalination.html');
  assert.deepEqual(
    report.skipped.map((s) => [s.index, s.reason]),
    [
      [2, 'page-note'],
      [3, 'other-document'],
    ],
  );
  assert.equal(report.skipped[1]!.detail, 'it is about https://example.net/other-story.html');
  assert.equal(report.added, 3);
  const stored = await claims();
  const date = byQuote(stored, '3 مارس 2019');
  assert.equal(
    readClaim(date).note,
    'The date is doubtful: the council minutes say April (https://example.org/minutes/2019-04).',
    'Markdown shown as plain text',
  );
  const choice = date.body.find((b) => b.type === 'Choice') as unknown as {
    items: { value: string; format: string }[];
  };
  assert.equal(choice.items[1]!.format, 'text/markdown');
  assert.match(choice.items[1]!.value, /\*\*date\*\*/, 'the original Markdown is kept');
  assert.deepEqual(readClaim(date).tags, ['disputed'], '"Disputed" is the workspace tag "disputed"');
  assert.equal(date.created, '2025-03-04T09:12:45.331Z', 'times in UTC with Z, as W3C asks');
  assert.deepEqual(readClaim(byQuote(stored, 'منحة دولية')).tags, ['sourced'], '"موثق" matches "موثّق"');
  assert.equal(readClaim(byQuote(stored, 'لم يبدأ قبل عام 2021')).note, 'Source: the 2021 audit & annex B');
  assert.equal((date.target as { via?: string }).via, 'https://example.org/news/desalination.html');

  const again = await importFile('hypothesis-jsonld.json');
  assert.deepEqual([again.added, again.updated, again.unchanged], [0, 0, 3], 'merged by id: nothing doubles');
  assert.equal((await claims()).length, 3);
});

test('Hypothesis client export: replies and page notes skipped, a highlight kept, an unknown tag offered and created', async () => {
  const { importFile, claims, service } = await setUp();
  const preview = await importFile('hypothesis-export.json', { dryRun: true });
  assert.equal(preview.shape, 'hypothesis-export');
  assert.deepEqual(
    preview.skipped.map((s) => s.reason),
    ['reply', 'page-note'],
  );
  assert.deepEqual(preview.unknownTags, ['Fact check']);
  const report = await importFile('hypothesis-export.json', { createTags: ['Fact check'] });
  assert.deepEqual(
    report.createdTags.map((t) => [t.id, t.label.en]),
    [['fact-check', 'Fact check']],
  );
  assert.deepEqual(report.unknownTags, []);
  assert.ok((await service.getWorkspace({})).tags.some((t) => t.id === 'fact-check'));
  const stored = await claims();
  assert.equal(stored.length, 2);
  const date = byQuote(stored, '3 مارس 2019');
  assert.equal(date.id, 'https://hypothes.is/a/Xk2mQ1pLEe-abc123def456');
  assert.deepEqual(readClaim(date).tags, ['disputed', 'fact-check']);
  assert.equal(readClaim(date).note, 'The date is doubtful.\n\n• minutes say April\n• the mayor said March');
  assert.deepEqual(date.creator, { id: 'acct:salma.h@hypothes.is', type: 'Person', name: 'Salma H.' });
  assert.equal(readClaim(byQuote(stored, 'بنشر العقود كاملة')).note, '', 'a highlight becomes a claim without note');
});

test('Hypothesis API search results: a quote the source does not have is skipped with the quote', async () => {
  const { importFile, claims } = await setUp();
  const report = await importFile('hypothesis-search.json');
  assert.equal(report.shape, 'hypothesis-search');
  assert.equal(report.added, 1);
  assert.deepEqual(report.skipped[0]!.reason, 'quote-not-found');
  assert.match(report.skipped[0]!.detail, /«افتتح الوزير المحطة رسميًا»/);
  const [claim] = await claims();
  assert.deepEqual(readClaim(claim!).tags, ['disputed'], 'the Arabic label "محلّ خلاف" names the tag');
  assert.equal(readClaim(claim!).note, 'How much was paid out? See the grant list (https://example.org/grants).');
});

test('Recogito text annotations: "#uuid" ids become urn:uuid, tags by id or label, source-less targets are this text', async () => {
  const { importFile, claims } = await setUp();
  const report = await importFile('recogito.json');
  assert.deepEqual([report.added, report.skipped.length], [2, 0]);
  assert.deepEqual(report.unknownTags, ['Fact check']);
  const stored = await claims();
  const money = byQuote(stored, '40 مليون دولار');
  assert.equal(money.id, 'urn:uuid:6f1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d');
  assert.equal(readClaim(money).note, 'المبلغ لا يظهر في الميزانية المنشورة.');
  assert.deepEqual(readClaim(money).tags, ['Fact check'], 'an unknown tag not created stays as its label');
  assert.deepEqual(readClaim(byQuote(stored, 'رئيس المجلس')).tags, ['sourced']);
});

test('Annotorious image annotations are skipped one by one: their selectors do not select text', async () => {
  const { importFile, claims } = await setUp();
  const report = await importFile('annotorious.json');
  assert.equal(report.added, 0);
  assert.deepEqual(
    report.skipped.map((s) => [s.reason, s.detail]),
    [
      ['no-text-selector', 'its selectors (FragmentSelector) do not select text'],
      ['no-text-selector', 'its selectors (SvgSelector) do not select text'],
    ],
  );
  assert.deepEqual(await claims(), []);
});

test('W3C collection from another tool: multi-valued type, two targets, string target, own @context, bodyValue', async () => {
  const { importFile, claims } = await setUp();
  const report = await importFile('w3c-mixed.json');
  assert.deepEqual(
    report.skipped.map((s) => [s.index, s.reason]),
    [
      [1, 'page-note'],
      [4, 'unknown-context'],
      [5, 'quote-not-found'],
      [6, 'reply'],
    ],
  );
  assert.match(report.skipped[1]!.detail, /https:\/\/vocab\.example\.org\/unknown-context\.jsonld/);
  assert.equal(report.added, 4);
  const stored = await claims();
  const late = byQuote(stored, 'لم يبدأ قبل عام 2021');
  assert.deepEqual(late.type, ['Annotation', 'Note']);
  assert.deepEqual(readClaim(late).citations, [
    { text: 'Audit report 2021, p. 14', url: 'https://example.org/audit-2021.pdf' },
    { text: '', url: 'https://example.org/council/press-release' },
  ]);
  const grant = byQuote(stored, 'منحة دولية');
  assert.equal(
    (grant as Record<string, unknown>)['https://vocab.example.org/ns#confidence'],
    0.4,
    'a term of the item’s own context keeps its meaning as a full IRI',
  );
  assert.deepEqual(readClaim(grant).tags, ['disputed']);
  assert.equal(readClaim(grant).note, 'Only one grant is on record.');
  assert.equal(readClaim(byQuote(stored, '3 مارس 2019')).note, 'Dates from the council press release.');
  const edit = stored.find((c) => c.id === 'https://annotations.example.org/anno/8')!;
  assert.equal(readClaim(edit).correction, 'تموز 2019', 'a purpose-less body under "editing" is a correction');
});

test('files that are no annotations fail with a clear reason and write nothing', async () => {
  const { service, meta, claims } = await setUp();
  const send = (name: string, content: string) =>
    service.importAnnotations({
      sourceId: meta.id,
      fileName: name,
      dataBase64: Buffer.from(content).toString('base64'),
    });
  await assert.rejects(send('notes.json', '{"rows": ['), {
    code: 'invalid-argument',
    message: /notes\.json is not JSON/,
  });
  await assert.rejects(send('list.json', '{"hello": 1}'), {
    code: 'invalid-argument',
    message: /list\.json is not a W3C annotation document/,
  });
  await assert.rejects(send('remote.json', '{"@context": "https://example.org/ctx.jsonld", "type": "Annotation"}'), {
    code: 'invalid-argument',
    message: /remote\.json: it uses the JSON-LD context https:\/\/example\.org\/ctx\.jsonld/,
  });
  assert.deepEqual(await claims(), []);
});
