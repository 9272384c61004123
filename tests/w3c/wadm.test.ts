// The W3C Web Annotation Data Model's rules (wadm-validator.ts, written from the Recommendation) on what the
// workbench writes: its own export with claims of every kind, and the round trip (import, then export) of every
// shape of other tools' files in tests/fixtures/annotations. Zero MUST failures, and nothing a JSON-LD processor
// would drop; SHOULD warnings are counted in the diagnostics. First, the checker itself must catch what it claims.

import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { createClaimAnnotation, withClaimFields } from '../../shared/annotations/claim.ts';
import { sourceIri } from '../../shared/annotations/model.ts';
import { openWorkbench } from '../../electron/services/app-context.ts';
import { MemorySettingsStore } from '../../electron/services/settings/settings-store.ts';
import { REPO_ROOT } from '../support/corpus.ts';
import { tempDir } from '../support/temp.ts';
import { lostInJsonLd } from './jsonld-meaning.ts';
import { countBySection, mustFailures, validateDocument, type Finding } from './wadm-validator.ts';

const FIXTURES = join(REPO_ROOT, 'tests', 'fixtures', 'annotations');
const CTX = 'http://www.w3.org/ns/anno.jsonld';
const GOOD = {
  '@context': CTX,
  id: 'http://example.org/anno1',
  type: 'Annotation',
  motivation: 'commenting',
  creator: { id: 'http://example.org/u', type: 'Person', name: 'A', nickname: 'a' },
  created: '2024-01-01T00:00:00Z',
  body: { type: 'TextualBody', value: 'x', format: 'text/plain', language: 'en' },
  target: {
    type: 'SpecificResource',
    source: 'http://example.org/page1',
    selector: { type: 'TextQuoteSelector', exact: 'a', prefix: 'b', suffix: 'c' },
  },
};

function sections(findings: Finding[], level = 'MUST'): string[] {
  return findings.filter((f) => f.level === level).map((f) => `${f.section} ${f.path}`);
}

test('the checker passes a conforming annotation and catches each MUST it knows', () => {
  assert.deepEqual(validateDocument(GOOD), [], 'no findings at all for a complete annotation');
  const bad: [unknown, string][] = [
    [{ ...GOOD, '@context': [CTX] }, '3.1 $.@context'],
    [{ ...GOOD, '@context': 'http://example.org/other' }, '3.1 $.@context'],
    [{ ...GOOD, id: 'anno1' }, '3.1 $.id'],
    [{ ...GOOD, type: 'Note' }, '3.1 $.type'],
    [{ ...GOOD, target: undefined }, '3.1 $'],
    [{ ...GOOD, bodyValue: 'x' }, '3.2.5 $'],
    [{ ...GOOD, body: { type: 'TextualBody', value: 5 } }, '3.2.4 $.body[0].value'],
    [{ ...GOOD, body: { type: 'TextualBody', value: 'x', textDirection: 'up' } }, '3.2.4 $.body[0].textDirection'],
    [{ ...GOOD, body: 'not an iri' }, '3.2.1 $.body[0]'],
    [{ ...GOOD, body: { type: 'Text', format: 'text/html' } }, '3.2.1 $.body[0].id'],
    [{ ...GOOD, created: '2024-01-01T00:00:00+02:00' }, '3.3.1 $.created'],
    [{ ...GOOD, modified: ['2024-01-01T00:00:00Z', '2024-01-02T00:00:00Z'] }, '3.3.1 $.modified'],
    [{ ...GOOD, creator: { id: ['http://a', 'http://b'], name: 'x' } }, '3.3.2 $.creator[0].id'],
    [{ ...GOOD, motivation: 'shouting' }, '3.3.5 $.motivation'],
    [{ ...GOOD, rights: 'CC-BY' }, '3.3.6 $.rights'],
    [{ ...GOOD, target: { source: ['http://a', 'http://b'] } }, '4 $.target[0].source'],
    [
      { ...GOOD, target: { source: 'http://a', selector: { type: 'TextQuoteSelector' } } },
      '4.2.4 $.target[0].selector[0].exact',
    ],
    [
      { ...GOOD, target: { source: 'http://a', selector: { type: 'TextPositionSelector', start: -1, end: 2 } } },
      '4.2.6 $.target[0].selector[0].start',
    ],
    [
      { ...GOOD, target: { source: 'http://a', selector: { type: 'XPathSelector' } } },
      '4.2.3 $.target[0].selector[0].value',
    ],
    [
      {
        ...GOOD,
        target: {
          source: 'http://a',
          selector: { type: 'RangeSelector', startSelector: { type: 'XPathSelector', value: '/p' } },
        },
      },
      '4.2.9 $.target[0].selector[0].endSelector',
    ],
    [
      {
        ...GOOD,
        target: { source: 'http://a', state: { type: 'TimeState', sourceDateStart: '2024-01-01T00:00:00Z' } },
      },
      '4.3.1 $.target[0].state[0]',
    ],
    [{ ...GOOD, body: { type: 'Choice', items: [] } }, '3.2.7 $.body[0].items'],
  ];
  for (const [doc, expected] of bad) {
    assert.ok(
      sections(validateDocument(doc)).includes(expected),
      `${expected} in ${JSON.stringify(sections(validateDocument(doc)))}`,
    );
  }
  const collection = {
    '@context': CTX,
    id: 'http://e/c',
    type: 'AnnotationCollection',
    total: 1,
    first: { type: 'AnnotationPage', items: [] },
  };
  assert.deepEqual(sections(validateDocument(collection)).sort(), [
    '5.2 $.page[0]',
    '5.2 $.page[0].id',
    '5.2 $.page[0].items',
  ]);
  assert.ok(sections(validateDocument({ ...collection, total: -1 })).includes('5.1 $.total'));
  assert.ok(
    sections(validateDocument({ ...GOOD, body: undefined }), 'SHOULD').includes('3.1 $'),
    'a SHOULD is a warning',
  );
});

test('the JSON-LD check finds a key that has no meaning in the document’s context', async () => {
  assert.deepEqual(await lostInJsonLd(GOOD), []);
  assert.deepEqual(await lostInJsonLd({ ...GOOD, reviewedBy: 'someone' }), ['reviewedBy="someone"']);
});

async function workspace() {
  const dir = await tempDir();
  const { service } = await openWorkbench({
    workspaceDir: join(dir, 'ws'),
    userDataDir: dir,
    settings: new MemorySettingsStore(),
  });
  const text = await readFile(join(FIXTURES, 'source.txt'), 'utf8');
  const meta = await service.importSource({
    fileName: 'desalination.txt',
    dataBase64: Buffer.from(text).toString('base64'),
  });
  return { service, meta, text };
}

async function check(doc: Record<string, unknown>, t: { diagnostic(message: string): void }, what: string) {
  const findings = validateDocument(doc);
  t.diagnostic(
    `${what}: ${mustFailures(findings).length} MUST failures; SHOULD warnings by section: ${countBySection(findings)}`,
  );
  assert.deepEqual(mustFailures(findings), [], `${what}: no MUST failures`);
  assert.deepEqual(await lostInJsonLd(doc), [], `${what}: every key keeps its meaning for a JSON-LD processor`);
}

test('the app’s own export: tags with labels, Arabic notes, an applied correction, citations, a re-attached orphan', async (t) => {
  const { service, meta, text } = await workspace();
  const claim = (id: string, quote: string, tags: string[]) => {
    const start = text.indexOf(quote);
    return createClaimAnnotation({
      id,
      sourceIri: sourceIri(meta.id),
      text,
      start,
      end: start + quote.length,
      tags,
      now: '2026-01-01T00:00:00.000Z',
      creator: 'سارة',
    });
  };
  const now = '2026-01-02T00:00:00.000Z';
  const claims = [
    withClaimFields(
      claim('urn:uuid:1', '3 مارس 2019', ['likely-typo']),
      { correction: '2018', note: 'التاريخ في المحضر 2018' },
      now,
    ),
    withClaimFields(
      claim('urn:uuid:2', 'منحة دولية', ['sourced', 'disputed']),
      {
        citations: [
          { text: 'تقرير التدقيق 2021، ص 14', url: 'https://example.org/audit-2021.pdf' },
          { text: 'Council minutes, April 2019' },
          { text: 'Memo', url: 'example.org/memo' },
        ],
      },
      now,
    ),
    { ...claim('urn:uuid:3', 'بنشر العقود كاملة', ['disputed']), orphanedAt: now },
  ];
  await service.saveAnnotations({ sourceId: meta.id, annotations: claims, baseRevision: 'absent' });
  await service.applyCorrection({ sourceId: meta.id, baseRevision: 0, claimId: 'urn:uuid:1' });
  const { content } = await service.exportAnnotations({ sourceId: meta.id, format: 'jsonld' });
  const doc = JSON.parse(content);
  await check(doc, t, 'app export');
  const items = doc.first.items as Record<string, unknown>[];
  const tagBody = (items[0]!.body as Record<string, unknown>[]).find((b) => b.purpose === 'tagging')!;
  assert.deepEqual(
    [tagBody.id, tagBody.value, tagBody.language],
    ['urn:claim-workbench:tag:likely-typo', 'خطأ مطبعي محتمل', 'ar'],
  );
  assert.deepEqual(items[0]!.generator, { id: 'urn:claim-workbench:app', type: 'Software', name: 'Claim Workbench' });
  const note = (items[0]!.body as Record<string, unknown>[]).find((b) => b.purpose === 'commenting')!;
  assert.deepEqual([note.language, note.textDirection], ['ar', 'rtl']);
});

for (const fixture of [
  'hypothesis-jsonld.json',
  'hypothesis-export.json',
  'hypothesis-search.json',
  'recogito.json',
  'w3c-mixed.json',
]) {
  test(`round trip of ${fixture}: imported, exported, conforming`, async (t) => {
    const { service, meta } = await workspace();
    const data = (await readFile(join(FIXTURES, fixture))).toString('base64');
    const report = await service.importAnnotations({
      sourceId: meta.id,
      fileName: fixture,
      dataBase64: data,
      createTags: ['Fact check'],
    });
    assert.ok(report.added > 0);
    const { content } = await service.exportAnnotations({ sourceId: meta.id, format: 'jsonld' });
    await check(JSON.parse(content), t, `${fixture} → export`);
  });
}
